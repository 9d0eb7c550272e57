import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT, expect, type Frame, type Page, sceneEnded, scenesReady, scrollToStep, test } from './fixtures';
import { HostSite } from './host-site';

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
 * it; false if no zoom ran. `zoomEnded` lets it go.
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
      return true;
    },
    [block, ms] as const,
  );
/** Brings a zoom just begun (it starts a frame after its step) to its end at once, as if played out: each of its legs. */
const zoomEnded = (page: Page) =>
  page.evaluate(async () => {
    const nextFrame = () => new Promise((done) => requestAnimationFrame(done));
    await nextFrame();
    await nextFrame();
    for (let legs = 0; legs < 5 && document.getAnimations().length; legs++) {
      for (const animation of document.getAnimations()) animation.finish();
      await nextFrame();
    }
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
      await zoomEnded(reference);
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
        await zoomEnded(page);
        await scrollToStep(page, 'map', step + 1, 0.5, block);
        if (await hold(page, block, ms)) held++;
        await page.setViewportSize(to);
        // The held zoom, if the resize left it running, plays out.
        await zoomEnded(page);
        // A new height moves the steps (their gaps are in vh) and the trigger line: the reader goes back to the step.
        await scrollToStep(page, 'map', step + 1, 0.5, block);
        await zoomEnded(page);
        found.push(...differences(`map ${block}, step ${step} → ${step + 1}, ${ms} ms`, await sizes(page, block), fresh.get(`${block} ${step + 1}`)!));
      }
    }
    // Every zoom was caught mid-flight at least once: the test can see the fault it guards against.
    expect(held).toBeGreaterThanOrEqual(ZOOMS.length);
    expect(found).toEqual([]);
    await context.close();
  });
}

/*
 * An embed sized by the host script: the frame's width follows the host's page, its height the
 * chart's, which changes at most steps (the notes of the places it names) and so mid-zoom. One host
 * page per map embed; the steps are pressed, the zooms held and the frame resized inside the page,
 * and every state compared with a fresh load of that step at the size the frame ends at.
 */
const host = new HostSite();
test.beforeAll(() => host.start());
test.afterAll(() => host.stop());

/** The story's map embeds, one per map block, in English. */
const MAP_EMBEDS = BUILT.embeds.filter((path) => /^\/en\/embed\/[^/]+\/map\/$/.test(path));

/** A host page framing each of `addresses`, sized by embed.js; a test message sets a frame's width or height, as a host page's layout would. */
function hostPage(name: string, baseURL: string, addresses: string[]) {
  const frames = addresses.map((address, i) => `<iframe data-double11-embed src="${baseURL}${address}" title="map ${i}" style="display:block;border:0;width:100%" height="300"></iframe>`).join('\n');
  const resizer = `<script>addEventListener('message', (event) => {
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
    if (!frame || !event.data || event.data.test !== 'resize') return;
    for (const side of ['width', 'height']) if (event.data[side]) frame.style[side] = event.data[side];
  });</script>`;
  return host.page(name, `${frames}\n<script src="${baseURL}/embed.js" async></script>\n${resizer}`);
}

/** Every frame of a host page, once its chart is ready and the host script has sized it to its content. */
async function framesSized(page: Page) {
  const frames: Frame[] = [];
  for (const element of await page.locator('iframe').elementHandles()) {
    const frame = (await element.contentFrame())!;
    await scenesReady(frame);
    await expect
      .poll(async () => Math.abs((await element.boundingBox())!.height - (await frame.evaluate(() => document.querySelector('[data-embed]')!.getBoundingClientRect().height))))
      .toBeLessThanOrEqual(2);
    frames.push(frame);
  }
  return frames;
}

/** A frame's size as the host sets it: a CSS length, or 'shorter' (100 px less) and 'content' (its chart's height). */
type FrameSize = { width?: string; height?: string };
const EMBED_RESIZES: { kind: string; viewport: Size; to: FrameSize; back: FrameSize; freshWidth: number }[] = [
  { kind: 'the host page made narrower', viewport: { width: 1280, height: 800 }, to: { width: '1100px' }, back: { width: '100%' }, freshWidth: 1100 },
  { kind: 'its height changed on a phone', viewport: { width: 390, height: 740 }, to: { height: 'shorter' }, back: { height: 'content' }, freshWidth: 390 },
];

for (const { kind, viewport, to, back, freshWidth } of EMBED_RESIZES) {
  test(`in an embed sized by the host script, ${kind} at 0–600 ms into every zoom: as on a fresh load`, async ({ openPage, baseURL }) => {
    test.setTimeout(120_000);
    expect(MAP_EMBEDS.length).toBe(2);
    // Fresh loads of every step at the width the frame ends at, all framed in one host page tall enough to show them all.
    const reference = await openPage({ viewport: { width: freshWidth, height: 9000 } });
    const steps = MAP_EMBEDS.flatMap((address) => stepsOf(address).map((step) => `${address}?step=${step + 1}`));
    await reference.goto(hostPage(`fresh-${freshWidth}`, baseURL!, steps));
    const fresh = new Map<string, Awaited<ReturnType<typeof sizes>>>();
    for (const [i, frame] of (await framesSized(reference)).entries()) {
      await sceneEnded(frame as unknown as Page, 'map');
      fresh.set(steps[i], await sizes(frame, 0));
    }

    const page = await openPage({ viewport });
    const found: string[] = [];
    let zooms = 0;
    let held = 0;
    for (const address of MAP_EMBEDS) {
      await page.goto(hostPage(`embed-${viewport.width}`, baseURL!, [address]));
      const [frame] = await framesSized(page);
      for (let step = 1; step < stepsOf(address).length; step++) {
        zooms++;
        for (const ms of DELAYS) {
          if (await frame.evaluate(drive, { step, ms, size: to })) held++;
          found.push(...differences(`${address} step ${step} → ${step + 1}, ${ms} ms`, await sizes(frame, 0), fresh.get(`${address}?step=${step + 1}`)!));
          await frame.evaluate(drive, { size: back });
        }
      }
    }
    expect(zooms).toBe(steps.length - MAP_EMBEDS.length);
    // Every zoom was caught mid-flight at least once: the test can see the fault it guards against.
    expect(held).toBeGreaterThanOrEqual(zooms);
    expect(found).toEqual([]);
  });
}

/** The 0-based steps of an embed, from its built page's buttons. */
function stepsOf(address: string): number[] {
  const html = readFileSync(join(process.env.STORY_OUT ?? 'dist', address, 'index.html'), 'utf8');
  return [...html.matchAll(/data-step-button="(\d+)"/g)].map((match) => Number(match[1]));
}

/**
 * In an embed's frame: with a `step`, shows the step before it at rest, presses it, holds its zoom
 * `ms` into its run, has the host give the frame `size`, lets the zoom go and waits for the map to
 * be at rest; returns whether a zoom was caught mid-flight. Without one, only gives the frame `size`.
 */
async function drive({ step, ms = 0, size }: { step?: number; ms?: number; size: FrameSize }) {
  const nextFrame = () => new Promise((done) => requestAnimationFrame(done));
  /* At rest, at once: a zoom (which starts a frame after its step) is brought to its end, as if played out. */
  const atRest = async () => {
    await nextFrame();
    await nextFrame();
    for (let legs = 0; legs < 5 && document.getAnimations().length; legs++) {
      for (const animation of document.getAnimations()) animation.finish();
      await nextFrame();
    }
  };
  /* Asks the host for the size, and waits for the frame to take it (at most a second: it may have it already). */
  const resize = async () => {
    const wanted = { ...size };
    if (wanted.height === 'shorter') wanted.height = `${innerHeight - 100}px`;
    if (wanted.height === 'content') wanted.height = `${Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height)}px`;
    const resized = new Promise((done) => {
      addEventListener('resize', done, { once: true });
      setTimeout(done, 1000);
    });
    parent.postMessage({ test: 'resize', ...wanted }, '*');
    await resized;
    await atRest();
  };
  if (step === undefined) return resize();
  const svg = document.querySelector('[data-scene="map"] svg.map__svg')!;
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-step-button]')];
  buttons[step - 1].click();
  await atRest();
  buttons[step].click();
  let zoom: Animation | undefined;
  for (let i = 0; i < 60 && !zoom; i++) {
    await nextFrame();
    zoom = svg.getAnimations()[0];
  }
  zoom?.pause();
  if (zoom) zoom.currentTime = ms;
  await resize();
  await atRest();
  return Boolean(zoom);
}

/** Each map as the page goes to paper: recorded by a `beforeprint` listener that runs after the page's own. */
const printedMaps = async (page: Page) => {
  await page.evaluate(() => {
    const record = () => {
      (window as unknown as { printed: string[] }).printed = [...document.querySelectorAll('[data-scene="map"] svg.map__svg')].map((svg) =>
        JSON.stringify({
          viewBox: svg.getAttribute('viewBox'),
          transform: getComputedStyle(svg).transform,
          zooms: svg.getAnimations().filter((animation) => animation.playState !== 'finished').length,
          unit: (svg as SVGElement).style.getPropertyValue('--u'),
        }),
      );
    };
    addEventListener('beforeprint', record, { once: true });
  });
  // The first page is enough: the whole document is laid out for paper, and the listener has run.
  await page.pdf({ format: 'A4', pageRanges: '1' });
  return page.evaluate(() => (window as unknown as { printed: string[] }).printed);
};

test('printed at 0, 60 and 400 ms after reaching each map block’s last step, both maps show what printing at rest does: the whole world', async ({ openPage }) => {
  test.setTimeout(120_000);
  const page = await openPage({ viewport: { width: 1280, height: 800 } });
  await page.goto('/');
  await scenesReady(page);
  // Each map's scene loads as its block comes near: the reader passes the first on the way to the second.
  await scrollToStep(page, 'map', -1, 0.5, 0);
  await scrollToStep(page, 'map', -1, 0.5, 1);
  await sceneEnded(page, 'map');
  const atRest = await printedMaps(page);
  expect(atRest).toHaveLength(2);
  // At rest the whole world, as the build drew it for paper and for readers without JS.
  const built = await page.evaluate(async () =>
    [...new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html').querySelectorAll('[data-scene="map"] svg.map__svg')].map((svg) => svg.getAttribute('viewBox')),
  );
  for (const [i, map] of atRest.entries()) {
    const { viewBox, transform, zooms } = JSON.parse(map) as { viewBox: string; transform: string; zooms: number };
    // The view is fitted to the frame's shape: it holds the build's world, and more of the sea around it.
    const [x, y, w, h] = viewBox.split(' ').map(Number);
    const [bx, by, bw, bh] = built[i]!.split(' ').map(Number);
    expect(x <= bx && y <= by && x + w >= bx + bw && y + h >= by + bh, `map ${i}: ${viewBox} holds ${built[i]}`).toBe(true);
    expect({ transform, zooms }).toEqual({ transform: 'none', zooms: 0 });
  }
  const found: string[] = [];
  let caught = 0;
  for (const block of [0, 1]) {
    for (const ms of [0, 60, 400]) {
      await scrollToStep(page, 'map', -2, 0.5, block);
      await zoomEnded(page);
      await scrollToStep(page, 'map', -1, 0.5, block);
      await page.evaluate((ms) => new Promise((done) => setTimeout(done, ms)), ms);
      if (await page.evaluate((block) => document.querySelectorAll('[data-scene="map"] svg.map__svg')[block].getAnimations().length > 0, block)) caught++;
      const printed = await printedMaps(page);
      if (JSON.stringify(printed) !== JSON.stringify(atRest)) found.push(`map ${block}, ${ms} ms: ${printed.join(' ')}`);
    }
  }
  expect(found).toEqual([]);
  // The print came mid-zoom (at 60 ms at least): the test can see the fault it guards against.
  expect(caught).toBeGreaterThanOrEqual(2);
});
