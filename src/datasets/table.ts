import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { CsvSyntaxError, readCsvTable } from './csv';

/**
 * Where the story's numbers live, relative to the project root (the build always runs there).
 * STORY_DATA points a test build at a fixture copy, as STORY_CONTENT does for chapters.
 */
export const DATA_DIR = resolve(process.cwd(), process.env.STORY_DATA ?? 'data');

/** A data file's name as errors print it: data/facts.csv (or the fixture folder's path). */
export const dataFile = (name: string) => relative(process.cwd(), resolve(DATA_DIR, name)).split(sep).join('/');

/**
 * A data file that breaks its schema. The message names the file and the row, for journalists.
 * `loc` is where Astro's error report and dev overlay point: the data file itself. Data is read
 * while a chapter compiles, and the MDX plugin stamps its error with that chapter's path; the
 * stamp is ignored, so the report never sends the reader to a chapter that has no mistake.
 */
export class DataError extends Error {
  declare readonly loc: { file: string; line: number; column: number };
  constructor(file: string, row: number | null, problem: string, line = row ?? 1) {
    super(`${file}${row === null ? '' : `, row ${row}`}: ${problem}`);
    this.name = 'DataError';
    const loc = { file: resolve(process.cwd(), file), line, column: 1 };
    Object.defineProperty(this, 'loc', { get: () => loc, set: () => {}, enumerable: true });
  }
}

/**
 * Parses CSV text into rows that pass `schema`. Row numbers count the header as row 1, as a
 * spreadsheet shows them, so that "row 3" is the line a journalist sees as 3.
 */
export function parseTable<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S>[] {
  let table: ReturnType<typeof readCsvTable>;
  try {
    table = readCsvTable(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new DataError(file, error.row, error.message, error.line);
    throw error;
  }
  return table.rows.map(({ cells, row, line }) => {
    const parsed = schema.safeParse(cells);
    if (!parsed.success) {
      const problems = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`)
        .join('; ');
      throw new DataError(file, row, problems, line);
    }
    return parsed.data;
  });
}

/** Reads `data/<name>` and validates every row. */
export function readTable<S extends z.ZodType>(name: string, schema: S): z.output<S>[] {
  return parseTable(dataFile(name), readFileSync(resolve(DATA_DIR, name), 'utf8'), schema);
}
