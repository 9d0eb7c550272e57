import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadExpansions, parseExpansions } from '../../src/scenes/map/data';
import { atlasIds } from '../../src/scenes/map/geometry';
import { mapStepSchema } from '../../src/scenes/map/steps';
import { mapTable } from '../../src/scenes/map/table';

const header = 'id,name_zh,name_en,company,what_zh,what_en,date,place_zh,place_en,lon,lat,presence,source_zh,source_en,source_date,source_url,evidence';
const france = '250,法国,France,wechat,上线,Live,2017-09-25,,,,,local,AFP,AFP,2017,https://example.org/a,strong';
const known = atlasIds();
const parse = (...lines: string[]) => parseExpansions([header, ...lines].join('\n'), known);

describe('data/expansions.csv: one row per place and company, each with its source', () => {
  it('loads every row, each with a source, a date and a place the map can draw', () => {
    const rows = loadExpansions();
    expect(rows.length).toBeGreaterThanOrEqual(20);
    for (const row of rows) {
      expect(row.source_zh.length).toBeGreaterThan(0);
      expect(row.source_en.length).toBeGreaterThan(0);
      expect(known.has(row.id) || row.lon !== undefined).toBe(true);
    }
    const byKey = new Set(rows.map((row) => `${row.id}:${row.company}`));
    for (const key of ['250:wechat', '246:alipay', '410:alipay', '840:baidu', '764:jd', '036:wechat']) expect(byKey).toContain(key);
  });

  it('draws Hong Kong, Macao and Singapore as points, because 1:110m has no outline for them', () => {
    const rows = loadExpansions();
    for (const id of ['344', '446', '702']) {
      expect(known.has(id)).toBe(false);
      expect(rows.find((row) => row.id === id)?.lon).toBeTypeOf('number');
    }
  });

  it('holds no invented list of 13: the WeChat Pay places are the reported ones, some on weaker evidence', () => {
    const wechat = loadExpansions().filter((row) => row.company === 'wechat');
    expect(wechat.length).not.toBe(13);
    expect(wechat.some((row) => row.evidence === 'weak')).toBe(true);
  });

  it('cites only addresses recorded in docs/research/source-urls.md', () => {
    const recorded = readFileSync('docs/research/source-urls.md', 'utf8');
    const unrecorded = loadExpansions().filter((row) => row.source_url && !recorded.includes(row.source_url));
    expect(unrecorded.map((row) => `${row.id} × ${row.company}: ${row.source_url}`)).toEqual([]);
  });

  it('refuses an id world-atlas does not draw, unless the row places it by lon/lat, naming the row', () => {
    expect(() => parse(france, '999,某地,Nowhere,wechat,上线,Live,2017,,,,,local,AFP,AFP,2017,,weak')).toThrow(
      /data\/expansions\.csv, row 3: id 999 \(Nowhere\) is not a country world-atlas draws at 1:110m; give lon and lat/,
    );
    expect(parse('999,某地,Somewhere,wechat,上线,Live,2017,,,10,20,local,AFP,AFP,2017,,weak')[0].lon).toBe(10);
  });

  it('refuses a row without a source, naming the row', () => {
    expect(() => parse(france, '392,日本,Japan,wechat,上线,Live,2015-09-30,,,,,local,,,2017,,weak')).toThrow(
      /data\/expansions\.csv, row 3: source_zh: every row needs a source/,
    );
  });

  it('refuses a date that is not a real date, naming the row', () => {
    for (const date of ['Sep 2015', '2015-13', '2015-02-30', '15-09-30']) {
      expect(() => parse(`392,日本,Japan,wechat,上线,Live,${date},,,,,local,S,S,2017,,weak`)).toThrow(/data\/expansions\.csv, row 2: date: date must be a real date/);
    }
    expect(parse('392,日本,Japan,wechat,上线,Live,2015,,,,,local,S,S,2017,,weak')[0].date).toBe('2015');
  });

  it('puts back the leading zeros a spreadsheet drops, and refuses a place × company listed twice', () => {
    expect(parse('36,澳大利亚,Australia,wechat,合作,Partner,2015-11,,,,,local,S,S,2017,,weak')[0].id).toBe('036');
    expect(() => parse(france, france)).toThrow(/row 3: France \(250\) × wechat is listed twice/);
  });

  it('refuses half a position, and a named store without one', () => {
    expect(() => parse('250,法国,France,wechat,上线,Live,2017,,,2.3,,local,S,S,2017,,weak')).toThrow(/row 2: lon: lon and lat go together/);
    expect(() => parse('250,法国,France,wechat,上线,Live,2017,百货,Store,,,local,S,S,2017,,weak')).toThrow(/row 2: place_zh: a named place needs lon and lat/);
  });
});

describe('a map <Step> is checked against the data', () => {
  const schema = mapStepSchema();

  it('fills in the whole world and no claim when a step does not say', () => {
    expect(schema.parse({ companies: ['wechat'] })).toEqual({ companies: ['wechat'], zoom: 'world', claim: false });
  });

  it('names the valid companies, regions and places when a step gets them wrong', () => {
    const problems = (props: unknown) => {
      const result = schema.safeParse(props);
      return result.success ? '' : result.error.issues.map((issue) => issue.message).join('; ');
    };
    expect(problems({ companies: ['wepay'] })).toMatch(/one of: wechat, alipay, baidu, jd/);
    expect(problems({ companies: ['alipay'], zoom: 'africa' })).toMatch(/zoom must be one of: world, europe/);
    expect(problems({ companies: ['alipay'], places: ['250'] })).toMatch(/250 has no row for alipay in data\/expansions\.csv; their places are: 246 \(Finland\), 410 \(South Korea\)/);
    expect(problems({ companies: ['jd'], colour: 'red' })).toMatch(/colour/);
  });
});

describe('the map’s data for readers', () => {
  it('offers every row in each edition, with the date as that edition writes it', () => {
    const zh = mapTable('zh');
    const en = mapTable('en');
    expect(zh.rows.length).toBe(loadExpansions().length);
    expect(zh.rows.find((row) => row[1] === '250')).toContain('2017年9月25日');
    expect(en.rows.find((row) => row[1] === '250')).toContain('25 Sep 2017');
    expect(en.rows.find((row) => row[1] === '764' && row[2] === 'JD.com')?.[3]).toMatch(/Provident Capital/);
  });
});
