import { z } from 'zod';
import { numberCell, sourceColumns } from './source';
import { readTable } from './table';

/** One statement of one survey: data/trust-survey.csv. The surveys differ; their rows never add up. */
export const trustRow = z.strictObject({
  id: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'id must be a single word, e.g. "worried"'),
  statement_zh: z.string().trim().min(1, 'statement_zh is empty'),
  statement_en: z.string().trim().min(1, 'statement_en is empty'),
  share: numberCell('share').pipe(z.number().min(0, 'share must be between 0 and 100').max(100, 'share must be between 0 and 100')),
  survey: z.string().trim().min(1, 'survey is empty: who ran the survey?'),
  survey_date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'survey_date must look like 2016-04 or 2016-10-28'),
  sample: numberCell('sample').pipe(z.number().int('sample must be a whole number of respondents').positive('sample must be the number of respondents')),
  note_zh: z.string(),
  note_en: z.string(),
  ...sourceColumns,
});

export type TrustRow = z.output<typeof trustRow>;

export function loadTrustSurvey(): TrustRow[] {
  return readTable('trust-survey.csv', trustRow);
}
