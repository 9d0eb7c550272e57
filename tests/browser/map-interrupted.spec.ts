import { expect, type Frame, type Page, sceneAtRest, scenesReady, scrollToStep, settled, test } from './fixtures';

/*
 * The map's zooms, interrupted: a window resized (a desktop's width, a phone's height as its
 * address bar slides) or the page printed while the map glides from one view to the next. Once at
 * rest, the map must look as a fresh load of that step does, whatever caught it mid-flight.
 */

type Size = { width: number; height: number };
type Target = Page | Frame;

/** On-screen size of the map's labels (China's, always drawn) and of its symbols, company by company. */
const sizes = (target: Target, block: number) =>
  target.evaluate((block) => {
    const figure = document.querySelectorAll('[data-scene="map"]')[block];
    const origin = figure.querySelector<SVGTextElement>('text.map__origin')!;
    const ctm = origin.getScreenCTM()!;
    const label = Number.parseFloat(getComputedStyle(origin).fontSize) * Math.hypot(ctm.a, ctm.b);
    const symbols: Record<string, number> = {};
    for (const symbol of figure.querySelectorAll<SVGElement>('.map__place[data-on] .map__sym')) {
      const width = symbol.getBoundingClientRect().width;
      if (width > 0) symbols[symbol.dataset.sym!] = Math.max(symbols[symbol.dataset.sym!] ?? 0, width);
    }
    return { label, symbols };
  }, block);

/**
 * Holds the block's zoom at `ms` into its run (waiting for it to start), as a resize would find
 * it; false if no zoom ran. The zoom is let go again by `release`.
 */
const hold = (target: Target, block: number, ms: number) =>
  target.evaluate(
    async ([block, ms]) => {
      const svg = document.querySelectorAll('[data-scene="map"]')[block].querySelector('svg.map__svg')!;
      for (let i = 0; i < 60 && !svg.getAnimations().length; i++) await new Promise((done) => requestAnimationFrame(done));
      const [zoom] = svg.getAnimations();
      if (!zoom) return false;
      zoom.pause();
      zoom.currentTime = ms;
      (window as unknown as { held: Animation }).held = zoom;
      return true;
    },
    [block, ms] as const,
  );
const release = (target: Target) =>
  target.evaluate(() => {
    const held = (window as unknown as { held?: Animation }).held;
    // A zoom the map finished or dropped itself stays so.
    if (held && document.getAnimations().includes(held)) held.play();
  });

const near = (actual: number, expected: number) => Math.abs(actual - expected) <= 0.05 * expected;

/** Compares a map at rest with a fresh load's; returns what differs. */
function differences(what: string, got: Awaited<ReturnType<typeof sizes>>, fresh: Awaited<ReturnType<typeof sizes>>): string[] {
  const out: string[] = [];
  if (!near(got.label, fresh.label)) out.push(`${what}: label ${got.label.toFixed(2)} px, fresh ${fresh.label.toFixed(2)} px`);
  for (const [company, width] of Object.entries(fresh.symbols)) {
    if (!near(got.symbols[company] ?? 0, width)) out.push(`${what}: ${company} symbol ${(got.symbols[company] ?? 0).toFixed(2)} px, fresh ${width.toFixed(2)} px`);
  }
  return out;
}

/* The story's map blocks and their steps: chapter 2 (Paris, then the world), chapter 4 (five regions, then the world). */
const ZOOMS = [
  [0, 0],
  [1, 0],
  [1, 1],
  [1, 2],
  [1, 3],
  [1, 4],
] as const;
const DELAYS = [0, 100, 300, 600];
const RESIZES: { kind: string; from: Size; to: Size }[] = [
  { kind: 'a desktop window made narrower', from: { width: 1280, height: 800 }, to: { width: 1100, height: 800 } },
  { kind: 'a phone’s height changed by its address bar', from: { width: 390, height: 740 }, to: { width: 390, height: 640 } },
];

for (const { kind, from, to } of RESIZES) {
  test(`in the story, ${kind} at 0–600 ms into every zoom: labels and symbols as on a fresh load`, async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ viewport: to });
    const fresh = new Map<string, Awaited<ReturnType<typeof sizes>>>();
    const reference = await context.newPage();
    await reference.goto('/');
    await scenesReady(reference);
    for (const [block, step] of ZOOMS) {
      await scrollToStep(reference, 'map', step + 1, 0.5, block);
      await sceneAtRest(reference, 'map');
      fresh.set(`${block} ${step + 1}`, await sizes(reference, block));
    }
    const page = await context.newPage();
    await page.setViewportSize(from);
    await page.goto('/');
    await scenesReady(page);
    const found: string[] = [];
    let held = 0;
    for (const [block, step] of ZOOMS) {
      for (const ms of DELAYS) {
        await page.setViewportSize(from);
        await scrollToStep(page, 'map', step, 0.5, block);
        await sceneAtRest(page, 'map');
        await scrollToStep(page, 'map', step + 1, 0.5, block);
        if (await hold(page, block, ms)) held++;
        await page.setViewportSize(to);
        await release(page);
        await settled(page);
        await sceneAtRest(page, 'map');
        // A new height moves the steps (their gaps are in vh) and the trigger line: the reader goes back to the step.
        await scrollToStep(page, 'map', step + 1, 0.5, block);
        await sceneAtRest(page, 'map');
        found.push(...differences(`map ${block}, step ${step} → ${step + 1}, ${ms} ms`, await sizes(page, block), fresh.get(`${block} ${step + 1}`)!));
      }
    }
    // Every zoom was caught mid-flight at least once: the test can see the fault it guards against.
    expect(held).toBeGreaterThanOrEqual(ZOOMS.length);
    expect(found).toEqual([]);
    await context.close();
  });
}
