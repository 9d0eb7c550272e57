// npm run bench: builds the site, serves dist/ on loopback, measures every page in Chromium,
// prints a table, writes bench/results.json, and exits non-zero when a budget is broken.
// Options: --no-build (measure the existing dist/), --no-lighthouse (sizes and scroll only),
// --sizes (bytes and hosts only: what CI checks on every run, since timings on a shared machine vary),
// --runs=N (timed measurements per page, default 5), --load (the load burst only).
//
// First, a bounded burst of requests (bench/load.mjs) at dist/ served by nginx with the shipped
// configuration, then the same at the tests' helper server, which then serves the pages Chromium measures.
//
// Timings are medians of N runs, each figure on its own, as Lighthouse's guide to variability
// advises: on a shared two-core machine one run of the same build ranged from 0.80 to 0.96. The
// table shows each median with its range, so a budget kept only by luck is visible.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BUDGETS } from './budgets.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measureScroll, measureTransfer } from './measure-page.mjs';
import { burst, LOAD, servedPaths } from './load.mjs';
import { builtPages } from './pages.mjs';
import { PORT as LOCAL_PORT } from '../tests/support/local-site.mjs';
import { serveWithNginx } from '../tests/support/nginx.mjs';

const args = new Set(process.argv.slice(2));
const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice(7) ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? LOCAL_PORT);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST = 'dist';

if (!args.has('--no-build')) {
  const built = spawnSync('node_modules/.bin/astro', ['build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const paths = servedPaths(DIST);
const load = {};
const nginx = await serveWithNginx(DIST, PORT);
try {
  load.nginx = await burst(ORIGIN, paths);
} finally {
  await nginx.stop();
}
const server = spawn(process.execPath, ['tests/support/static-server.mjs', DIST, String(PORT), '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ready) => server.stdout.once('data', ready));
load.helper = await burst(ORIGIN, paths);

console.log(`\nLoad: ${LOAD.requests} GETs across ${paths.length} files, ${LOAD.concurrency} at a time, accepting br and gzip (at most ${LOAD.deadlineMs / 1000} s)`);
console.log('| server | req/s | p50 | p99 | errors | took |');
console.log('|--------|-------|-----|-----|--------|------|');
for (const [name, figures] of Object.entries(load)) {
  const kinds = Object.entries(figures.errorKinds).map(([why, n]) => `${n} ${why}`).join(', ');
  console.log(`| ${name} | ${figures.rps} | ${figures.p50Ms} ms | ${figures.p99Ms} ms | ${figures.errors}${kinds ? ` (${kinds})` : ''} | ${figures.seconds} s |`);
}
console.log('');
if (args.has('--load')) {
  server.kill();
  process.exit(load.nginx.errors === 0 ? 0 : 1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Runs a measurement RUNS times: the median of each numeric figure, its range under `ranges`, and the union of lists. */
async function medians(measure) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure());
  const result = { ranges: {} };
  for (const key of Object.keys(runs[0])) {
    const values = runs.map((run) => run[key]);
    if (typeof values[0] !== 'number') {
      result[key] = [...new Set(values.flat())];
      continue;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length / 2;
    result[key] = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
    result.ranges[key] = [sorted[0], sorted.at(-1)];
  }
  return result;
}
const results = { measuredAt: new Date().toISOString(), budgets: BUDGETS, load, pages: [] };
const broken = [];
const check = (page, what, ok, shown) => {
  if (!ok) broken.push(`${page}: ${what} ${shown}`);
};
check('nginx', 'errors under load', load.nginx.errors === 0, load.nginx.errors);

try {
  const { stories, embeds } = builtPages(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const context = await browser.newContext();
  for (const path of [...stories, ...embeds]) {
    const kind = embeds.includes(path) ? 'embed' : 'story';
    const url = `${ORIGIN}${path}`;
    const transfer = await measureTransfer(context, url);
    const row = { path, kind, jsGz: transfer.js, firstViewGz: transfer.firstView, ranges: {} };
    const offsite = transfer.requests.filter((r) => !r.startsWith(ORIGIN));
    check(path, 'requests to other hosts', offsite.length === 0, offsite.join(' '));
    const sizesOnly = args.has('--sizes');
    for (const timed of [kind === 'story' && !sizesOnly && (() => measureScroll(context, url)), !args.has('--no-lighthouse') && !sizesOnly && (() => runLighthouse(url))]) {
      if (!timed) continue;
      const { ranges, ...figures } = await medians(timed);
      Object.assign(row, figures);
      Object.assign(row.ranges, ranges);
    }
    results.pages.push(row);

    check(path, 'JS', row.jsGz <= (kind === 'story' ? BUDGETS.storyJs : BUDGETS.embedJs), kb(row.jsGz));
    check(path, 'first-view transfer', row.firstViewGz <= BUDGETS.firstView, kb(row.firstViewGz));
    if ('longestTaskMs' in row) check(path, 'longest task while scrolling', row.longestTaskMs <= BUDGETS.longestTaskMs, `${row.longestTaskMs} ms`);
    if ('performance' in row) {
      check(path, 'Lighthouse performance', row.performance >= BUDGETS.performance, row.performance);
      check(path, 'Lighthouse accessibility', row.accessibility >= BUDGETS.accessibility, row.accessibility);
      check(path, 'Lighthouse best-practices', row.bestPractices >= BUDGETS.bestPractices, row.bestPractices);
      check(path, 'Lighthouse SEO', row.seo >= BUDGETS.seo, row.seo);
      check(path, 'CLS', row.cls <= BUDGETS.cls, row.cls);
    }
  }
  await browser.close();
} finally {
  server.kill();
}

const columns = ['path', 'jsGz', 'firstViewGz', 'longTasks', 'longestTaskMs', 'performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'cls', 'tbtMs'];
const show = (key, value) => (value === undefined ? '–' : key.endsWith('Gz') ? kb(value) : typeof value === 'number' ? String(Number(value.toFixed(4))) : String(value));
const cell = (row, key) => {
  const range = row.ranges?.[key];
  return show(key, row[key]) + (range && range[0] !== range[1] ? ` (${show(key, range[0])}–${show(key, range[1])})` : '');
};
// The host script is no page of ours but loads in every page that embeds a chart.
results.hostScriptGz = gzipSync(readFileSync(`${DIST}/embed.js`), { level: 9 }).length;
check('embed.js', 'host script', results.hostScriptGz <= BUDGETS.hostScriptJs, kb(results.hostScriptGz));
console.log(`host script (embed.js): ${kb(results.hostScriptGz)} gzipped`);
const table = [columns, ...results.pages.map((row) => columns.map((key) => cell(row, key)))];
const widths = columns.map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const [i, row] of table.entries()) {
  console.log(`| ${row.map((cell, j) => cell.padEnd(widths[j])).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ ...results, runs: RUNS, broken }, null, 2));
console.log(`\nTimed figures: medians of ${RUNS} runs (range in brackets).`);
console.log(`\nbudgets: ${broken.length ? `${broken.length} broken` : 'all kept'}${broken.map((b) => `\n  ✗ ${b}`).join('')}`);
process.exit(broken.length ? 1 : 0);
