import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { BUILT, expect, mapFigure, sceneEnded, scenesReady, scrollToStep, settled, test, type Page } from './fixtures';

/*
 * The maps' land and borders are one file of their own (src/scenes/map/world-file.ts): a reader
 * who stops in the first chapter never downloads it; a reader who reaches a map sees the land, with
 * JS, without it, in the dark and on paper.
 */

const LAND = { light: [222, 218, 210], dark: [59, 57, 52] } as const;
const isWorldFile = (url: string) => /\/_astro\/world\.[\w-]+\.svg$/.test(new URL(url).pathname);

/** The share of a map's drawing painted in the land's colour, as the reader sees it. */
async function landShare(page: Page, block: number, colour: readonly number[]): Promise<number> {
  const svg = mapFigure(page, block).locator('svg.map__svg');
  await svg.scrollIntoViewIfNeeded();
  const { data, info } = await sharp(await svg.screenshot()).raw().toBuffer({ resolveWithObject: true });
  let land = 0;
  for (let i = 0; i < data.length; i += info.channels) if (colour.every((value, c) => Math.abs(data[i + c] - value) <= 3)) land++;
  return land / (info.width * info.height);
}

/** How many coordinates a PDF's paths hold in each fill colour (#rrggbb): how much of each it draws. */
async function pdfFills(pdf: Buffer): Promise<Map<string, number>> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const doc = await task.promise;
  const fills = new Map<string, number>();
  const numbers = (value: unknown): number =>
    typeof value === 'number' ? 1 : ArrayBuffer.isView(value) ? (value as Float32Array).length : Array.isArray(value) ? value.reduce((sum: number, item) => sum + numbers(item), 0) : 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const { fnArray, argsArray } = await (await doc.getPage(n)).getOperatorList();
    let fill = '';
    fnArray.forEach((fn, i) => {
      if (fn === OPS.setFillRGBColor) fill = String(argsArray[i][0]);
      if (fn === OPS.constructPath) fills.set(fill, (fills.get(fill) ?? 0) + numbers(argsArray[i]));
    });
  }
  await task.destroy();
  return fills;
}

const hex = (rgb: readonly number[]) => `#${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`;

for (const path of BUILT.stories) {
  test.describe(`the world of ${path}`, () => {
    test('is not downloaded at the first chapter’s start, and is drawn into the map a reader scrolls to', async ({ openPage }) => {
      const page = await openPage({ viewport: { width: 1280, height: 800 } });
      const fetched: string[] = [];
      page.on('request', (request) => isWorldFile(request.url()) && fetched.push(request.url()));
      await page.goto(path);
      await scenesReady(page);
      // The first chapter's first step: the first map lies more than a screen below (a map's client, which fetches it, loads within one).
      const scene = (await page.locator('[data-scrolly] [data-scene]').first().getAttribute('data-scene'))!;
      expect(scene).not.toBe('map');
      await scrollToStep(page, scene, 0);
      await settled(page);
      expect(await mapFigure(page, 0).evaluate((figure) => figure.getBoundingClientRect().top - innerHeight)).toBeGreaterThan(800);
      expect(fetched).toEqual([]);

      await scrollToStep(page, 'map', 0);
      await sceneEnded(page, 'map');
      // The client drew the land into the map from the file: read back from the drawing, then seen on screen.
      const drawn = await mapFigure(page, 0).evaluate((figure) => {
        const land = figure.querySelector<SVGUseElement>('use.map__land')!;
        const target = document.getElementById(land.getAttribute('href')?.slice(1) ?? '');
        return { land: target?.getAttribute('d')?.length ?? 0, width: land.getBBox().width, picture: getComputedStyle(figure.querySelector('.map__picture')!).display };
      });
      expect(drawn.land).toBeGreaterThan(10_000);
      expect(drawn.width).toBeGreaterThan(0);
      expect(drawn.picture).toBe('none');
      expect(await landShare(page, 0, LAND.light)).toBeGreaterThan(0.1);
      expect(new Set(fetched).size).toBe(1);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`is seen without JavaScript in the ${scheme} scheme, in every map`, async ({ openPage }) => {
        const page = await openPage({ javaScriptEnabled: false, colorScheme: scheme });
        await page.goto(path);
        for (const block of [0, 1]) {
          const picture = mapFigure(page, block).locator('.map__picture img');
          await picture.scrollIntoViewIfNeeded();
          await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
          expect(await landShare(page, block, LAND[scheme]), `map ${block}`).toBeGreaterThan(0.1);
        }
      });
    }

    test('is on paper in the day colours, printed from the first chapter before any map came near', async ({ openPage }) => {
      test.setTimeout(120_000);
      const page = await openPage({ colorScheme: 'dark' });
      await page.goto(path);
      await scenesReady(page);
      const fills = await pdfFills(await page.pdf({ format: 'A4' }));
      // The uncoloured countries a map draws itself hold a few hundred coordinates in the land's colour; the world's land, thousands.
      expect(fills.get(hex(LAND.light)) ?? 0).toBeGreaterThan(5_000);
      expect(fills.has(hex(LAND.dark))).toBe(false);
    });
  });
}
