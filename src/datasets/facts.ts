import { z } from 'zod';
import { formatCny, formatCount, formatDate, formatDurationProse, formatPercent, formatUsd, formatYear } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { checkEvidence, sourceColumns } from './source';
import { DataError, dataFile, readTable } from './table';

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

/** The rows of data/facts.csv, by id. A scene may lend more (see withLentFacts and src/story/facts.ts). */
export function loadFacts(): Map<string, Fact> {
  return parseFacts(readTable('facts.csv', factRow), dataFile('facts.csv'));
}

/**
 * Rows of another data file that prose may cite as facts, each as `<prefix><its id>`: a scene's
 * own data (its scene.ts `facts`), one row and one source whether a chart or a sentence shows it.
 */
export interface LentFacts {
  /** The data file, as data/ names it: "trust-survey.csv". */
  file: string;
  /** The ids' prefix, ending in ".": "trust.". */
  prefix: string;
  /** Its rows as facts, in the file's order, their ids prefixed. */
  load: () => Fact[];
}

/** Adds lent rows to the facts; an id facts.csv already uses is an error at its row there. */
export function withLentFacts(facts: Map<string, Fact>, lent: LentFacts, file = 'data/facts.csv'): Map<string, Fact> {
  const ownRows = [...facts.keys()];
  const all = new Map(facts);
  lent.load().forEach((fact, i) => {
    if (all.has(fact.id)) {
      throw new DataError(file, ownRows.indexOf(fact.id) + 2, `the id "${fact.id}" is taken by row ${i + 2} of data/${lent.file} (its rows are facts "${lent.prefix}<id>"): rename this one`);
    }
    all.set(fact.id, fact);
  });
  return all;
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
