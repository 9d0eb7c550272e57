import { describe, expect, it } from 'vitest';
import { factRow } from '../../src/datasets/facts';
import { readLedger } from '../../src/datasets/source-ledger';
import { parseTable } from '../../src/datasets/table';
import { trustRow } from '../../src/scenes/trust/survey';
import { parseExpansions } from '../../src/scenes/map/data';
import { atlasIds } from '../../src/scenes/map/geometry';

/*
 * "strong" has one meaning everywhere: a source other than the article that we found, can link to
 * and can date. The data files are read plainly here (not through their loaders), so that this
 * test fails on the files themselves even if a loader were to stop checking.
 */
describe('an evidence grade means one thing in every data file', () => {
  const ledger = readLedger();

  it('reads every row of every file that has sources', () => {
    expect(new Set(ledger.map((entry) => entry.file))).toEqual(new Set(['data/expansions.csv', 'data/facts.csv', 'data/trust-survey.csv']));
  });

  it('has no strong row without a source URL and a date', () => {
    const bad = ledger.filter((entry) => entry.evidence === 'strong' && (!/^https?:\/\//.test(entry.source_url) || !entry.source_date));
    expect(bad.map((entry) => `${entry.file}, row ${entry.row}`)).toEqual([]);
  });

  it('grades every row, names its source in both editions and dates it', () => {
    for (const entry of ledger) {
      expect(['strong', 'weak'], `${entry.file}, row ${entry.row}`).toContain(entry.evidence);
      expect(entry.cells.source_zh && entry.cells.source_en && entry.source_date, `${entry.file}, row ${entry.row}`).toBeTruthy();
    }
  });

  it('grades the article’s own figures weak: they have no source but the article', () => {
    const articleOnly = ledger.filter((entry) => /the article/.test(entry.cells.source_en));
    expect(articleOnly.map((entry) => entry.key)).toEqual(
      expect.arrayContaining(['aliexpress.saleStart', 'aliexpress.paidOrders', 'aliexpress.minutesTo10m', 'wechatpay.countries', 'wechatpay.currencies']),
    );
    expect(articleOnly.filter((entry) => entry.evidence !== 'weak').map((entry) => entry.key)).toEqual([]);
  });

  it('stops the build on a strong row without a URL, in each file, naming the row', () => {
    const message = /row 2: evidence: a row without a source_url cannot be "strong"/;
    const facts = 'id,value,kind,source_zh,source_en,source_date,source_url,evidence,note_zh,note_en\nx.y,1,count,原文,the article,2017-11,,strong,,';
    expect(() => parseTable('data/facts.csv', facts, factRow)).toThrow(message);
    const trust =
      'id,statement_zh,statement_en,share,survey,survey_date,sample,source_zh,source_en,source_date,source_url,evidence,note_zh,note_en,reported_zh,reported_en\n' +
      'w,担心,worry,72,Thales,2016-10-28,2000,P,P,2016,,strong,,,,';
    expect(() => parseTable('data/trust-survey.csv', trust, trustRow)).toThrow(message);
    const map =
      'id,name_zh,name_en,company,what_zh,what_en,date,place_zh,place_en,lon,lat,presence,source_zh,source_en,source_date,source_url,evidence\n' +
      '250,法国,France,wechat,上线,Live,2017-09-25,,,,,local,法新社,AFP,2017-11-08,,strong';
    expect(() => parseExpansions(map, atlasIds())).toThrow(message);
    // The same rows, weak, are fine.
    expect(() => parseTable('data/facts.csv', facts.replace(',strong,', ',weak,'), factRow)).not.toThrow();
  });
});
