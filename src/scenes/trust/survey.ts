import { z } from 'zod';
import { checkEvidence, numberCell, sourceColumns } from '../../datasets/source';
import type { Fact } from '../../datasets/facts';
import { DataError, dataFile, readTable } from '../../datasets/table';

/** Each row is also a fact prose can cite, as `trust.<id>` (scene.ts lends them: surveyFacts). */
export const TRUST_FACT_PREFIX = 'trust.';

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
  /** How the article wrote the number where it differs from the survey ("四分之一" for 24%); empty otherwise. */
  reported_zh: z.string().trim().optional().default(''),
  reported_en: z.string().trim().optional().default(''),
  ...sourceColumns,
}).superRefine(checkEvidence);

export type TrustRow = z.output<typeof trustRow>;

/**
 * Checks across rows: ids are unique (charts and <Fact> name rows by id), and the rows of one
 * survey (publisher and date) agree on its sample, or the chart would show one survey twice.
 */
export function checkTrustRows(rows: TrustRow[], file = 'data/trust-survey.csv'): TrustRow[] {
  const ids = new Map<string, number>();
  const samples = new Map<string, { sample: number; row: number }>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const twin = ids.get(row.id);
    if (twin) throw new DataError(file, line, `the id "${row.id}" is already used in row ${twin}`);
    ids.set(row.id, line);
    const survey = `${row.survey} ${row.survey_date}`;
    const first = samples.get(survey);
    if (first && first.sample !== row.sample) {
      throw new DataError(file, line, `sample ${row.sample} differs from ${first.sample} in row ${first.row}, a row of the same survey (${survey})`);
    }
    if (!first) samples.set(survey, { sample: row.sample, row: line });
  });
  return rows;
}

export function loadTrustSurvey(): TrustRow[] {
  return checkTrustRows(readTable('trust-survey.csv', trustRow), dataFile('trust-survey.csv'));
}

/** Each survey row as the fact `trust.<id>`: a percent, with the row's own note and source. */
export function surveyFacts(rows: TrustRow[] = loadTrustSurvey()): Fact[] {
  return rows.map((row) => ({
    id: `${TRUST_FACT_PREFIX}${row.id}`,
    value: row.share,
    kind: 'percent',
    note_zh: row.note_zh,
    note_en: row.note_en,
    source_zh: `${row.survey}（据${row.source_zh}）`,
    source_en: `${row.survey} (via ${row.source_en})`,
    source_date: row.source_date,
    source_url: row.source_url,
    evidence: row.evidence,
  }));
}
