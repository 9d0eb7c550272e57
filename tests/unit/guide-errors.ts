import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/*
 * The writing guide's table "What the errors mean" (docs/writing.md), read as the tests check it:
 * each row's first cell quotes one message (or two, "… / …"), with "…" where the real message says
 * more (a path, a list). A row matches a real message when the pieces between the "…" appear in it,
 * in order.
 */
const table = readFileSync('docs/writing.md', 'utf8').split('## What the errors mean')[1].split('\n## ')[0];

/** Each row of the table, as the messages its first cell quotes. */
export const GUIDE_ERROR_ROWS: string[][] = table
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) =>
    line
      .split(' | ')[0]
      .slice(2)
      .split(' / ')
      .map((part) => part.match(/`([^`]+)`/)![1]),
  );

/** The row whose quoted message contains `key`. */
export function guideRow(key: string): string[] {
  const rows = GUIDE_ERROR_ROWS.filter((row) => row.some((message) => message.includes(key)));
  expect(rows, `exactly one row of the guide's error table quotes ${key}`).toHaveLength(1);
  return rows[0];
}

/** Checks that a real error message says what the guide's quote of it says. */
export function expectGuideQuote(quote: string, message: string) {
  let from = 0;
  for (const piece of quote.split('…').map((part) => part.trim())) {
    if (!piece) continue;
    const at = message.indexOf(piece, from);
    expect(at, `the guide quotes "${quote}"; the real message has no "${piece}" ${from ? 'after what came before' : ''}:\n${message}`).toBeGreaterThanOrEqual(0);
    from = at + piece.length;
  }
}

/** The guide rows whose message only a whole build gives (Astro's own words around ours): build-errors.test.ts checks them. */
export const BUILD_ROWS = ['data does not match collection schema', 'is already used by'];
