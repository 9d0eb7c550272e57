import { describe, expect, it } from 'vitest';
import { factRow, parseFacts } from '../../src/datasets/facts';
import { parseTable } from '../../src/datasets/table';
import { trustRow } from '../../src/datasets/trust-survey';
import { loadFacts } from '../../src/datasets/facts';

const factHeader = 'id,value,kind,source,source_url,evidence,note_zh,note_en';

describe('data rows are checked where they enter', () => {
  it('loads every fact of the story with its source', () => {
    const facts = loadFacts();
    expect(facts.get('aliexpress.paidOrders')?.value).toBe(10_000_000);
    expect(facts.get('trust.worried')?.value).toBe(72);
    for (const fact of facts.values()) expect(fact.source.length).toBeGreaterThan(0);
  });

  it('names the file and row of a fact without a source', () => {
    const csv = `${factHeader}\nx.ok,1,count,Someone,,strong,,\nx.bad,2,count,,,strong,,`;
    expect(() => parseTable('data/facts.csv', csv, factRow)).toThrow(/data\/facts\.csv, row 3: source: every row needs a source/);
  });

  it('refuses a number written with separators, and an unknown kind', () => {
    expect(() => parseTable('data/facts.csv', `${factHeader}\nx.n,"10,000",count,S,,strong,,`, factRow)).toThrow(/row 2: value: "10,000" is not a number/);
    expect(() => parseTable('data/facts.csv', `${factHeader}\nx.n,1,dozen,S,,strong,,`, factRow)).toThrow(/row 2: kind: kind must be one of/);
  });

  it('refuses a bad time and a duplicate id', () => {
    expect(() => parseTable('data/facts.csv', `${factHeader}\nx.t,11 Nov,datetime,S,,strong,,`, factRow)).toThrow(/is not a UTC time/);
    const rows = parseTable('data/facts.csv', `${factHeader}\nx.a,1,count,S,,strong,,\nx.a,2,count,S,,strong,,`, factRow);
    expect(() => parseFacts(rows)).toThrow(/row 3: the id "x\.a" is used twice/);
  });

  it('refuses a survey share outside 0–100 and a missing sample, naming the row', () => {
    const header = 'id,statement_zh,statement_en,share,survey,survey_date,sample,source,source_url,evidence,note_zh,note_en';
    expect(() => parseTable('data/trust-survey.csv', `${header}\nw,担心,worry,172,Thales,2016-10-28,2000,P,,strong,,`, trustRow)).toThrow(
      /data\/trust-survey\.csv, row 2: share: share must be between 0 and 100/,
    );
    expect(() => parseTable('data/trust-survey.csv', `${header}\nw,担心,worry,72,Thales,2016-10-28,,P,,strong,,`, trustRow)).toThrow(
      /row 2: sample: sample is empty/,
    );
  });
});
