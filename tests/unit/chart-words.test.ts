import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvTable } from '../../src/datasets/csv';
import { toCsv } from '../../src/datasets/data-table';
import { buildSite } from './build-site';

/**
 * The story's data with its timer figures changed (230 → 240 minutes, 10 → 12 million orders) and a
 * third survey added. The notes of the changed rows are emptied: they are an editor's words about
 * the old figures, not chart furniture.
 */
function changedData(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  cpSync('data', dir, { recursive: true });
  const edit = (name: string, change: (cells: Record<string, string>) => void, extra: Record<string, string>[] = []) => {
    const { columns, rows } = readCsvTable(readFileSync(join(dir, name), 'utf8'));
    const cells = [...rows.map((row) => row.cells), ...extra];
    cells.forEach(change);
    writeFileSync(join(dir, name), toCsv({ columns, rows: cells.map((row) => columns.map((column) => row[column] ?? '')) }));
  };
  const values: Record<string, string> = { 'aliexpress.minutesTo10m': '240', 'aliexpress.paidOrders': '12000000' };
  edit('facts.csv', (row) => {
    if (!values[row.id]) return;
    Object.assign(row, { value: values[row.id], note_zh: '', note_en: '' });
  });
  const third = { id: 'testOnly', statement_zh: '测试', statement_en: 'a test statement', share: '50', survey: 'Test Survey', survey_date: '2017-01', sample: '1000', source_zh: '测试', source_en: 'The tests', source_date: '2017-01', source_url: '', evidence: 'weak', note_zh: '', note_en: '' };
  edit('trust-survey.csv', () => {}, [third]);
}

const textFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(html|csv|txt|xml|json|js)$/.test(name) ? [path] : [];
  });

describe('every number in a chart’s words comes from the data', () => {
  let pages: Map<string, string>;
  // A page's text, wrapped so that a failed match prints the expectation, not the whole page.
  const page = (path: string) => {
    const text = pages.get(path) ?? expect.unreachable(`no ${path} in the build`);
    return { toContain: (part: string) => expect(text.includes(part), `${path} contains ${part}`).toBe(true) };
  };

  beforeAll(() => {
    const data = resolve('node_modules/.cache/changed-figures-data');
    changedData(data);
    const { status, output, outDir } = buildSite({ STORY_CONTENT: 'tests/fixtures/changed-figures', STORY_DATA: data });
    expect(status, output.slice(-3000)).toBe(0);
    pages = new Map(textFiles(outDir).map((file) => [file.slice(outDir.length), readFileSync(file, 'utf8')]));
  }, 300_000);

  it('writes the new figures in the chart title, its note, the embed title, the snippet and the CSV', () => {
    const story = page('/en/index.html');
    story.toContain('4 h, 12 million orders');
    story.toContain('only the start and the 12 million mark were published');
    // The fixture chapter's anchor is "timer": its block's embed address is timer/timer, its code page beside it.
    story.toContain('aria-label="Embed this chart: 4 h, 12 million orders, in “');
    page('/en/embed/timer/timer/code/index.html').toContain('/en/embed/timer/timer/&quot; title=&quot;4 h, 12 million orders&quot;');
    page('/en/embed/timer/timer/index.html').toContain('<title>4 h, 12 million orders');
    page('/en/data/timer.csv').toContain('paid orders pass 12 million');
    page('/index.html').toContain('4小时，1200万单');
    page('/data/timer.csv').toContain('支付订单破1200万');
  });

  it('counts the surveys in the Sources heading and the chart title', () => {
    page('/en/index.html').toContain('The three UK surveys');
    page('/en/index.html').toContain('Three surveys, four numbers');
    page('/index.html').toContain('英国的三项调查');
  });

  it('leaves the old figures nowhere in the build', () => {
    const old = /3 h 50 min|3小时50分|10 million|1000万|two UK surveys|英国的两项调查|Two surveys/;
    const stale = [...pages].filter(([, text]) => old.test(text)).map(([path, text]) => `${path}: ${text.match(old)![0]}`);
    expect(stale).toEqual([]);
  });
});
