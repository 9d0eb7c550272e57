import { expect, test, type Page } from './fixtures';
import { parseColour, seenDifference, type Rgb } from '../support/colour-vision';

/*
 * The charts' colours, read from the page as the browser paints them, in the light and the dark
 * scheme, and compared as a deuteranope and a protanope see them (Machado 2009, severity 1.0):
 * every pair of categories the map's legend tells apart, and the trust chart's highlighted bar
 * against the others, must differ by ΔE2000 ≥ 10 (tests/support/colour-vision.ts says why 2000).
 * JavaScript is off: the figures are read at the state the build drew, which is stable.
 */
const MIN_DELTA_E = 10;
const VISIONS = ['normal', 'deuteranopia', 'protanopia'] as const;

test.use({ javaScriptEnabled: false });

async function fills(page: Page, selectors: Record<string, string>): Promise<Record<string, Rgb>> {
  const css = await page.evaluate(
    (selectors) => Object.fromEntries(Object.entries(selectors).map(([name, selector]) => [name, getComputedStyle(document.querySelector(selector)!).fill])),
    selectors,
  );
  return Object.fromEntries(Object.entries(css).map(([name, value]) => [name, parseColour(value)]));
}

function tooClose(colours: Record<string, Rgb>): string[] {
  const names = Object.keys(colours);
  return names.flatMap((a, i) =>
    names.slice(i + 1).flatMap((b) =>
      VISIONS.map((vision) => ({ vision, d: seenDifference(colours[a], colours[b], vision) }))
        .filter(({ d }) => d < MIN_DELTA_E)
        .map(({ vision, d }) => `${a}/${b} under ${vision}: ΔE2000 ${d.toFixed(1)}`),
    ),
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the map’s legend categories differ by ΔE2000 ≥ 10 for deuteranopes and protanopes', async ({ page }) => {
      await page.goto('/');
      const map = '[data-scene="map"]';
      const colours = await fills(page, {
        wechat: `${map} .map__key[data-key="wechat"] path`,
        alipay: `${map} .map__key[data-key="alipay"] path`,
        baidu: `${map} .map__key[data-key="baidu"] path`,
        jd: `${map} .map__key[data-key="jd"] path`,
        'China (origin)': `${map} .map__swatch-origin`,
        'land without a company': `${map} .map__land`,
      });
      expect(tooClose(colours)).toEqual([]);
    });

    test('weak evidence is hatched and several companies are checked: shapes that cannot be mistaken', async ({ page }) => {
      await page.goto('/');
      const patterns = await page.locator('[data-scene="map"] svg.map__svg').first().locator('pattern.map__pattern').evaluateAll((nodes) =>
        nodes.map((pattern) => ({
          id: pattern.id,
          mix: pattern.hasAttribute('data-mix'),
          rows: new Set([...pattern.querySelectorAll('rect')].map((rect) => rect.getAttribute('y') ?? '0')).size,
          columns: new Set([...pattern.querySelectorAll('rect')].map((rect) => rect.getAttribute('x') ?? '0')).size,
          rotated: /rotate/.test(pattern.getAttribute('patternTransform') ?? ''),
          paper: [...pattern.querySelectorAll('rect')].some((rect) => /--paper/.test(rect.getAttribute('fill') ?? '')),
        })),
      );
      const weak = patterns.filter((p) => /-weak-/.test(p.id));
      const mixes = patterns.filter((p) => p.mix);
      expect(weak.length).toBe(4);
      expect(mixes.length).toBeGreaterThan(0);
      // Hatching: diagonal stripes of a colour and the paper. A mix: a grid of squares, no paper, not rotated.
      for (const p of weak) expect(p).toMatchObject({ rows: 1, rotated: true, paper: true });
      for (const p of mixes) expect(p).toMatchObject({ rotated: false, paper: false }), expect(p.rows * p.columns).toBeGreaterThan(2);
      // The legend keys every mix a place has, each by its companies.
      const keys = await page.locator('[data-scene="map"]').first().locator('.map__key[data-key^="mix-"]').allTextContents();
      expect(keys.map((key) => key.trim())).toEqual(['微信支付＋支付宝／蚂蚁金服', '微信支付＋京东']);
    });

    test('the trust chart’s highlight differs from the other bars by ΔE2000 ≥ 10, and by an outline and a marker', async ({ page }) => {
      await page.goto('/');
      const trust = '[data-scene="trust"]';
      const colours = await fills(page, {
        highlighted: `${trust} .trust__row.is-highlighted .trust__bar`,
        other: `${trust} .trust__row:not(.is-highlighted) .trust__bar`,
      });
      expect(tooClose(colours)).toEqual([]);
      const cues = await page.locator(`${trust} .trust__row`).evaluateAll((rows) =>
        rows.map((row) => {
          const bar = getComputedStyle(row.querySelector('.trust__bar rect')!);
          return {
            highlighted: row.classList.contains('is-highlighted'),
            outline: bar.stroke !== 'none' && parseFloat(bar.strokeWidth) >= 1.5,
            marker: getComputedStyle(row.querySelector('.trust__statement')!, '::before').content,
          };
        }),
      );
      expect(cues.filter((cue) => cue.highlighted)).toHaveLength(1);
      for (const cue of cues) {
        expect(cue.outline).toBe(cue.highlighted);
        expect(cue.marker !== 'none' && cue.marker !== 'normal').toBe(cue.highlighted);
      }
    });
  });
}
