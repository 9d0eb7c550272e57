import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import MapFigure from '../../src/scenes/map/Figure.astro';
import { PICTURE_COLOURS, worldFile, worldHref } from '../../src/scenes/map/world-file';

const state = { companies: ['wechat'], zoom: 'world', claim: false };

describe('the world file of the story’s maps', () => {
  it('holds the land and the borders, in the day and night colours the page gives them', () => {
    const { name, body, box } = worldFile();
    expect(name).toMatch(/^world\.[\w-]{8}\.svg$/);
    expect(body).toMatch(/<path id="world-land" d="[^"]{10000,}"/);
    expect(body).toMatch(/<path id="world-borders" d="[^"]{5000,}"/);
    expect(body).toContain(`viewBox="${box.join(' ')}"`);
    const css = readFileSync(new URL('../../src/scenes/map/Figure.astro', import.meta.url), 'utf8');
    const pair = (name: string) => /light-dark\((#\w+), (#\w+)\)/.exec(css.match(new RegExp(`--map-${name}: ([^;]+);`))![1])!.slice(1);
    expect([PICTURE_COLOURS.light.land, PICTURE_COLOURS.dark.land]).toEqual(pair('land'));
    expect([PICTURE_COLOURS.light.border, PICTURE_COLOURS.dark.border]).toEqual(pair('border'));
  });

  it('is named under the site’s base', () => {
    expect(worldHref('/')).toBe(`/_astro/${worldFile().name}`);
    expect(worldHref('/graphics/double-11/')).toBe(`/graphics/double-11/_astro/${worldFile().name}`);
  });

  it('replaces the inline land on the story page only: there each map shows it as a picture, and defines only the coloured countries', async () => {
    const container = await AstroContainer.create();
    const request = new Request('https://example.com/');
    const locals = { sharedFilesWhenNear: true };
    const first = await container.renderToString(MapFigure, { props: { lang: 'en', state }, request, locals });
    const second = await container.renderToString(MapFigure, { props: { lang: 'en', state }, request, locals });
    for (const html of [first, second]) {
      expect(html).not.toContain('id="world-land"');
      expect(html).toContain(`<img src="/_astro/${worldFile().name}" loading="lazy"`);
      expect(html).toMatch(/<use class="map__land" data-world="world-land"/);
    }
    expect(first).toMatch(/<path id="world-156" d="[^"]{20,}"/);
    // Elsewhere (an embed, a picture drawn at build) the land is inline, and nothing is fetched.
    const inline = await container.renderToString(MapFigure, { props: { lang: 'en', state } });
    expect(inline).toMatch(/<path id="world-land" d="[^"]{10000,}"/);
    expect(inline).not.toContain('<img');
  });
});
