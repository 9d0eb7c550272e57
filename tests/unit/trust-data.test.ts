import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/datasets/data-table';
import { parseTable } from '../../src/datasets/table';
import { checkTrustRows, trustRow } from '../../src/scenes/trust/survey';
import { SCENES } from '../../src/scenes/registry';
import { loadTrustGroups } from '../../src/scenes/trust/data';
import { chartOrder } from '../../src/scenes/trust/layout';

const header = 'id,statement_zh,statement_en,share,survey,survey_date,sample,source_zh,source_en,source_date,source_url,evidence,note_zh,note_en,reported_zh,reported_en';
const parse = (...lines: string[]) => checkTrustRows(parseTable('data/trust-survey.csv', [header, ...lines].join('\n'), trustRow));
const ok = (id: string, share = '72', sample = '2000', survey = 'Thales,2016-10-28') => `${id},担心,worry,${share},${survey},${sample},P,P,2016,https://example.org/p,strong,,,,`;

describe('data/trust-survey.csv is checked row by row when the site builds', () => {
  it('reads a valid row, with the article’s wording optional', () => {
    expect(parse(ok('w'))[0]).toMatchObject({ id: 'w', share: 72, sample: 2000, reported_zh: '' });
  });

  it('refuses a share outside 0–100, naming the row', () => {
    expect(() => parse(ok('a'), ok('b', '172'))).toThrow(/data\/trust-survey\.csv, row 3: share: share must be between 0 and 100/);
    expect(() => parse(ok('b', '-4'))).toThrow(/row 2: share: share must be between 0 and 100/);
    expect(() => parse(ok('b', 'most'))).toThrow(/row 2: share: share must be a number/);
  });

  it('refuses a missing or fractional sample, naming the row', () => {
    expect(() => parse(ok('a'), ok('b'), ok('c', '24', ''))).toThrow(/data\/trust-survey\.csv, row 4: sample: sample is empty/);
    expect(() => parse(ok('c', '24', '18.5'))).toThrow(/row 2: sample: sample must be a whole number/);
  });

  it('refuses a repeated id, and two samples for one survey', () => {
    expect(() => parse(ok('a'), ok('a'))).toThrow(/row 3: the id "a" is already used in row 2/);
    expect(() => parse(ok('a', '10', '1841', 'Ofcom,2016-04'), ok('b', '24', '1814', 'Ofcom,2016-04'))).toThrow(
      /row 3: sample 1814 differs from 1841 in row 2, a row of the same survey \(Ofcom 2016-04\)/,
    );
  });
});

describe('“get the data” for the trust chart', () => {
  it('has one row per bar, in the chart’s order, in each edition', () => {
    for (const lang of ['zh', 'en'] as const) {
      const table = SCENES.trust.table(lang);
      const bars = chartOrder(loadTrustGroups(lang));
      expect(table.rows.map((row) => [row[0], row[1]])).toEqual(bars.map((bar) => [bar.statement, bar.share]));
      expect(table.rows.every((row) => row.length === table.columns.length)).toBe(true);
    }
  });

  it('is a CSV with a byte-order mark, so that Excel reads the Chinese as UTF-8', () => {
    const csv = toCsv(SCENES.trust.table('zh'));
    expect(csv.startsWith('\uFEFF说法,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(4);
  });
});
