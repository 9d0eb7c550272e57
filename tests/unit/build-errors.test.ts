import { describe, expect, it } from 'vitest';
import { buildSite } from './build-site';

describe('the build refuses a broken chapter and names it', () => {
  it('fails on a scene that does not exist, naming the chapter file', () => {
    const { status, output } = buildSite({ STORY_CONTENT: 'tests/fixtures/unknown-scene' });
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/unknown-scene/zh/01-typo.mdx:9: scene "tmier" does not exist; the scenes are: timer');
  });
});
