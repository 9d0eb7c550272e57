import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterOutline } from '../authoring/chapter-outline';
import { checkParity } from '../authoring/parity';
import type { Lang } from '../i18n/lang';

export type Chapter = CollectionEntry<'chapters'>;

/**
 * An edition's chapters in reading order, after the checks a schema cannot make alone: the
 * front matter's lang matches the folder, and no two chapters share an order or a slug.
 */
export async function editionChapters(lang: Lang): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  const chapters = all.filter((chapter) => chapter.id.startsWith(`${lang}/`));
  const file = (chapter: Chapter) => chapter.filePath ?? chapter.id;
  for (const chapter of chapters) {
    if (chapter.data.lang !== lang) {
      throw new Error(`${file(chapter)}: lang is "${chapter.data.lang}" but the chapter sits in the ${lang}/ folder`);
    }
  }
  for (const key of ['order', 'anchor'] as const) {
    const seen = new Map<unknown, Chapter>();
    for (const chapter of chapters) {
      const other = seen.get(chapter.data[key]);
      if (other) throw new Error(`${file(chapter)}: ${key} ${JSON.stringify(chapter.data[key])} is already used by ${file(other)}`);
      seen.set(chapter.data[key], chapter);
    }
  }
  return chapters.sort((a, b) => a.data.order - b.data.order);
}

export async function edition(lang: Lang) {
  const editions = await getCollection('editions');
  const found = editions.find((entry) => entry.data.lang === lang);
  if (!found) throw new Error(`content/${lang}/edition.yaml is missing: every edition needs its headline and credits`);
  return found.data;
}

/**
 * Fails the build when an edition's chapters do not match the original's: the same chapters, the
 * same scenes, the same steps and step states (src/authoring/parity.ts).
 */
export async function checkTranslation(lang: Lang, original: Lang = 'zh'): Promise<void> {
  if (lang === original) return;
  const shape = (chapter: Chapter) => {
    const file = chapter.filePath ?? chapter.id;
    // The whole file, front matter included, so that a block's line is the line the writer sees.
    const source = chapter.filePath ? readFileSync(resolve(chapter.filePath), 'utf8') : (chapter.body ?? '');
    return { file, anchor: chapter.data.anchor, order: chapter.data.order, ...chapterOutline(source, file) };
  };
  checkParity((await editionChapters(original)).map(shape), (await editionChapters(lang)).map(shape), `content/${lang}/`);
}
