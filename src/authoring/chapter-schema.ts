import { z } from 'zod';
import { LANGS } from '../i18n/lang';

/** A chapter's front matter. */
export const chapterFields = z.strictObject({
  title: z.string({ message: 'every chapter needs a title: title: "…"' }).trim().min(1, 'the title is empty'),
  order: z.number({ message: 'every chapter needs an order number: order: 1' }).int().positive(),
  lang: z.enum(LANGS, { message: `lang must be one of: ${LANGS.join(', ')}` }),
  summary: z.string({ message: 'every chapter needs a one-sentence summary: summary: "…"' }).trim().min(1),
  /** The anchor readers and other editions link to: the same in every edition. */
  anchor: z.string().regex(/^[a-z0-9-]+$/, 'anchor must be lowercase letters, digits and dashes, e.g. anchor: double-11'),
});

/** An edition's headline, standfirst and credits: content/<lang>/edition.yaml. */
export const editionFields = z.strictObject({
  lang: z.enum(LANGS),
  headline: z.string().trim().min(1).max(70, 'the headline is also the page title: keep it to 70 characters'),
  /** The story's short name, after a chart's title on its embed page: "Chart · Short". Defaults to the headline. */
  short: z.string().trim().min(1).optional(),
  standfirst: z.string().trim().min(1),
  /** For search results and link previews. */
  description: z.string().trim().min(1),
  credits: z.array(z.strictObject({ role: z.string().min(1), names: z.string().min(1) })).min(1),
  /** Where the original article came from, and that its photos are not reproduced. */
  original: z.string().trim().min(1),
});
