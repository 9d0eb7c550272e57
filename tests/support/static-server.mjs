// A plain static file server for tests and the benchmark: serves DIR under PREFIX on loopback.
// (astro preview allows one server per project, and some tests need the site twice, or a host page.)
// Text is sent gzipped when the browser accepts it, as any real host sends it: Lighthouse's
// simulated slow network times the bytes on the wire, and an uncompressed page would be judged
// on three times the bytes readers download.
// Usage: node tests/support/static-server.mjs DIR PORT [PREFIX]
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'dist', port = '4322', prefix = '/'] = process.argv.slice(2);
const root = resolve(dir);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
};

function fileFor(pathname) {
  if (!pathname.startsWith(prefix)) return null;
  const relative = normalize(decodeURIComponent(pathname.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, relative);
  if (!file.startsWith(root)) return null;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return statSync(join(file, 'index.html')).isFile() ? join(file, 'index.html') : null;
    return stat.isFile() ? file : null;
  } catch {
    return null;
  }
}

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  if (!pathname.endsWith('/') && file.endsWith('index.html') && !pathname.endsWith('.html')) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const body = readFileSync(file);
  const compress = /^(text\/|image\/svg|application\/(json|xml))/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const headers = { 'content-type': type, vary: 'accept-encoding' };
  if (!compress) return response.writeHead(200, headers).end(body);
  response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(body));
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`));
