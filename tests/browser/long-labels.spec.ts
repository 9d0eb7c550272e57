import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Page, sceneEnded, scenesReady, scrollToStep, test } from './fixtures';
import { readCsvTable } from '../../src/datasets/csv';
import { toCsv } from '../../src/datasets/data-table';
import { buildSite } from '../unit/build-site';

/*
 * The story built from data whose labels are far longer than any the story has: one a single
 * 100-character word (a URL, a German compound, a name without spaces), one 300 characters of
 * prose. Whatever a journalist types, each chart keeps inside its frame and the page never
 * scrolls sideways.
 */
const WORD = 'Zahlungsdienstleistungsaufsichtsgesetzesdurchführungsverordnungsänderungsentwurfsbegründungsabschnitt'.slice(0, 100);
const PROSE = Array.from({ length: 40 }, (_, i) => ['contactless', 'payment', 'is', 'a', 'worry', 'for', 'many', 'shoppers'][i % 8]).join(' ').slice(0, 300);
const WORD_ZH = '移'.repeat(100);
const PROSE_ZH = '担心使用非接触或智能手机支付会产生危险，'.repeat(15).slice(0, 300);

function longLabels(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  cpSync('data', dir, { recursive: true });
  const edit = (name: string, change: (cells: Record<string, string>) => void) => {
    const { columns, rows } = readCsvTable(readFileSync(join(dir, name), 'utf8'));
    const cells = rows.map((row) => row.cells);
    cells.forEach(change);
    writeFileSync(join(dir, name), toCsv({ columns, rows: cells.map((row) => columns.map((column) => row[column] ?? '')) }));
  };
  edit('trust-survey.csv', (row) => {
    if (row.id === 'worried') Object.assign(row, { statement_zh: WORD_ZH, statement_en: WORD });
    if (row.id === 'completelySecure') Object.assign(row, { statement_zh: PROSE_ZH, statement_en: PROSE });
  });
  edit('expansions.csv', (row) => {
    // France, named at the first step of chapter 2's map with its Paris pin; Finland at the first of chapter 4's.
    if (row.id === '250') Object.assign(row, { name_zh: WORD_ZH, name_en: WORD, place_zh: PROSE_ZH, place_en: PROSE, what_zh: PROSE_ZH, what_en: PROSE });
    if (row.id === '246') Object.assign(row, { name_zh: PROSE_ZH, name_en: PROSE, place_zh: WORD_ZH, place_en: WORD });
  });
}

// One build for all the tests, not one per worker.
test.describe.configure({ mode: 'serial' });

let server: ChildProcess;
let origin = '';

test.beforeAll(async () => {
  // A whole build of the story, on a machine that others share.
  test.setTimeout(300_000);
  const data = resolve('node_modules/.cache/long-labels-data');
  longLabels(data);
  const { status, output, outDir } = buildSite({ STORY_DATA: data }, 280_000);
  expect(status, output.slice(-3000)).toBe(0);
  server = spawn(process.execPath, ['tests/support/static-server.mjs', outDir, '0', '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  origin = await new Promise<string>((done) => server.stdout!.on('data', (chunk: Buffer) => done(/http:\/\/[\d.:]+/.exec(String(chunk))![0])));
});

test.afterAll(() => {
  server?.kill();
});

/** How far the page scrolls sideways, and each figure's parts that reach out of its frame. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const figure of document.querySelectorAll<HTMLElement>('figure[data-scene]')) {
      const frame = figure.getBoundingClientRect();
      for (const part of figure.querySelectorAll<HTMLElement>('p, li, span, strong, svg, text, td, th, summary, a, .map__viewport')) {
        // A table scrolls inside its own wrapper; the map's drawing is clipped to its viewport (it is magnified as it zooms).
        if (part.closest('.map__table-wrap, .map__viewport > *') || !part.checkVisibility()) continue;
        const box = part.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) {
          out.push(`${figure.dataset.scene} ${part.tagName.toLowerCase()}.${part.getAttribute('class')?.split(' ')[0] ?? ''} [${Math.round(box.left)}, ${Math.round(box.right)}] outside [${Math.round(frame.left)}, ${Math.round(frame.right)}]`);
        }
      }
    }
    return { sideways: document.documentElement.scrollWidth - innerWidth, out: [...new Set(out)] };
  });

/**
 * Whether the trust bar a step highlights is seen beside its card as the step begins: 'seen',
 * 'none' (no bar highlighted), or where bar and card lie. On a phone the cards pass over the chart
 * and a step begins as its card's top crosses the trigger line, so the bar must lie above that line;
 * beside the cards it must lie on screen.
 */
const barBesideStep = (page: Page) =>
  page.evaluate(() => {
    const figure = document.querySelector<HTMLElement>('[data-scene="trust"]')!;
    const bar = figure.querySelector('.is-highlighted .trust__bar');
    if (!bar) return 'none';
    const box = bar.getBoundingClientRect();
    const scrolly = figure.closest<HTMLElement>('[data-scrolly]')!;
    const card = scrolly.querySelector('[aria-current="step"]')!.getBoundingClientRect();
    const chart = figure.getBoundingClientRect();
    const over = card.left < chart.right && chart.left < card.right;
    const bottom = over ? innerHeight * Number(scrolly.dataset.trigger) : innerHeight;
    return box.top >= 0 && box.bottom <= bottom ? 'seen' : `bar at [${Math.round(box.top)}, ${Math.round(box.bottom)}], ${over ? 'trigger line' : 'screen bottom'} at ${Math.round(bottom)}`;
  });

for (const path of ['/', '/en/']) {
  test(`${path} at 320 and 1280 px: long labels wrap inside each chart, and nothing scrolls sideways`, async ({ openPage }) => {
    const page = await openPage({ viewport: { width: 320, height: 800 } });
    await page.goto(origin + path);
    await scenesReady(page);
    const found: string[] = [];
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const [scene, step, block] of [
        ['trust', 0, 0],
        ['trust', 1, 0],
        ['trust', 2, 0],
        // France (a 100-character name, its Paris pin 300 characters), then Finland (the other way round).
        ['map', 0, 0],
        ['map', 1, 0],
        ['map', 0, 1],
      ] as const) {
        await scrollToStep(page, scene, step, 0.5, block);
        await sceneEnded(page, scene);
        const { sideways, out } = await overflow(page);
        if (sideways > 0) found.push(`${width} px, ${scene} ${block} step ${step}: the page scrolls ${sideways} px sideways`);
        found.push(...out.map((line) => `${width} px, ${scene} ${block} step ${step}: ${line}`));
      }
    }
    expect(found).toEqual([]);
  });

  test(`${path} on a 568 px-high screen, 375 and 1280 px wide: the bar a step talks about is in view beside it`, async ({ openPage }) => {
    const page = await openPage({ viewport: { width: 375, height: 568 } });
    await page.goto(origin + path);
    await scenesReady(page);
    const steps = await page.locator('[data-scrolly]:has([data-scene="trust"]) [data-step]').count();
    // The 300-character statement is on screen (step 1 highlights it): the test reads the case it is for.
    expect(await page.locator('[data-scene="trust"] .trust__statement', { hasText: path === '/' ? PROSE_ZH.slice(0, 20) : PROSE.slice(0, 40) }).count()).toBe(1);
    const found: string[] = [];
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 568 });
      for (let step = 0; step < steps; step++) {
        await scrollToStep(page, 'trust', step, 0.05);
        await sceneEnded(page, 'trust');
        const seen = await barBesideStep(page);
        if (seen !== 'seen' && seen !== 'none') found.push(`${width} px, step ${step}: ${seen}`);
      }
    }
    expect(found).toEqual([]);
  });
}
