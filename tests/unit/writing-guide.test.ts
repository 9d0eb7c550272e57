import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { chapterOutline } from '../../src/authoring/chapter-outline';
import { chapterFields, editionFields } from '../../src/authoring/chapter-schema';
import { readCsvTable } from '../../src/datasets/csv';
import { checkParity, type ChapterShape } from '../../src/authoring/parity';
import { SCENE_IDS, SCENES } from '../../src/scenes/registry';
import { renderChapter } from './render-chapter';

// A block's pictures are looked up among the built story's chapters, a content collection the
// Container API does not load: asked, Astro warns that the collection is empty, a line in the test
// output nobody can act on. The example chapter's blocks have no pictures here; the built pages test them.
vi.mock('../../src/pictures/catalogue', async (original) => ({
  ...(await original<typeof import('../../src/pictures/catalogue')>()),
  findBlock: async () => undefined,
}));

const guide = readFileSync('docs/writing.md', 'utf8');

/** The prop names a scene's step schema accepts. */
function propNames(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  if (!shape) throw new Error('a step schema should be an object schema');
  return Object.keys(shape);
}

/** The names a table of the guide gives in its first column, after `heading` (a line ending with it). */
function tableAfter(heading: RegExp): string[] {
  const match = guide.match(new RegExp(`${heading.source}[^\\n]*\\n\\n((?:\\|[^\\n]*\\n)+)`));
  if (!match) throw new Error(`no table after ${heading}`);
  return match[1]
    .split('\n')
    .slice(2)
    .flatMap((row) => [...(row.split(' | ')[0] ?? '').matchAll(/`([^`]+)`/g)].map((name) => name[1]));
}

describe('the writing guide', () => {
  it('documents every column of every data file, every field of edition.yaml and of a chapter’s front matter', () => {
    for (const file of readdirSync('data').filter((name) => name.endsWith('.csv'))) {
      const { columns } = readCsvTable(readFileSync(join('data', file), 'utf8'));
      expect(tableAfter(new RegExp(`\`data/${file.replace('.', '\\.')}\`[^\\n]*:`)), file).toEqual(expect.arrayContaining(columns));
    }
    expect(tableAfter(/### `edition\.yaml`/).sort()).toEqual(Object.keys(editionFields.shape).sort());
    expect(tableAfter(/A chapter starts with its front matter:/).sort()).toEqual(Object.keys(chapterFields.shape).sort());
  });

  it('describes every scene and names every step prop each one accepts', () => {
    for (const id of SCENE_IDS) {
      const section = guide.split(/\n### /).find((part) => part.startsWith(`\`${id}\``));
      expect(section, `a section "### \`${id}\`"`).toBeDefined();
      for (const prop of propNames(SCENES[id].stepSchema())) expect(section, `${id}: ${prop}`).toContain(`| \`${prop}\` |`);
    }
  });

  it('has an example chapter, original and translation, that passes every check and renders', async () => {
    const example = guide.split('## An example chapter')[1].split('\n## ')[0];
    const [zh, en] = [...example.matchAll(/```mdx\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(zh).toContain('lang: zh');
    expect(en).toContain('lang: en');

    // Through the checks the build makes: the chapter check while it compiles, the front-matter
    // schema, the translation's parity with the original; then rendered as the story renders it.
    const content = resolve('node_modules/.cache/guide-example');
    rmSync(content, { recursive: true, force: true });
    const shapes: ChapterShape[] = [];
    const pages: Record<string, string> = {};
    for (const [lang, chapter] of [['zh', zh], ['en', en]] as const) {
      const file = join(content, lang, '01-double-11.mdx');
      mkdirSync(join(content, lang), { recursive: true });
      writeFileSync(file, chapter);
      const { html, frontmatter } = await renderChapter(file);
      // The front matter as written, without the lists the chapter check adds to it while compiling.
      const { scrollies, citingParagraphs, ...written } = frontmatter as Record<string, unknown>;
      const fields = chapterFields.parse(written);
      const path = relative(process.cwd(), file);
      shapes.push({ file: path, anchor: fields.anchor, order: fields.order, ...chapterOutline(chapter, path) });
      pages[lang] = html;
    }
    expect(() => checkParity([shapes[0]], [shapes[1]], 'content/en/')).not.toThrow();
    expect(pages.en).toContain('paid orders had passed');
    expect(pages.en).toContain('data-scene="timer"');
    expect(pages.zh).toContain('支付订单数就突破了');
  });
});
