import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import MapFigure from '../../src/scenes/map/Figure.astro';
import { loadExpansions } from '../../src/scenes/map/data';

describe('the map figure as the build renders it', () => {
  it('carries the words of every row, so that any step may show any company (not only the last step’s)', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(MapFigure, { props: { lang: 'en', state: { companies: ['wechat'], zoom: 'world', claim: false } } });
    const rows = loadExpansions();
    const tableRows = [...html.matchAll(/<tr data-id="(\d+)" data-company="(\w+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(tableRows).toEqual(rows.map((row) => `${row.id} ${row.company}`));
    expect(rows.some((row) => row.company !== 'wechat')).toBe(true);
  });
});

describe('two maps on one page', () => {
  it('define the world, its data and its table once: the first map holds them, the second refers to them', async () => {
    const container = await AstroContainer.create();
    const request = new Request('https://example.com/');
    const state = { companies: ['wechat'], zoom: 'world', claim: false };
    const [first, second] = [await container.renderToString(MapFigure, { props: { lang: 'zh', state }, request }), await container.renderToString(MapFigure, { props: { lang: 'zh', state }, request })];
    const defined = (html: string) => [...html.matchAll(/<path id="(world-[\w-]+)" d="[^"]{20,}"/g)].map((m) => m[1]);
    const used = (html: string) => [...html.matchAll(/<use [^>]*href="#(world-[\w-]+)"/g)].map((m) => m[1]);
    expect(defined(first)).toEqual(expect.arrayContaining(['world-land', 'world-borders', 'world-156']));
    expect(defined(second)).toEqual([]);
    expect(new Set(used(second))).toEqual(new Set(defined(first)));
    expect(used(first)).toEqual(used(second));
    // Each keeps its own fills: the second's patterns carry its own prefix.
    expect(second).toContain('id="map-2-weak-wechat"');
    // The rows are the same: the second's client data and table are the first's, named, not copied.
    expect(second).toContain('data-config="{&quot;prefix&quot;:&quot;map-2&quot;}" data-config-from="chart-map"');
    expect(second).not.toContain('<table');
    expect(second).toContain('href="#map-table"');
    expect(first).toContain('<table class="map__table" id="map-table"');
  });

  it('say each place’s words once: the second labels its places by the first’s words, and borrows its notes', async () => {
    const container = await AstroContainer.create();
    const request = new Request('https://example.com/');
    // The second is drawn at a step that names Finland: its note is written, the others are the first map's.
    const [first, second] = [
      await container.renderToString(MapFigure, { props: { lang: 'en', state: { companies: ['wechat'], zoom: 'world', claim: false } }, request }),
      await container.renderToString(MapFigure, { props: { lang: 'en', state: { companies: ['alipay'], places: ['246'], zoom: 'northern-europe', claim: false } }, request }),
    ];
    const ids = (html: string) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    // A place's label (the figure's title labels the figure).
    const labelledBy = (html: string) => [...html.matchAll(/role="img" aria-labelledby="([^"]+)"/g)].flatMap((m) => m[1].split(' '));
    const words = (html: string) => [...html.matchAll(/<span id="map-row-[^"]+">/g)].length;
    expect(words(first)).toBe(2 * loadExpansions().length);
    expect(words(second)).toBe(0);
    expect(labelledBy(second)).toEqual(['map-row-246-alipay-name']);
    // Every place's words are in the page once, in the first map: none of its ids is missing, or written twice.
    const page = first + second;
    for (const id of labelledBy(page)) expect(ids(first).has(id), id).toBe(true);
    expect([...page.matchAll(/ id="([^"]+)"/g)].length).toBe(ids(page).size);
    expect(first).toContain('France, WeChat Pay: Galeries Lafayette accepts');
    expect(second).not.toContain('France, WeChat Pay: Galeries');
    // Nor its notes: only Finland's, which its state shows, is written; the client borrows the rest.
    expect(second).not.toContain('Galeries Lafayette accepts');
    expect([...first.matchAll(/data-note="/g)].length).toBe(loadExpansions().length);
    expect([...second.matchAll(/data-note="([^"]+)"/g)].map((m) => m[1])).toEqual(['246 alipay']);
    expect(first).toMatch(/<div [^>]*id="map-notes"/);
    expect(second).toMatch(/<div [^>]*data-notes="map-notes"/);
  });
});

describe('a map alone on its page (an embed, a picture)', () => {
  it('has every word its places are labelled by, and every note', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(MapFigure, { props: { lang: 'zh', state: { companies: ['wechat', 'alipay', 'baidu', 'jd'], zoom: 'world', claim: true } } });
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const labelledBy = [...html.matchAll(/aria-labelledby="([^"]+)"/g)].flatMap((m) => m[1].split(' '));
    expect(labelledBy.length).toBeGreaterThan(15);
    expect(labelledBy.filter((id) => !ids.has(id))).toEqual([]);
    expect([...html.matchAll(/data-note="/g)].length).toBe(loadExpansions().length);
  });
});

describe('the words under a map keep the room of every step’s', () => {
  it('holds an unseen copy of each state’s notes and claim, once each, which no script binds and no screen reader reads', async () => {
    const container = await AstroContainer.create();
    const france = { companies: ['wechat'], places: ['250'], zoom: 'europe', claim: false };
    const claim = { companies: ['wechat'], zoom: 'world', claim: true };
    const html = await container.renderToString(MapFigure, { props: { lang: 'en', state: claim, states: [france, claim, { ...france, zoom: 'world' }] } });
    const unseen = [...html.matchAll(/<div class="map__state map__state--unseen" aria-hidden="true">(.*?)<\/div><\/div>(?=<div class="map__state|<\/div>)/g)].map((m) => m[1]);
    expect(unseen).toHaveLength(2);
    expect(unseen[0]).toContain('Galeries Lafayette accepts');
    expect(unseen[0]).not.toContain('class="map__claim"');
    expect(unseen[1]).toContain('class="map__claim"');
    for (const copy of unseen) expect(copy).not.toMatch(/ (id|data-v|data-note|data-notes|data-claim)=/);
  });
});
