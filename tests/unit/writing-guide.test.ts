import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENE_IDS, SCENES } from '../../src/scenes/registry';
import { buildSite } from './build-site';

const guide = readFileSync('docs/writing.md', 'utf8');

/** The prop names a scene's step schema accepts. */
function propNames(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  if (!shape) throw new Error('a step schema should be an object schema');
  return Object.keys(shape);
}

describe('the writing guide', () => {
  it('describes every scene and names every step prop each one accepts', () => {
    for (const id of SCENE_IDS) {
      const section = guide.split(/\n### /).find((part) => part.startsWith(`\`${id}\``));
      expect(section, `a section "### \`${id}\`"`).toBeDefined();
      for (const prop of propNames(SCENES[id].stepSchema())) expect(section, `${id}: ${prop}`).toContain(`| \`${prop}\` |`);
    }
  });

  it('has an example chapter, original and translation, that builds', () => {
    const example = guide.split('## An example chapter')[1].split('\n## ')[0];
    const [zh, en] = [...example.matchAll(/```mdx\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(zh).toContain('lang: zh');
    expect(en).toContain('lang: en');

    const content = resolve('node_modules/.cache/guide-example');
    if (existsSync(content)) rmSync(content, { recursive: true });
    for (const [lang, chapter] of [['zh', zh], ['en', en]] as const) {
      mkdirSync(join(content, lang), { recursive: true });
      writeFileSync(join(content, lang, '01-double-11.mdx'), chapter);
      writeFileSync(
        join(content, lang, 'edition.yaml'),
        `lang: ${lang}\nheadline: Guide example\nstandfirst: A test.\ndescription: The writing guide's example chapter.\ncredits:\n  - role: Author\n    names: The guide\noriginal: The guide.\n`,
      );
    }
    const { status, output, outDir } = buildSite({ STORY_CONTENT: content });
    expect(status, output.slice(-2000)).toBe(0);
    const page = readFileSync(join(outDir, 'en', 'index.html'), 'utf8');
    expect(page).toContain('paid orders had passed');
    expect(page).toContain('data-scene="timer"');
  });
});
