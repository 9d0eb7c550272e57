// Crawls the built site for broken internal links and anchors: every href and src that points
// into the site must name a file that was built, and every #fragment an id on that page.
// Usage: node tests/support/check-links.mjs [DIST] [BASE] [SITE_ORIGIN]   (the site the build was made for)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SITE } from './local-site.mjs';

const [dist = 'dist', base = '/', site = SITE] = process.argv.slice(2);
const origin = new URL(site).origin;

const htmlFiles = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.html')) htmlFiles.push(full);
  }
};
walk(dist);

const decode = (value) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const idsCache = new Map();
const idsOf = (file) => {
  if (!idsCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idsCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]))));
  }
  return idsCache.get(file);
};
const pageUrl = (file) => {
  const path = relative(dist, file).split('\\').join('/');
  return new URL(`${base}${path.replace(/index\.html$/, '')}`, origin);
};
const fileFor = (url) => {
  if (!url.pathname.startsWith(base)) return null;
  const path = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return url.pathname.endsWith('/') && existsSync(index) ? index : null;
};

const broken = [];
let checked = 0;
for (const file of htmlFiles) {
  const html = readFileSync(file, 'utf8');
  const from = pageUrl(file);
  for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const url = new URL(decode(raw), from);
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) continue;
    checked++;
    const target = fileFor(url);
    if (!target) broken.push(`${relative(dist, file)}: ${attr}="${raw}" leads nowhere`);
    else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
      broken.push(`${relative(dist, file)}: ${attr}="${raw}" names no anchor on its page`);
    }
  }
}
console.log(`links: ${checked} internal links and anchors in ${htmlFiles.length} pages, ${broken.length} broken`);
for (const line of broken) console.log(`  ✗ ${line}`);
process.exit(broken.length ? 1 : 0);
