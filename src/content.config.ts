import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { chapterFields, editionFields } from './authoring/chapter-schema';
import { CONTENT_DIR } from './authoring/content-dir';
import { checkFrontMatterFile } from './authoring/front-matter';

/*
 * The story's words: content/<lang>/edition.yaml (headline, standfirst, credits) and
 * content/<lang>/<order>-<slug>.mdx (the chapters), in CONTENT_DIR.
 */
const base = CONTENT_DIR;

/** The glob loader, with each chapter's front-matter fences checked before its fields (src/authoring/front-matter.ts). */
function chapterLoader(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        parseData: (entry) => {
          if (entry.filePath) checkFrontMatterFile(entry.filePath);
          return context.parseData(entry);
        },
      }),
  };
}

const chapters = defineCollection({
  loader: chapterLoader({ pattern: '*/*.mdx', base }),
  schema: chapterFields,
});

const editions = defineCollection({
  loader: glob({ pattern: '*/edition.yaml', base }),
  schema: editionFields,
});

export const collections = { chapters, editions };
