// A plain static file server for tests and the benchmark: serves DIR under PREFIX on loopback.
// (astro preview allows one server per project, and some tests need the site twice, or a host page.)
// Text is sent gzipped when the browser accepts it, as any real host sends it: Lighthouse's
// simulated slow network times the bytes on the wire, and an uncompressed page would be judged
// on three times the bytes readers download. Scripts carry the CORS header the story's host sends.
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

/**
 * The path a request names, decoded; null for one that is not a plain path: `/%` (bad escapes),
 * `*`, or `//evil.com%2F`, which a URL parser reads as a host and a redirect would send away.
 */
function pathOf(target = '/') {
  const path = target.split(/[?#]/)[0];
  if (!path.startsWith('/') || path.startsWith('//')) return null;
  try {
    return { raw: path, decoded: decodeURIComponent(path) };
  } catch {
    return null;
  }
}

function fileFor({ raw, decoded }) {
  if (!raw.startsWith(prefix) || decoded.includes('\0')) return null;
  const relative = normalize(decoded.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
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

const server = createServer((request, response) => {
  try {
    serve(request, response);
  } catch (error) {
    // One bad request must not take the server down for the tests still running.
    console.error(`${request.url}: ${error}`);
    if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
    response.end();
  }
});

function serve(request, response) {
  const path = pathOf(request.url);
  if (!path) {
    response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
    return;
  }
  const pathname = path.raw;
  const file = fileFor(path);
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
  // An embed framed with sandbox="allow-scripts" has an opaque origin, so its module scripts are
  // cross-origin requests: they run only with this header (the one the real host must send too).
  if (type.startsWith('text/javascript')) headers['access-control-allow-origin'] = '*';
  if (!compress) return response.writeHead(200, headers).end(body);
  response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(body));
}
// Port 0 takes any free port; the line says which.
server.listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${server.address().port}${prefix}`));
