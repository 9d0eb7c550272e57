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
