import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { z } from 'zod';

/** Where the story's numbers live, relative to the project root (the build always runs there). */
export const DATA_DIR = resolve(process.cwd(), 'data');

/** A data file that breaks its schema. The message names the file and the row, for journalists. */
export class DataError extends Error {
  constructor(file: string, row: number | null, problem: string) {
    super(`${file}${row === null ? '' : `, row ${row}`}: ${problem}`);
    this.name = 'DataError';
  }
}

/**
 * Parses CSV text into rows that pass `schema`. Row numbers count the header as row 1, as a
 * spreadsheet shows them, so that "row 3" is the line a journalist sees as 3.
 */
export function parseTable<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S>[] {
  const raw = csvParse(text.replace(/^\uFEFF/, ''));
  return raw.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const problems = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`)
        .join('; ');
      throw new DataError(file, i + 2, problems);
    }
    return parsed.data;
  });
}

/** Reads `data/<name>` and validates every row. */
export function readTable<S extends z.ZodType>(name: string, schema: S): z.output<S>[] {
  return parseTable(`data/${name}`, readFileSync(resolve(DATA_DIR, name), 'utf8'), schema);
}
