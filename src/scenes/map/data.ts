import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { checkEvidence, partialDate, sourceColumns } from '../../datasets/source';
import { DATA_DIR, DataError, dataFile, parseTable } from '../../datasets/table';
import { atlasIds } from './geometry';
import { COMPANIES, PRESENCES } from './layout';

export const EXPANSIONS_FILE = 'data/expansions.csv';

const optionalDegrees = (column: string, limit: number) =>
  z
    .string()
    .trim()
    .transform((text) => (text === '' ? undefined : Number(text)))
    .pipe(z.number({ message: `${column} must be a number of degrees` }).min(-limit, `${column} must be between -${limit} and ${limit}`).max(limit, `${column} must be between -${limit} and ${limit}`).optional());

/**
 * One row of data/expansions.csv: one place × one company, with what happened there and who
 * reported it. `date` is when it happened or, when the source gives only that, when it was
 * reported (the `what` columns say which). `lon`/`lat` place a point: a place too small for the
 * 1:110m countries (Hong Kong, Macao, Singapore), or a named store inside a country (`place_*`).
 */
export const expansionRow = z
  .strictObject({
    // Spreadsheets drop leading zeros (036 → 36): put them back rather than fail on them.
    id: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, 'id must be the ISO 3166-1 numeric code, e.g. 250 for France')
      .transform((id) => id.padStart(3, '0')),
    name_zh: z.string().trim().min(1, 'name_zh is empty'),
    name_en: z.string().trim().min(1, 'name_en is empty'),
    company: z.enum(COMPANIES, { message: `company must be one of: ${COMPANIES.join(', ')}` }),
    what_zh: z.string().trim().min(1, 'what_zh is empty: what happened there?'),
    what_en: z.string().trim().min(1, 'what_en is empty: what happened there?'),
    date: partialDate('date'),
    place_zh: z.string().trim(),
    place_en: z.string().trim(),
    lon: optionalDegrees('lon', 180),
    lat: optionalDegrees('lat', 90),
    /**
     * `local`: the company itself is there. `partner`: the place is only a partner's home (Baidu's
     * deal with PayPal reaches PayPal's merchants, not the US), drawn as a symbol without a fill.
     */
    presence: z.enum(PRESENCES, { message: `presence must be one of: ${PRESENCES.join(', ')}` }),
    ...sourceColumns,
  })
  .superRefine((row, ctx) => {
    checkEvidence(row, ctx);
    if ((row.lon === undefined) !== (row.lat === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['lon'], message: 'lon and lat go together: give both or neither' });
    }
    if ((row.place_zh || row.place_en) && row.lon === undefined) {
      ctx.addIssue({ code: 'custom', path: ['place_zh'], message: 'a named place needs lon and lat to be pinned on the map' });
    }
  });

export type Expansion = z.output<typeof expansionRow>;

/**
 * Parses the file and checks what a row alone cannot: every place is on the map (a country
 * world-atlas draws, or a point with lon/lat), and no place × company is listed twice.
 */
export function parseExpansions(text: string, known: Set<string>, file = EXPANSIONS_FILE): Expansion[] {
  const rows = parseTable(file, text, expansionRow);
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (!known.has(row.id) && row.lon === undefined) {
      throw new DataError(file, i + 2, `id ${row.id} (${row.name_en}) is not a country world-atlas draws at 1:110m; give lon and lat to show it as a point`);
    }
    const key = `${row.id} × ${row.company}`;
    if (seen.has(key)) throw new DataError(file, i + 2, `${row.name_en} (${row.id}) × ${row.company} is listed twice: one row per place and company`);
    seen.add(key);
  });
  return rows;
}

export function loadExpansions(): Expansion[] {
  return parseExpansions(readFileSync(resolve(DATA_DIR, 'expansions.csv'), 'utf8'), atlasIds(), dataFile('expansions.csv'));
}

/** A place drawn as a point, not as a country outline. */
export const isPoint = (row: Expansion, known: Set<string>) => !known.has(row.id);
