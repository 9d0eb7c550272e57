import { z } from 'zod';
import type { Lang } from '../i18n/lang';

/** A real calendar date, as precise as the source is: 2015, 2015-09 or 2015-09-30. */
export const partialDate = (column: string) =>
  z
    .string()
    .trim()
    .refine((text) => {
      const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
      if (!match) return false;
      const [, year, month = '01', day = '01'] = match;
      const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
      return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) && Number(year) >= 1990;
    }, `${column} must be a real date written 2017, 2017-09 or 2017-09-25`);

/**
 * Every row in data/ says where it comes from; these columns are shared by all files. The source
 * is named in each edition's words (国是直通车（原文） / Guoshi Zhitongche (the article)), and dated
 * in its own column, so that neither edition prints the other's language.
 */
export const sourceColumns = {
  source_zh: z.string().trim().min(1, 'every row needs a source (who published this number): source_zh is empty'),
  source_en: z.string().trim().min(1, 'every row needs a source (who published this number): source_en is empty'),
  source_date: partialDate('source_date'),
  source_url: z
    .string()
    .trim()
    .refine((url) => url === '' || /^https?:\/\/[^\s"<>]+$/.test(url), 'source_url must be empty or a web address (https://…)'),
  evidence: z.enum(['strong', 'weak'], { message: 'evidence must be "strong" or "weak"' }),
};

export type Evidence = 'strong' | 'weak';

export type SourceFields = {
  source_zh: string;
  source_en: string;
  source_date: string;
  source_url: string;
  evidence: Evidence;
};

/**
 * What "strong" means, everywhere: a source other than the article that we found, can link to and
 * can date. The article has no public address, so a row without a URL is never strong.
 */
export function checkEvidence(row: Pick<SourceFields, 'evidence' | 'source_url'>, ctx: z.RefinementCtx): void {
  if (row.evidence === 'strong' && !row.source_url) {
    ctx.addIssue({
      code: 'custom',
      path: ['evidence'],
      message: 'a row without a source_url cannot be "strong": strong means a found, linked, dated source other than the article (add the address, or make it "weak")',
    });
  }
}

/** The row's source in the edition's words. */
export const sourceName = (row: Pick<SourceFields, 'source_zh' | 'source_en'>, lang: Lang) => (lang === 'zh' ? row.source_zh : row.source_en);

/** A numeric CSV cell: empty is an error of its own, not a silent zero. */
export const numberCell = (column: string) =>
  z
    .string()
    .trim()
    .min(1, `${column} is empty`)
    .transform(Number)
    .pipe(z.number({ message: `${column} must be a number` }));
