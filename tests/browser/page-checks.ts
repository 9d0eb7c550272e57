import { expect, scenesReady, settled, type Locator, type Page } from './fixtures';

/*
 * What every page is checked for as it loads and once its scenes have loaded: nothing jumps, and
 * every text keeps to the type scale (every-page.spec.ts, accessibility.spec.ts), with the
 * measures other specs read (the scale's sizes, each text's drawn size).
 */

/** Collects the page's layout shifts from its first paint, each with what moved. */
export async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
        const nodes = entry.sources.map((source) => (source.node as Element | undefined)?.className || source.node?.nodeName);
        shifts.push(`${entry.value.toFixed(4)} ${nodes.join(' ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Waits until the page has loaded and its charts taken their first state; then checks nothing jumped meanwhile (`recordShifts` first). */
export async function expectLoadedWithoutJumps(page: Page) {
  await page.waitForLoadState('networkidle');
  await scenesReady(page);
  await settled(page);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
  // Lighthouse's budget for the whole load (CLS ≤ 0.01); each shift is listed with what moved.
  expect(shifts.reduce((sum, shift) => sum + Number.parseFloat(shift), 0), shifts.join('\n')).toBeLessThanOrEqual(0.01);
}

/** Every rendered text, chart labels included, is in the type scale's sizes and two weights. */
export async function expectTextInTypeScale(page: Page) {
  // A block's scene loads as the reader comes near it, and sizes its labels then: each is read as that reader sees it.
  for (const block of await page.locator('[data-scrolly]').all()) {
    await block.scrollIntoViewIfNeeded();
    await settled(page);
  }
  // Mid-zoom a map is magnified: its labels are read at rest.
  await page.waitForFunction(() => [...document.querySelectorAll('.map__svg')].every((svg) => svg.getAnimations().length === 0));
  // The scale's five steps, and the two display sizes that follow the window: the headline and the order counter.
  const steps = await typeScale(page);
  const display = await page.evaluate(() => [...document.querySelectorAll('h1, .timer__figure')].map((element) => Number.parseFloat(getComputedStyle(element).fontSize)));
  const allowed = [...steps, ...display];
  expect(steps.every((size) => size >= 12)).toBe(true);
  const texts = await textSizes(page);
  expect(texts.length).toBeGreaterThan(10);
  const off = texts.filter(({ size, weight }) => !allowed.some((step) => Math.abs(step - size) < 0.02) || !['400', '700'].includes(weight));
  expect(off.map(({ where, size, weight }) => `${where} ${size.toFixed(2)}px ${weight}`)).toEqual([]);
}

/** The type scale's five sizes (global.css, --text-xs … --text-xl) in CSS pixels, smallest first. */
export async function typeScale(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    return ['xs', 's', 'm', 'l', 'xl'].map((step) => Number.parseFloat(root.getPropertyValue(`--text-${step}`)) * Number.parseFloat(root.fontSize));
  });
}

/**
 * Every rendered text on the page (or `within` one part of it) as `where size weight`, the size in
 * CSS pixels as it is drawn: an SVG label's font size times the scale its drawing is shown at.
 */
export async function textSizes(page: Page, within: Locator = page.locator('body')): Promise<{ where: string; size: number; weight: string }[]> {
  return within.evaluate((root) => {
    const found: { where: string; size: number; weight: string }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (!range.getClientRects().length) continue;
      const style = getComputedStyle(element);
      const label = element.closest('text') as SVGTextElement | null;
      const ctm = label?.getScreenCTM();
      const size = Number.parseFloat(style.fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
      found.push({ where: `${element.tagName.toLowerCase()}.${element.getAttribute('class')?.split(' ')[0] ?? ''}`, size, weight: style.fontWeight });
    }
    return found;
  });
}
