import { z } from 'zod';
import { formatCny, formatCount, formatDate, formatDurationProse, formatPercent, formatUsd, formatYear } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { checkEvidence, sourceColumns } from './source';
import { DataError, dataFile, readTable } from './table';
import { loadTrustSurvey, TRUST_FACT_PREFIX, type TrustRow } from './trust-survey';

/** What a fact measures decides how it is written in each edition. */
export const FACT_KINDS = ['count', 'percent', 'duration', 'usd', 'cny', 'datetime', 'year'] as const;

const factRow = z
  .object({
    id: z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/, 'id must look like "topic.name", e.g. "aliexpress.paidOrders"'),
    value: z.string().trim().min(1, 'value is empty'),
    kind: z.enum(FACT_KINDS, { message: `kind must be one of: ${FACT_KINDS.join(', ')}` }),
    note_zh: z.string(),
    note_en: z.string(),
    ...sourceColumns,
  })
  .transform((row, ctx) => {
    checkEvidence(row, ctx);
    if (row.kind === 'datetime') {
      const date = new Date(row.value);
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/.test(row.value) || Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: `"${row.value}" is not a UTC time like 2017-11-11T08:00:00Z` });
        return z.NEVER;
      }
      return { ...row, value: date.getTime() };
    }
    const value = Number(row.value);
    if (!Number.isFinite(value) || value < 0) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `"${row.value}" is not a number (write it without separators: 10000000)` });
      return z.NEVER;
    }
    if (row.kind === 'percent' && value > 100) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `a percent must be between 0 and 100, not ${value}` });
      return z.NEVER;
    }
    return { ...row, value };
  });

/** A fact's value is a number; for a datetime, milliseconds since the epoch (UTC). */
export type Fact = z.output<typeof factRow>;

export function parseFacts(rows: Fact[], file = 'data/facts.csv'): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  rows.forEach((fact, i) => {
    if (facts.has(fact.id)) throw new DataError(file, i + 2, `the id "${fact.id}" is used twice`);
    facts.set(fact.id, fact);
  });
  return facts;
}

/**
 * Every number prose may cite: the rows of data/facts.csv, plus each survey statement of
 * data/trust-survey.csv as `trust.<id>` (one row, one source, whether a chart or a sentence shows it).
 */
export function loadFacts(): Map<string, Fact> {
  return withSurveyFacts(parseFacts(readTable('facts.csv', factRow), dataFile('facts.csv')), loadTrustSurvey(), dataFile('facts.csv'));
}

/** Adds each survey row as the fact `trust.<id>`; an id facts.csv already uses is an error at its row there. */
export function withSurveyFacts(facts: Map<string, Fact>, survey: TrustRow[], file = 'data/facts.csv'): Map<string, Fact> {
  const ownRows = [...facts.keys()];
  survey.forEach((row, i) => {
    const id = `${TRUST_FACT_PREFIX}${row.id}`;
    if (facts.has(id)) {
      throw new DataError(file, ownRows.indexOf(id) + 2, `the id "${id}" is taken by row ${i + 2} of data/trust-survey.csv (its survey rows are facts "${TRUST_FACT_PREFIX}<id>"): rename this one`);
    }
    facts.set(id, {
      id,
      value: row.share,
      kind: 'percent',
      note_zh: row.note_zh,
      note_en: row.note_en,
      source_zh: `${row.survey}（据${row.source_zh}）`,
      source_en: `${row.survey} (via ${row.source_en})`,
      source_date: row.source_date,
      source_url: row.source_url,
      evidence: row.evidence,
    });
  });
  return facts;
}

export { factRow };

/** Looks a fact up, or says which ids exist (closest first is not worth the code: the list is short). */
export function requireFact(facts: Map<string, Fact>, id: string): Fact {
  const fact = facts.get(id);
  if (!fact) throw new Error(`the fact "${id}" is not in data/facts.csv; the facts are: ${[...facts.keys()].join(', ')}`);
  return fact;
}

export function formatFact(fact: Fact, lang: Lang): string {
  switch (fact.kind) {
    case 'count':
      return formatCount(fact.value, lang);
    case 'percent':
      return formatPercent(fact.value, lang);
    case 'duration':
      return formatDurationProse(fact.value, lang);
    case 'usd':
      return formatUsd(fact.value, lang);
    case 'cny':
      return formatCny(fact.value, lang);
    case 'datetime':
      return formatDate(new Date(fact.value), lang, lang === 'zh' ? 'Asia/Shanghai' : 'UTC');
    case 'year':
      return formatYear(fact.value, lang);
  }
}
