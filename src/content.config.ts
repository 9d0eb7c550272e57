import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterFields, editionFields } from './authoring/chapter-schema';

/*
 * The story's words: content/<lang>/edition.yaml (headline, standfirst, credits) and
 * content/<lang>/<order>-<slug>.mdx (the chapters). STORY_CONTENT lets tests build a folder of
 * fixture chapters through the very same pipeline.
 */
const base = process.env.STORY_CONTENT ?? './content';

const chapters = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base }),
  schema: chapterFields,
});

const editions = defineCollection({
  loader: glob({ pattern: '*/edition.yaml', base }),
  schema: editionFields,
});

export const collections = { chapters, editions };
