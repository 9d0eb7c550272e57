import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chapterOutline } from '../../src/authoring/chapter-outline';
import { checkParity } from '../../src/authoring/parity';
import { readCsvTable } from '../../src/datasets/csv';
import { toCsv } from '../../src/datasets/data-table';
import { factRow } from '../../src/datasets/facts';
import { dataFile, parseTable } from '../../src/datasets/table';
import { trustRow } from '../../src/scenes/trust/survey';
import { publishTarget } from '../../src/hosting/publish-target';
import { compileChapter } from './compile-chapter';
import { BUILD_ROWS, expectGuideQuote, GUIDE_ERROR_ROWS, guideRow } from './guide-errors';

/*
 * Each row of the writing guide's error table, made to happen: the mistake it describes goes
 * through the check the build runs, and the real message must say what the guide quotes.
 */

/** The message of the error `run` throws. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error, got none');
}

/** Front matter on lines 1–8: the body starts at line 9. */
const FRONT_MATTER = '---\ntitle: T\norder: 1\nlang: zh\nanchor: test\nsummary: S.\n---\n\n';
const chapter = (body: string, file = 'content/zh/99-test.mdx') => failure(() => compileChapter(FRONT_MATTER + body, file));
/** A step by its props, or by its props and the words it holds. */
type StepText = string | [props: string, words: string];
const block = (scene: string, ...steps: StepText[]) =>
  `<Scrolly scene="${scene}">\n${steps.map((step) => (typeof step === 'string' ? [step, 'A.'] : step)).map(([props, words]) => `  <Step ${props}>\n  ${words}\n  </Step>`).join('\n')}\n</Scrolly>\n`;

/** A data file of the story with one change made to its text. */
function changedData(name: string, change: (lines: string[]) => void) {
  const lines = readFileSync(join('data', name), 'utf8').split('\n');
  change(lines);
  return lines.join('\n');
}

/** A chapter file on disk, as the build and the dev server read it. */
function chapterFile(name: string, text: string) {
  const dir = join('node_modules/.cache/guide-errors/zh');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** A translation's outline against the original's: only the steps and their facts differ. */
function parityFailure(file: string, scene: string, original: StepText[], translation: StepText[]) {
  const shape = (path: string, steps: StepText[]) => ({ file: path, anchor: 'test', order: 1, ...chapterOutline(FRONT_MATTER + block(scene, ...steps), path) });
  return failure(() => checkParity([shape('content/zh/01-test.mdx', original)], [shape(file, translation)], 'content/en/'));
}

const timerSteps = (third: string): [string, string][] => [
  ['from={0}', 'A.'],
  ['from={0} to={115}', 'B.'],
  ['from={115} to={230}', `Orders: <Fact id="${third}" />.`],
];
const mapSteps = (n: number) => Array.from({ length: n }, () => 'companies={["wechat"]}');

/** For each row of the table (by a part of its quote), the real messages of the mistakes it describes. */
const MISTAKES: Record<string, () => string[]> = {
  'scene "mapp" does not exist': () => [chapter(block('mapp', 'from={0}'), 'content/zh/02-test.mdx')],
  'must be between 0 and 230': () => [chapter(`A.\n\n${block('timer', 'from={0} to={400}')}`)],
  '"worry" is not a statement': () => [chapter(block('trust', 'show={["worry"]}'))],
  'the fact "aliexpress.orders"': () => [chapter('Orders: <Fact id="aliexpress.orders" />.\n')],
  '<Literal>, <Note>': () => [chapter('<Stpe from={0}>\nA.\n</Stpe>\n')],
  'is not a plain value': () => [chapter(block('timer', 'from={Math.max(0, 1)}'))],
  'found text outside one': () => [chapter('<Scrolly scene="timer">\n  <Step from={0}>\n  A.\n  </Step>\n\n  Loose text.\n</Scrolly>\n')],
  'each part is a <Step>': () => [chapter('<Scrolly scene="timer">\n  <Step from={0}>\n  A.\n  </Step>\n  <Stpe from={10}>\n  B.\n  </Stpe>\n</Scrolly>\n')],
  'not inside <Literal>': () => [chapter('<Literal>\n<Step from={0}>\nA.\n</Step>\n</Literal>\n')],
  'must not be before from': () => [chapter(block('timer', 'from={230} to={60}'))],
  'a place is a three-digit': () => [chapter(block('map', 'companies={["wechat"]} places={[124]}', 'companies={["wechat"]}'))],
  'zoom="places" frames the places the step names': () => [chapter(block('map', 'companies={["wechat"]} zoom="places"', 'companies={["wechat"]}'))],
  'must show the whole world': () => [chapter(block('map', 'companies={["wechat"]}', 'companies={["wechat"]} zoom="europe"'))],
  '<iframe> is not allowed': () => [chapter('Text.\n\n<iframe src="https://example.com/" />\n')],
  '{os.hostname()} is code': () => [chapter('{os.hostname()}\n'), chapter('import os from "node:os"\n\nText.\n')],
  'a number outside <Fact>': () => [chapter('微信支付\n已有300家商户。\n')],
  'the front matter has no opening ---': () => {
    const file = chapterFile('01-fence.mdx', FRONT_MATTER.replace(/^---\n/, ''));
    return [failure(() => compileChapter(readFileSync(file, 'utf8'), file))];
  },
  'share must be between 0 and 100': () => {
    const { columns, rows } = readCsvTable(readFileSync('data/trust-survey.csv', 'utf8'));
    rows[1].cells.share = '172';
    const text = toCsv({ columns, rows: rows.map((row) => columns.map((column) => row.cells[column])) });
    return [failure(() => parseTable(dataFile('trust-survey.csv'), text, trustRow))];
  },
  'after the last column (note_en)': () => [failure(() => parseTable(dataFile('facts.csv'), changedData('facts.csv', (lines) => (lines[3] += ', repeated by others')), factRow))],
  'a blank line; delete it': () => [failure(() => parseTable(dataFile('facts.csv'), changedData('facts.csv', (lines) => lines.splice(3, 0, '')), factRow))],
  'step 3 of the timer block cites': () => [parityFailure('content/en/01-test.mdx', 'timer', timerSteps('aliexpress.paidOrders'), timerSteps('wechatpay.merchants'))],
  'the map block has 5 steps': () => [parityFailure('content/en/04-test.mdx', 'map', mapSteps(6), mapSteps(5))],
  'A build to publish needs STORY_SITE': () => [failure(() => publishTarget({ STORY_PUBLISH: '1' }, 'http://127.0.0.1:4321'))],
};

describe('the writing guide’s error table', () => {
  it('has a mistake here (or a build in build-errors.test.ts) for every row, and no mistake for a row it lost', () => {
    const keys = [...Object.keys(MISTAKES), ...BUILD_ROWS];
    for (const row of GUIDE_ERROR_ROWS) expect(keys.filter((key) => row.some((quote) => quote.includes(key))), `the row quoting ${row.join(' / ')}`).toHaveLength(1);
    for (const key of keys) guideRow(key);
  });

  for (const [key, mistake] of Object.entries(MISTAKES)) {
    it(`says what the build says: ${key}`, () => {
      const quotes = guideRow(key);
      const messages = mistake();
      expect(messages).toHaveLength(quotes.length);
      quotes.forEach((quote, i) => expectGuideQuote(quote, messages[i]));
    });
  }

  afterAll(() => rmSync('node_modules/.cache/guide-errors', { recursive: true, force: true }));
});
