import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterOutline } from '../../src/authoring/chapter-outline';
import { checkParity, type ChapterShape } from '../../src/authoring/parity';

const shape = (file: string, anchor = 'timer', order = 1): ChapterShape => ({
  file,
  anchor,
  order,
  ...chapterOutline(readFileSync(file, 'utf8'), file),
});
const zh = shape('tests/fixtures/parity/zh/01-timer.mdx');
const en = shape('tests/fixtures/parity/en/01-timer.mdx');

describe('an edition must tell the same story as the original', () => {
  it('accepts an identical outline', () => {
    expect(() => checkParity([zh], [{ ...zh, file: 'content/en/01.mdx' }], 'content/en/')).not.toThrow();
  });

  it('fails a translation with a missing step, naming the chapter', () => {
    expect(() => checkParity([zh], [en], 'content/en/')).toThrow(
      'tests/fixtures/parity/en/01-timer.mdx: line 9: the timer block has 1 steps but the original has 2 (compare tests/fixtures/parity/zh/01-timer.mdx)',
    );
  });

  it('points Astro’s report and the dev overlay at the translation’s file and line, not at the check’s code', () => {
    const error = (() => {
      try {
        checkParity([zh], [en], 'content/en/');
      } catch (thrown) {
        return thrown as { loc?: unknown };
      }
    })();
    expect(error?.loc).toEqual({ file: resolve('tests/fixtures/parity/en/01-timer.mdx'), line: 9, column: 1 });
  });

  it('fails a step whose state differs', () => {
    const changed = { ...zh, file: 'en.mdx', scrollies: [{ ...zh.scrollies[0], steps: [{ from: 0 }, { from: 0, to: 200 }] }] };
    expect(() => checkParity([zh], [changed], 'content/en/')).toThrow(/step 2 of the timer block shows \{"from":0,"to":200\} but the original shows \{"from":0,"to":230\}/);
  });

  it('fails a missing chapter and an extra one', () => {
    expect(() => checkParity([zh], [], 'content/en/')).toThrow('tests/fixtures/parity/zh/01-timer.mdx: has no translation in content/en/ (no chapter there with anchor: timer)');
    expect(() => checkParity([], [en], 'content/en/')).toThrow(/anchor "timer" has no chapter in the original edition/);
  });
});
