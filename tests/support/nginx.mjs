// Serves a built site through Debian's nginx with the configuration the build shipped beside it
// (DIR/_nginx.conf), as a newsroom would: on loopback, not as a daemon, not needing root.
// Usage: node tests/support/nginx.mjs DIR PORT [BASE]
// Stops nginx (and removes its scratch folder) on SIGTERM/SIGINT; exits with nginx.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
// Debian's libnginx-mod-http-brotli-static: the shipped configuration says brotli_static.
export const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** Starts nginx serving `dir` at `base` on 127.0.0.1:`port`; resolves once it answers. */
export async function serveWithNginx(dir, port, base = '/') {
  const site = resolve(dir);
  const shipped = join(site, '_nginx.conf');
  for (const [file, fix] of [
    [NGINX, 'apt-get install nginx (or set NGINX_PATH)'],
    [BROTLI, 'apt-get install libnginx-mod-http-brotli-static'],
    [shipped, 'build the site first (npm run build)'],
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: ${fix}`);
  }

  // One scratch folder per port, emptied on each start: nothing piles up if a run is killed.
  const scratch = join(tmpdir(), `story-nginx-${port}`);
  rmSync(scratch, { recursive: true, force: true });
  // The site sits at its base path under the server's root, as on a newsroom's server.
  const root = join(scratch, 'root');
  const mount = join(root, base).replace(/\/$/, '');
  mkdirSync(dirname(mount), { recursive: true });
  symlinkSync(site, mount);

  const conf = join(scratch, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
pid ${scratch}/nginx.pid;
error_log stderr warn;
load_module ${BROTLI};
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${scratch}/client_body;
  proxy_temp_path ${scratch}/proxy;
  fastcgi_temp_path ${scratch}/fastcgi;
  uwsgi_temp_path ${scratch}/uwsgi;
  scgi_temp_path ${scratch}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${shipped};
    # A browser shown a picture or a JSON answer asks the host's root for /favicon.ico. A newsroom's
    # host has its own; this one has none, and would print an error line into the tests' output.
    location = /favicon.ico { log_not_found off; }
  }
}
`,
  );

  const nginx = spawn(NGINX, ['-p', scratch, '-e', 'stderr', '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise((done) => nginx.once('exit', (code, signal) => done(code ?? (signal === 'SIGQUIT' ? 0 : 1))));
  exited.then(() => rmSync(scratch, { recursive: true, force: true }));
  const url = `http://127.0.0.1:${port}${base}`;
  for (let tries = 0; ; tries++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}) before serving ${url}`);
    const status = await fetch(url, { method: 'HEAD' }).then((response) => response.status, () => 0);
    if (status === 200) break;
    // Started as root, nginx reads files as its worker user (nobody): every folder down to the site must let it in.
    if (status) throw new Error(`nginx answered ${status} at ${url}: can user nobody read ${site}?`);
    if (tries > 100) throw new Error(`nginx did not answer at ${url}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return {
    url,
    exited,
    /** Stops nginx gracefully; resolves with its exit code. */
    stop: () => {
      nginx.kill('SIGQUIT');
      return exited;
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
  const server = await serveWithNginx(dir, Number(port), base);
  console.log(`nginx serving ${resolve(dir)} at ${server.url}`);
  process.on('SIGTERM', server.stop);
  process.on('SIGINT', server.stop);
  process.exit(await server.exited);
}
