import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang } from '../i18n/lang';
import { readCsvTable } from './csv';
import { DATA_DIR } from './table';

/**
 * Every row of every data file that names a source: what "Sources and method" is made of. Files
 * are found, not listed: any data/*.csv with a source_url column is read, so a new data file is
 * in that chapter without anyone remembering to add it. (Each file's own loader validates it;
 * here the cells are only read.)
 */
export interface LedgerEntry {
  /** The row's name across the site: a fact id ("aliexpress.paidOrders", "trust.worried") or "<file>.<id>". */
  key: string;
  file: string;
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  source_url: string;
  /** When the source was published: 2017, 2017-09 or 2017-09-25. */
  source_date: string;
  evidence: string;
  cells: Record<string, string>;
}

/**
 * How a file's rows are named: facts.csv rows are facts already; a file whose rows a scene lends
 * prose as facts is named by its prefix (`prefixes`, from the scenes: src/story/facts.ts); any
 * other file by its name ("expansions.").
 */
const keyPrefix = (name: string, prefixes: Readonly<Record<string, string>>) => (name === 'facts.csv' ? '' : (prefixes[name] ?? `${name.replace(/\.csv$/, '')}.`));

export function ledgerFiles(dir = DATA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .sort();
}

export function readLedger(dir = DATA_DIR, prefixes: Readonly<Record<string, string>> = {}): LedgerEntry[] {
  return ledgerFiles(dir).flatMap((name) => {
    const { columns, rows } = readCsvTable(readFileSync(resolve(dir, name), 'utf8'));
    if (!columns.includes('source_url')) return [];
    const table = rows.map((row) => row.cells);
    const prefix = keyPrefix(name, prefixes);
    // Where ids repeat (one place, several companies) the row number tells the rows apart.
    const ids = table.map((cells) => (cells.id ?? '').trim());
    const unique = ids.every((id, i) => id && ids.indexOf(id) === i);
    return table.map((cells, i) => {
      const clean = Object.fromEntries(Object.entries(cells).map(([column, value]) => [column, (value ?? '').trim()]));
      return {
        key: unique ? `${prefix}${ids[i]}` : `${prefix}${ids[i] ? `${ids[i]}.` : ''}row${i + 2}`,
        file: `data/${name}`,
        row: i + 2,
        source_date: clean.source_date ?? '',
        source_url: clean.source_url ?? '',
        evidence: clean.evidence ?? '',
        cells: clean,
      };
    });
  });
}

/** The id a row's entry carries in "Sources and method" (letters, digits, dashes); <Fact> links to it. */
export function sourceAnchor(key: string): string {
  return `source-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Does `key` match a scene's declared row ("trust.worried") or row prefix ("trust.")? */
export function coveredBy(key: string, rows: readonly string[]): boolean {
  return rows.some((row) => (row.endsWith('.') ? key.startsWith(row) : key === row));
}

/** A cell in the page's language (note_zh, statement_en…), or '' when the file has none. */
export function localCell(entry: LedgerEntry, column: string, lang: Lang): string {
  return entry.cells[`${column}_${lang}`] ?? '';
}

const firstCell = (entry: LedgerEntry, columns: string[], lang: Lang) =>
  columns.map((column) => localCell(entry, column, lang)).find(Boolean) ?? '';

/** What a row is about, in words, where its file says so (statement_zh, name_en…). */
export function entryLabel(entry: LedgerEntry, lang: Lang): string {
  return firstCell(entry, ['statement', 'label', 'name', 'title'], lang);
}

/** What the row's source does and does not show: its note, or failing that its description. */
export function entryNote(entry: LedgerEntry, lang: Lang): string {
  return firstCell(entry, ['note', 'what', 'description'], lang);
}
