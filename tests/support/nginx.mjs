// Serves a built site through Debian's nginx with the configuration the build shipped beside it
// (DIR/_nginx.conf), as a newsroom would: on loopback, not as a daemon, not needing root.
// Usage: node tests/support/nginx.mjs DIR PORT [BASE]
// Stops nginx (and removes its scratch folder) on SIGTERM/SIGINT; exits with nginx.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
// Debian's package (libnginx-mod-http-brotli-static); the shipped configuration needs it.
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
const site = resolve(dir);
const shipped = join(site, '_nginx.conf');
if (!existsSync(NGINX)) throw new Error(`No nginx at ${NGINX}: apt-get install nginx-light libnginx-mod-http-brotli-static (or set NGINX_PATH)`);
if (!existsSync(BROTLI)) throw new Error(`No ${BROTLI}: apt-get install libnginx-mod-http-brotli-static`);
if (!existsSync(shipped)) throw new Error(`${shipped} is missing: build the site first (npm run build)`);

// One scratch folder per port, emptied on each start: nothing piles up if a run is killed.
const scratch = join(tmpdir(), `story-nginx-${port}`);
rmSync(scratch, { recursive: true, force: true });
// The site sits at its base path under the server's root, as on a newsroom's server.
const root = join(scratch, 'root');
const mount = join(root, base);
mkdirSync(dirname(mount.replace(/\/$/, '')), { recursive: true });
if (base === '/') symlinkSync(site, root);
else symlinkSync(site, mount.replace(/\/$/, ''));

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
  }
}
`,
);

const nginx = spawn(NGINX, ['-p', scratch, '-e', 'stderr', '-c', conf, '-g', 'daemon off;'], { stdio: 'inherit' });
console.log(`nginx serving ${site} at http://127.0.0.1:${port}${base}`);
const stop = () => nginx.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
nginx.on('exit', (code, signal) => {
  rmSync(scratch, { recursive: true, force: true });
  process.exit(code ?? (signal === 'SIGQUIT' ? 0 : 1));
});
