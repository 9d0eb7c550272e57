import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from './build-site';
import { expectGuideQuote, guideRow } from './guide-errors';

/* Real builds of fixture chapters: what a journalist sees when a chapter is wrong. */
// A build takes a few seconds alone, over a minute on a machine busy with other builds.
describe('the build refuses a broken chapter and names it', { timeout: 180_000 }, () => {
  it('fails on a scene that does not exist, naming the chapter file', () => {
    const { status, output } = buildSite({ STORY_CONTENT: 'tests/fixtures/unknown-scene' });
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/unknown-scene/zh/01-typo.mdx:9: scene "tmier" does not exist; the scenes are: timer');
    expect(output).toMatch(/Location:\s+\S*tests\/fixtures\/unknown-scene\/zh\/01-typo\.mdx:9:1\n/);
  });

  it('fails on a chapter without a title, naming the chapter and the field', () => {
    const { status, output } = buildSite({ STORY_CONTENT: 'tests/fixtures/missing-title' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/zh\/01-untitled[\s\S]*title: every chapter needs a title[\s\S]*tests\/fixtures\/missing-title\/zh\/01-untitled\.mdx/);
    // The writing guide's error table quotes it (writing-guide-errors.test.ts checks the rest of the table).
    for (const quote of guideRow('data does not match collection schema')) expectGuideQuote(quote, output);
  });

  it('fails on a chapter without its opening ---, saying so at line 1 instead of listing every field as missing', () => {
    const { status, output } = buildSite({ STORY_CONTENT: 'tests/fixtures/missing-fence' });
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/missing-fence/zh/01-fence.mdx:1: the front matter has no opening ---: put a line of three dashes above "title: 没有开头的横线".');
    expect(output).not.toContain('**');
  }, 180_000);

  it('fails on two chapters with the same order, naming both files', () => {
    const { status, output } = buildSite({ STORY_CONTENT: 'tests/fixtures/duplicate-order' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/02-second\.mdx: order 1 is already used by .*01-first\.mdx/);
    for (const quote of guideRow('is already used by')) expectGuideQuote(quote, output);
  });

  it('fails on a broken data row at its file and row, and points nowhere else', () => {
    const data = resolve('node_modules/.cache/broken-data');
    rmSync(data, { recursive: true, force: true });
    cpSync('data', data, { recursive: true });
    const facts = readFileSync(join(data, 'facts.csv'), 'utf8').split('\n');
    facts.splice(3, 0, '');
    writeFileSync(join(data, 'facts.csv'), facts.join('\n'));
    const { status, output } = buildSite({ STORY_CONTENT: 'tests/fixtures/changed-figures', STORY_DATA: data });
    expect(status).not.toBe(0);
    expect(output).toContain('node_modules/.cache/broken-data/facts.csv, row 4: a blank line; delete it (only the end of the file may have blank lines)');
    expect(output).toMatch(/Location:\s+\S*node_modules\/\.cache\/broken-data\/facts\.csv:4:1\n/);
    expect(output).not.toMatch(/\.mdx:0:0/);
  }, 180_000);

  it('fails on malformed MDX, naming the file', () => {
    const { status, output } = buildSite({ STORY_CONTENT: 'tests/fixtures/malformed-mdx' });
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/malformed-mdx/zh/01-broken.mdx');
  });
});
