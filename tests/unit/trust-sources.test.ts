import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { sourceAnchor } from '../../src/datasets/source-ledger';
import { DATA_DIR } from '../../src/datasets/table';
import { storyFacts, storyLedger } from '../../src/story/facts';
import { sourcesSections } from '../../src/story/sources-sections';

/** Every source URL in data/, read the plainest way: the list the chapter must cover. */
const dataUrls = () =>
  readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.csv'))
    .flatMap((name) => csvParse(readFileSync(join(DATA_DIR, name), 'utf8').replace(/^\uFEFF/, '')).map((row) => row.source_url?.trim() ?? ''))
    .filter(Boolean);

describe('“Sources and method” is generated from data/', () => {
  it('lists every source URL of every data file, each row once', () => {
    const sections = sourcesSections('zh');
    const entries = sections.flatMap((section) => section.entries);
    expect(entries.map((entry) => entry.source_url).filter(Boolean).sort()).toEqual(dataUrls().sort());
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(entries.length);
    expect(new Set(entries.map((entry) => sourceAnchor(entry.key))).size).toBe(entries.length);
    expect(sourceAnchor('trust.worried')).toBe('source-trust-worried');
  });

  it('puts each scene’s rows under the scene, and the other facts after them', () => {
    const sections = sourcesSections('zh');
    const keys = (slug: string) => sections.find((section) => section.slug === slug)?.entries.map((entry) => entry.key);
    expect(keys('timer')).toEqual(['aliexpress.saleStart', 'aliexpress.minutesTo10m', 'aliexpress.paidOrders']);
    expect(keys('trust')).toEqual(['trust.worried', 'trust.completelySecure', 'trust.notAtAllSecure']);
    expect(keys('facts')).toContain('jd.thaiInvestmentUsd');
    expect(sourcesSections('en').find((section) => section.slug === 'trust')?.title).toBe('The two UK surveys');
    // In reading order when the story's order is known.
    expect(sourcesSections('zh', storyLedger(), ['trust', 'timer']).map((section) => section.slug).slice(0, 2)).toEqual(['trust', 'timer']);
  });

  it('has an entry for every fact prose can cite, so each <Fact> links somewhere', () => {
    const keys = new Set(storyLedger().map((entry) => entry.key));
    expect([...storyFacts().keys()].filter((id) => !keys.has(id))).toEqual([]);
  });

  it('picks up a new data file without being told about it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    writeFileSync(join(dir, 'facts.csv'), 'id,value,source,source_url,evidence\nx.y,1,S,https://example.org/a,strong\n');
    writeFileSync(join(dir, 'ports.csv'), 'id,name_zh,source,source_url,evidence\nhk,香港,T,https://example.org/b,weak\nhk,香港,U,,weak\n');
    writeFileSync(join(dir, 'shapes.csv'), 'id,path\nhk,M0 0\n');
    const sections = sourcesSections('zh', storyLedger(dir));
    expect(sections.map((s) => [s.title, s.entries.map((e) => e.key)])).toEqual([
      ['正文中的其他数字', ['x.y']],
      // One place twice (two companies): the row number keeps their anchors apart.
      ['其他数据（data/ports.csv）', ['ports.hk.row2', 'ports.hk.row3']],
    ]);
  });
});
