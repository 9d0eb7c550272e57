import { describe, expect, it } from 'vitest';
import { buildSite } from './build-site';

/* Real builds of fixture chapters: what a journalist sees when a chapter is wrong. */
describe('the build refuses a broken chapter and names it', () => {
  it('fails on a scene that does not exist, naming the chapter file', () => {
    const { status, output } = buildSite({ STORY_CONTENT: 'tests/fixtures/unknown-scene' });
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/unknown-scene/zh/01-typo.mdx:9: scene "tmier" does not exist; the scenes are: timer');
  });

  it('fails on a chapter without a title, naming the chapter and the field', () => {
    const { status, output } = buildSite({ STORY_CONTENT: 'tests/fixtures/missing-title' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/zh\/01-untitled[\s\S]*title: every chapter needs a title[\s\S]*tests\/fixtures\/missing-title\/zh\/01-untitled\.mdx/);
  });

  it('fails on two chapters with the same order, naming both files', () => {
    const { status, output } = buildSite({ STORY_CONTENT: 'tests/fixtures/duplicate-order' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/02-second\.mdx: order 1 is already used by .*01-first\.mdx/);
  });

  it('fails on malformed MDX, naming the file', () => {
    const { status, output } = buildSite({ STORY_CONTENT: 'tests/fixtures/malformed-mdx' });
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/malformed-mdx/zh/01-broken.mdx');
  });
});
