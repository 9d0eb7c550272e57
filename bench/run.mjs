// npm run bench: builds the site, serves dist/ on loopback, measures every page in Chromium,
// prints a table, writes bench/results.json, and exits non-zero when a budget is broken.
// Options: --no-build (measure the existing dist/), --no-lighthouse (sizes and scroll only),
// --sizes (bytes and hosts only: what CI checks on every run, since timings on a shared machine vary).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { BUDGETS } from './budgets.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measureScroll, measureTransfer } from './measure-page.mjs';
import { builtPages } from './pages.mjs';

const args = new Set(process.argv.slice(2));
const PORT = Number(process.env.BENCH_PORT ?? 4390);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST = 'dist';

if (!args.has('--no-build')) {
  const built = spawnSync('node_modules/.bin/astro', ['build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = spawn(process.execPath, ['tests/support/static-server.mjs', DIST, String(PORT), '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ready) => server.stdout.once('data', ready));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const results = { measuredAt: new Date().toISOString(), budgets: BUDGETS, pages: [] };
const broken = [];
const check = (page, what, ok, shown) => {
  if (!ok) broken.push(`${page}: ${what} ${shown}`);
};

try {
  const { stories, embeds } = builtPages(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const context = await browser.newContext();
  for (const path of [...stories, ...embeds]) {
    const kind = embeds.includes(path) ? 'embed' : 'story';
    const url = `${ORIGIN}${path}`;
    const transfer = await measureTransfer(context, url);
    const row = { path, kind, jsGz: transfer.js, firstViewGz: transfer.firstView };
    const offsite = transfer.requests.filter((r) => !r.startsWith(ORIGIN));
    check(path, 'requests to other hosts', offsite.length === 0, offsite.join(' '));
    const sizesOnly = args.has('--sizes');
    if (kind === 'story' && !sizesOnly) Object.assign(row, await measureScroll(context, url));
    if (!args.has('--no-lighthouse') && !sizesOnly) Object.assign(row, await runLighthouse(url));
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
const show = (key, value) => (value === undefined ? '–' : key.endsWith('Gz') ? kb(value) : String(value));
const table = [columns, ...results.pages.map((row) => columns.map((key) => show(key, row[key])))];
const widths = columns.map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const [i, row] of table.entries()) {
  console.log(`| ${row.map((cell, j) => cell.padEnd(widths[j])).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ ...results, broken }, null, 2));
console.log(`\nbudgets: ${broken.length ? `${broken.length} broken` : 'all kept'}${broken.map((b) => `\n  ✗ ${b}`).join('')}`);
process.exit(broken.length ? 1 : 0);
