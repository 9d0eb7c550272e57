import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import sharp from 'sharp';
import { builtPages } from '../../bench/pages.mjs';
import { parseRules } from '../../src/pictures/cascade';
import type { Lang } from '../../src/i18n/lang';
import { textWidth } from '../../src/pictures/fonts';
import { CARD, CARD_FOOT, CARD_TITLE, STORY_TITLE, type TitleLayout } from '../../src/pictures/layouts';
import { rasterize, shownText } from '../../src/pictures/rasterize';
import { wrap } from '../../src/pictures/text';

/*
 * Every chart as a picture (src/pictures/): the share cards link previews show, and the PNG and SVG
 * a reader downloads. The PNGs are decoded and their pixels read: what a person would see in them.
 */
const { stories, embeds } = builtPages(process.env.STORY_OUT ?? 'dist');
// Each test decodes or draws whole images, page after page.
test.describe.configure({ timeout: 180_000 });

type Rgb = [number, number, number];
interface Bitmap {
  width: number;
  height: number;
  at(x: number, y: number): Rgb;
}

async function decode(png: Buffer): Promise<Bitmap> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, at: (x, y) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)] as Rgb };
}

const hex = (colour: string): Rgb => {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!match) throw new Error(`not a #rrggbb colour: ${colour}`);
  return [1, 2, 3].map((i) => parseInt(match[i], 16)) as Rgb;
};
const near = (a: Rgb, b: Rgb, tolerance = 24) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) <= tolerance;

/** A custom property's light-theme value, read from the stylesheets the scene's components carry. */
function sceneColour(scene: string, name: string): Rgb {
  const files = [join('src/styles/global.css'), ...readdirSync(join('src/scenes', scene), { recursive: true }).map(String).filter((f) => f.endsWith('.astro')).map((f) => join('src/scenes', scene, f))];
  let found: string | undefined;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const css = file.endsWith('.css') ? text : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    for (const rule of parseRules(css)) for (const d of rule.declarations) if (d.property === name) found ??= /#[0-9a-f]{6}/i.exec(d.value)?.[0]; // light-dark(light, dark): the first
  }
  if (!found) throw new Error(`no ${name} in the styles of scene ${scene}`);
  return hex(found);
}

/*
 * The map's projection, as src/scenes/map/geometry.ts makes it (that module imports its atlas as
 * JSON, which this test runner cannot): Natural Earth fitted to the countries, Antarctica left out.
 */
function mapProjection() {
  const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
  const world = feature(atlas, atlas.objects.countries) as unknown as { type: 'FeatureCollection'; features: { id?: string }[] };
  const shapes = { ...world, features: world.features.filter((country) => String(country.id) !== '010') } as never;
  const projection = geoNaturalEarth1().fitWidth(300, shapes);
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(shapes);
  return { projection, box: [x0, y0, x1 - x0, y1 - y0] };
}

/** The edition a page belongs to, from its <html lang> (zh-CN, en). */
const edition = async (page: Page) => (await page.locator('html').getAttribute('lang'))!.slice(0, 2) as Lang;

async function get(request: APIRequestContext, url: string) {
  const response = await request.get(new URL(url).pathname);
  expect(response.status(), url).toBe(200);
  return { type: response.headers()['content-type'], body: await response.body() };
}

async function shareImage(page: Page, request: APIRequestContext) {
  const content = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  expect(await page.locator('meta[name="twitter:image"]').getAttribute('content')).toBe(content);
  const { type, body } = await get(request, content);
  expect(type).toBe('image/png');
  return { url: content, png: body, bitmap: await decode(body) };
}

/** The left and right ends of the dark ink in a band of rows and columns: where a line of text starts and ends. */
function inkExtent(bitmap: Bitmap, top: number, bottom: number, from: number, to: number): [number, number] {
  let [left, right] = [Infinity, -Infinity];
  for (let y = Math.max(0, Math.floor(top)); y < Math.min(bitmap.height, bottom); y++) {
    for (let x = Math.max(0, Math.floor(from)); x < Math.min(bitmap.width, to); x++) {
      if (bitmap.at(x, y).every((c) => c < 90)) [left, right] = [Math.min(left, x), Math.max(right, x)];
    }
  }
  return [left, right];
}

/** The first line of a title is drawn where the layout puts it, as wide as the typeface sets it. */
function expectFirstLine(bitmap: Bitmap, text: string, layout: TitleLayout, lang: Lang) {
  const line = wrap(text, layout.width, { ...layout, lang }, layout.lines)[0];
  const [left, right] = inkExtent(bitmap, layout.y + layout.size * 0.1, layout.y + layout.size * 1.25, 0, layout.x + layout.width);
  expect(left, `"${line}" starts at the margin`).toBeGreaterThanOrEqual(layout.x - 2);
  expect(left).toBeLessThanOrEqual(layout.x + layout.size * 0.15);
  // As wide as the line set in the pictures' face: more than all its glyphs but the last, no more than all.
  expect(right - left, `ink as wide as "${line}"`).toBeGreaterThan(textWidth([...line].slice(0, -1).join(''), layout.size, layout.weight, lang));
  expect(right - left, `ink as wide as "${line}"`).toBeLessThanOrEqual(textWidth(line, layout.size, layout.weight, lang));
}

test.describe('share cards', () => {
  test('each embed page previews as a card of its own chart, with the chart’s title on it', async ({ page, request }) => {
    const seen = new Map<string, string>();
    for (const path of embeds) {
      await page.goto(path);
      const { url, png, bitmap } = await shareImage(page, request);
      expect([bitmap.width, bitmap.height]).toEqual([CARD.width, CARD.height]);
      expect(png.length, `${url} stays under 150 KB`).toBeLessThanOrEqual(150 * 1024);
      expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toBe((await page.locator('.chart__desc').textContent())!.trim());
      // A CMS that embeds the chart by its oEmbed answer shows the same card.
      const oembed = await (await request.get(new URL((await page.locator('link[type="application/json+oembed"]').getAttribute('href'))!).pathname)).json();
      expect([oembed.thumbnail_url, oembed.thumbnail_width, oembed.thumbnail_height]).toEqual([url, CARD.width, CARD.height]);
      expectFirstLine(bitmap, (await page.locator('.chart__title').textContent())!.trim(), CARD_TITLE, await edition(page));
      // One card per drawing: an older address showing the same block's end (/embed/map/) shares it, no other page does.
      const steps = JSON.parse((await page.locator('main[data-steps]').getAttribute('data-steps'))!) as unknown[];
      const block = `${await page.locator('html').getAttribute('lang')} ${JSON.stringify(steps.at(-1))}`;
      const digest = png.toString('base64');
      expect(seen.get(digest) ?? block, `${path} previews like another block`).toBe(block);
      seen.set(digest, block);
    }
  });

  test('the story’s card shows its headline in the page’s language', async ({ page, request }) => {
    const cards = new Set<string>();
    for (const path of stories) {
      await page.goto(path);
      const { png, bitmap } = await shareImage(page, request);
      expect([bitmap.width, bitmap.height]).toEqual([CARD.width, CARD.height]);
      expect(png.length).toBeLessThanOrEqual(150 * 1024);
      expectFirstLine(bitmap, (await page.locator('h1').textContent())!.trim(), STORY_TITLE, await edition(page));
      cards.add(png.toString('base64'));
    }
    expect(cards.size).toBe(stories.length);
  });

  test('the map card of the chapter that opens on Paris has WeChat green over France and none over Finland', async ({ page, request }) => {
    const wechat = sceneColour('map', '--map-wechat');
    const sea = sceneColour('map', '--map-sea');
    const { projection, box: [vx, vy, vw, vh] } = mapProjection();
    for (const path of embeds.filter((p) => p.includes('/embed/map/'))) {
      await page.goto(path);
      // The story's first map block: the embed shows it at its own address, or as its first step range.
      const card = (await page.locator('meta[property="og:image"]').getAttribute('content'))!.replace(/map-[a-z0-9-]+-(zh|en)-card\.png$/, 'map-wechat-pay-$1-card.png');
      const bitmap = await decode((await get(request, card)).body);
      // The map's sea is the rectangle of its view box: it says where the projection's units fall.
      let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let y = 0; y < bitmap.height; y++)
        for (let x = 0; x < bitmap.width; x++)
          if (near(bitmap.at(x, y), sea, 2)) [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      const pixel = (lon: number, lat: number) => {
        const [px, py] = projection([lon, lat])!;
        return [left + ((px - vx) / vw) * (right - left), top + ((py - vy) / vh) * (bottom - top)];
      };
      const greenAround = ([cx, cy]: number[], radius: number) => {
        let count = 0;
        for (let y = Math.round(cy - radius); y <= cy + radius; y++) for (let x = Math.round(cx - radius); x <= cx + radius; x++) if (near(bitmap.at(x, y), wechat, 40)) count++;
        return count;
      };
      // South-west France, clear of the symbol the map sets on Paris.
      expect(greenAround(pixel(0.8, 44.6), 4), `${card}: France`).toBeGreaterThan(20);
      expect(greenAround(pixel(26, 63.5), 5), `${card}: Finland`).toBe(0);
    }
  });

  test('the trust card’s longest bar is as many times its shortest as the data says', async ({ page, request }) => {
    const shares = csvParse(readFileSync('data/trust-survey.csv', 'utf8')).map((row) => Number(row.share));
    const colours = [sceneColour('trust', '--trust-bar'), sceneColour('trust', '--accent')];
    for (const path of embeds.filter((p) => p.includes('/embed/trust/'))) {
      await page.goto(path);
      const { bitmap } = await shareImage(page, request);
      // Each bar is a run of rows whose longest stretch of bar colour is the bar's length.
      const bars: number[][] = [];
      let previous = false;
      for (let y = 0; y < bitmap.height - CARD_FOOT; y++) {
        let [longest, run] = [0, 0];
        for (let x = 0; x < bitmap.width; x++) {
          run = colours.some((colour) => near(bitmap.at(x, y), colour, 12)) ? run + 1 : 0;
          longest = Math.max(longest, run);
        }
        const inBar = longest > 20; // wider than any stroke of the value labels' digits
        if (inBar && !previous) bars.push([]);
        if (inBar) bars.at(-1)!.push(longest);
        previous = inBar;
      }
      const lengths = bars.filter((rows) => rows.length > 6).map((rows) => rows.sort((a, b) => a - b)[rows.length >> 1]);
      expect(lengths.length, path).toBe(shares.length);
      expect(Math.max(...lengths) / Math.min(...lengths)).toBeCloseTo(Math.max(...shares) / Math.min(...shares), 0);
      expect(Math.abs(Math.max(...lengths) / Math.min(...lengths) - Math.max(...shares) / Math.min(...shares))).toBeLessThan(0.25);
    }
  });
});

test.describe('download links', () => {
  for (const path of [...stories, ...embeds]) {
    test(`${path}: each chart offers its picture as PNG and SVG, named after chart and edition`, async ({ page, request }) => {
      await page.goto(path);
      const lang = (await page.locator('html').getAttribute('lang'))!.slice(0, 2);
      const figures = await page.locator('figure[data-scene]').all();
      expect(figures.length).toBeGreaterThan(0);
      const names = new Set<string>();
      for (const figure of figures) {
        const scene = (await figure.getAttribute('data-scene'))!;
        const links = figure.locator('[data-get-the-picture] a');
        await expect(links).toHaveCount(2);
        const [png, svg] = await Promise.all([0, 1].map(async (i) => ({ href: (await links.nth(i).getAttribute('href'))!, name: (await links.nth(i).getAttribute('download'))! })));
        expect(png.name).toMatch(new RegExp(`^double-11-${scene}-[a-z0-9-]+-${lang}\\.png$`));
        expect(svg.name).toBe(png.name.replace(/\.png$/, '.svg'));
        expect(png.href.endsWith(`/${png.name}`) && svg.href.endsWith(`/${svg.name}`)).toBe(true);
        names.add(png.name);
        const image = await get(request, new URL(png.href, page.url()).href);
        expect(image.type).toBe('image/png');
        const drawing = await get(request, new URL(svg.href, page.url()).href);
        expect(drawing.type).toMatch(/^image\/svg\+xml/);
        // The PNG is the SVG at twice its size.
        const size = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(drawing.body.toString())!.slice(1).map(Number);
        const { width, height } = await sharp(image.body).metadata();
        expect([width, height]).toEqual(size.map((n) => Math.round(n * 2)));
      }
      expect(names.size, 'each block has its own picture').toBe(figures.length);
    });
  }

  test('a downloaded SVG opens on its own in Chromium with its words as text', async ({ page }) => {
    for (const path of stories) {
      await page.goto(path);
      const charts = await page.locator('figure[data-scene]').evaluateAll((figures) =>
        figures.map((figure) => ({ title: figure.querySelector('.chart__title')!.textContent!.trim(), svg: figure.querySelector<HTMLAnchorElement>('[data-get-the-picture] a[href$=".svg"]')!.href })),
      );
      for (const chart of charts) {
        // The story left first: a scene it was still loading would otherwise be counted as the picture's.
        await page.goto('about:blank');
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        await page.goto(chart.svg);
        const drawn = await page.evaluate(() => ({
          root: document.documentElement.localName,
          texts: [...document.querySelectorAll('text')].map((text) => ({ words: text.textContent, width: text.getComputedTextLength() })),
          // The outlines a page defines once (MapSvg.astro) are in the picture too: every reference drawn, none to another file.
          uses: [...document.querySelectorAll('use[href]')].map((use) => ({
            href: use.getAttribute('href')!,
            drawn: document.getElementById(use.getAttribute('href')!.slice(1)) !== null && (use as SVGUseElement).getBBox().width > 0,
          })),
          // A place's words, which the page defines once outside the drawing, are written into the picture.
          labels: [...document.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label')!),
          unresolved: [...document.querySelectorAll('[aria-labelledby]')].flatMap((element) => element.getAttribute('aria-labelledby')!.split(/\s+/).filter((id) => !document.getElementById(id))),
        }));
        page.removeAllListeners('request');
        expect(drawn.root).toBe('svg');
        expect(requests, 'nothing but itself is loaded').toEqual([chart.svg]);
        const squeeze = (text: string) => text.replace(/\s+/g, '');
        expect(squeeze(drawn.texts.map((text) => text.words).join('')), chart.svg).toContain(squeeze(chart.title));
        expect(drawn.texts.every((text) => text.width > 0)).toBe(true);
        expect(drawn.uses.filter((use) => !use.drawn || !use.href.startsWith('#')), chart.svg).toEqual([]);
        expect(drawn.unresolved, chart.svg).toEqual([]);
        if (chart.svg.includes('map')) {
          expect(drawn.uses.map((use) => use.href), chart.svg).toEqual(expect.arrayContaining(['#world-land', '#world-borders', '#world-156']));
          expect(drawn.labels.filter((label) => label.length > 30).length, chart.svg).toBeGreaterThan(10);
        }
      }
    }
  });
});

test('a second process draws the same PNG bytes from the same SVG: the fonts are the project’s, not the machine’s', async ({ page, request }) => {
  await page.goto(stories[0]);
  const links = await page.locator('[data-get-the-picture]').evaluateAll((spans) =>
    spans.map((span) => [...span.querySelectorAll('a')].map((a) => a.href)),
  );
  for (const [png, svg] of links) {
    const source = (await get(request, svg)).body.toString();
    const redrawn = await rasterize(source, shownText(source), 2);
    expect(Buffer.compare(redrawn, (await get(request, png)).body), png).toBe(0);
  }
});
