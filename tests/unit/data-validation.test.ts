import { describe, expect, it } from 'vitest';
import { factRow, parseFacts, withLentFacts } from '../../src/datasets/facts';
import { parseTable } from '../../src/datasets/table';
import { surveyFacts, TRUST_FACT_PREFIX, trustRow, type TrustRow } from '../../src/scenes/trust/survey';
import { storyFacts } from '../../src/story/facts';

const factHeader = 'id,value,kind,source_zh,source_en,source_date,source_url,evidence,note_zh,note_en';

describe('data rows are checked where they enter', () => {
  it('loads every fact of the story with its source, the survey rows the trust scene lends included', () => {
    const facts = storyFacts();
    expect(facts.get('aliexpress.paidOrders')?.value).toBe(10_000_000);
    expect(facts.get('trust.worried')?.value).toBe(72);
    for (const fact of facts.values()) expect(fact.source_zh.length * fact.source_en.length).toBeGreaterThan(0);
  });

  it('names the file and row of a fact without a source', () => {
    const csv = `${factHeader}\nx.ok,1,count,某人,Someone,2017,https://example.org/a,strong,,\nx.bad,2,count,,,2017,,weak,,`;
    expect(() => parseTable('data/facts.csv', csv, factRow)).toThrow(/data\/facts\.csv, row 3: source_zh: every row needs a source/);
  });

  it('refuses a number written with separators, and an unknown kind', () => {
    expect(() => parseTable('data/facts.csv', `${factHeader}\nx.n,"10,000",count,S,S,2017,,weak,,`, factRow)).toThrow(/row 2: value: "10,000" is not a number/);
    expect(() => parseTable('data/facts.csv', `${factHeader}\nx.n,1,dozen,S,S,2017,,weak,,`, factRow)).toThrow(/row 2: kind: kind must be one of/);
  });

  it('refuses a bad time and a duplicate id', () => {
    expect(() => parseTable('data/facts.csv', `${factHeader}\nx.t,11 Nov,datetime,S,S,2017,,weak,,`, factRow)).toThrow(/is not a UTC time/);
    const rows = parseTable('data/facts.csv', `${factHeader}\nx.a,1,count,S,S,2017,,weak,,\nx.a,2,count,S,S,2017,,weak,,`, factRow);
    expect(() => parseFacts(rows)).toThrow(/row 3: the id "x\.a" is used twice/);
  });

  it('refuses a survey share outside 0–100 and a missing sample, naming the row', () => {
    const header = 'id,statement_zh,statement_en,share,survey,survey_date,sample,source_zh,source_en,source_date,source_url,evidence,note_zh,note_en';
    expect(() => parseTable('data/trust-survey.csv', `${header}\nw,担心,worry,172,Thales,2016-10-28,2000,P,P,2016,https://example.org/p,strong,,`, trustRow)).toThrow(
      /data\/trust-survey\.csv, row 2: share: share must be between 0 and 100/,
    );
    expect(() => parseTable('data/trust-survey.csv', `${header}\nw,担心,worry,72,Thales,2016-10-28,,P,P,2016,https://example.org/p,strong,,`, trustRow)).toThrow(
      /row 2: sample: sample is empty/,
    );
  });
});

describe('a CSV file is read strictly, so no cell is cut or shifted silently', () => {
  const facts = (...rows: string[]) => parseTable('data/facts.csv', [factHeader, ...rows].join('\n'), factRow);

  it('refuses a row cut at an unquoted comma, naming the file, the row and the extra field', () => {
    expect(() => facts('x.a,1,count,S,S,2017,,weak,说明,The article’s claim, repeated by others')).toThrow(
      'data/facts.csv, row 2: 11 fields but the header has 10: after the last column (note_en) comes " repeated by others". A text with a comma must be in double quotes: "a quarter, roughly"',
    );
  });

  it('refuses a row with too few fields, naming the missing columns', () => {
    expect(() => facts('x.a,1,count,S,S,2017,,weak,,', 'x.b,1,count,S,S,2017,,weak')).toThrow(
      'data/facts.csv, row 3: 8 fields but the header has 10: note_zh, note_en missing',
    );
  });

  it('refuses a blank line in the middle and says so, but accepts blank lines at the end', () => {
    expect(() => facts('x.a,1,count,S,S,2017,,weak,,', '', 'x.b,1,count,S,S,2017,,weak,,')).toThrow(
      'data/facts.csv, row 3: a blank line; delete it (only the end of the file may have blank lines)',
    );
    expect(facts('x.a,1,count,S,S,2017,,weak,,', '', '')).toHaveLength(1);
    expect(parseTable('data/facts.csv', `${factHeader}\r\nx.a,1,count,S,S,2017,,weak,,\r\n\r\n`, factRow)).toHaveLength(1);
  });

  it('refuses a field that does not parse: a stray quote, text after a closing quote, a quote never closed', () => {
    expect(() => facts('x.a,1,count,S,S,2017,,weak,,He said "yes"')).toThrow(/data\/facts\.csv, row 2: field 10 has a quote inside unquoted text; put the whole field in double quotes/);
    expect(() => facts('x.a,1,count,S,S,2017,,weak,"yes" he said,')).toThrow(/row 2: field 9 has text after its closing quote/);
    expect(() => facts('x.a,1,count,S,S,2017,,weak,,"open', 'x.b,1,count,S,S,2017,,weak,,')).toThrow(/row 2: field 10 opens a quote that is never closed/);
  });

  it('keeps a quoted comma, quote and line break inside one field, and counts rows as a spreadsheet does', () => {
    const quoted = 'x.a,1,count,S,S,2017,,weak,,"a quarter, ""roughly""\nsaid"';
    expect(facts(quoted)[0].note_en).toBe('a quarter, "roughly"\nsaid');
    expect(() => facts(quoted, 'x.b,1,dozen,S,S,2017,,weak,,')).toThrow(/^data\/facts\.csv, row 3: kind:/);
  });

  it('reports a fact id taken by a survey row at its own row of data/facts.csv', () => {
    const own = parseFacts(facts('x.a,1,count,S,S,2017,,weak,,', 'trust.worried,5,percent,S,S,2017,,weak,,'));
    const survey = [{ id: 'worried', share: 72, survey: 'T', source_zh: 'P', source_en: 'P', source_date: '2016', source_url: '', evidence: 'weak', note_zh: '', note_en: '' }] as TrustRow[];
    expect(() => withLentFacts(own, { file: 'trust-survey.csv', prefix: TRUST_FACT_PREFIX, load: () => surveyFacts(survey) })).toThrow('data/facts.csv, row 3: the id "trust.worried" is taken by row 2 of data/trust-survey.csv');
  });
});
