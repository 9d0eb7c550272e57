import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT, expect, sceneAtRest, scenesReady, scrollToStep, settled, test, type Page } from './fixtures';
import { ACROSS, ACROSS_NAMES, counterPlace } from './timer-places';

/*
 * A scene's figure keeps one height whatever step it shows. The build draws the last step (what a
 * reader without JS and a printer see); the client then shows the step the reader is at. If the
 * figure's words took another height, everything below it (and on a desktop, the whole centred
 * figure) moved under a reader who had just opened a chapter's address or reached a step.
 * Opened at a map chapter's address, the map shows the chapter's first step: its colours (with
 * the view's name, data-view) and its view (the viewBox); every frame painted meanwhile shows one
 * step's colours in that step's view, never the new colours on the build's view.
 */

const DIST = process.env.STORY_OUT ?? 'dist';

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
];

/** What a reader's eye holds on to in a chapter, and the next chapter: where each lies on the screen. */
const WATCHED = ['.chapter-heading', '[data-step]', '.map__legend', '.chart__source', '.embed-link', 'the next chapter'];

/**
 * From the first frame on, records each frame's scroll and where the watched parts of the chapter
 * `id` are on the screen, and every layout shift not caused by the reader's input.
 */
async function recordFrames(page: Page, id: string) {
  await page.addInitScript(
    ([id, watched, across]) => {
      const record = {
        frames: [] as { y: number; tops: (number | null)[]; parsing: boolean }[],
        shifts: [] as { value: number; at: number; inChapter: boolean; parts: string }[],
        done: false,
      };
      (window as unknown as { record: typeof record }).record = record;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
          if (entry.hadRecentInput) continue;
          const chapter = document.getElementById(id);
          const inChapter = entry.sources.some((source) => source.node && chapter?.contains(source.node));
          const parts = entry.sources.map((s) => (s.node as Element | undefined)?.getAttribute?.('class') || s.node?.nodeName).join(' ');
          record.shifts.push({ value: entry.value, at: entry.startTime, inChapter, parts });
        }
      }).observe({ type: 'layout-shift', buffered: true });
      const frame = () => {
        const chapter = document.getElementById(id);
        if (chapter) {
          const find = (selector: string) => (selector === 'the next chapter' ? chapter.nextElementSibling : chapter.querySelector(selector));
          const tops = watched.map((selector) => find(selector)?.getBoundingClientRect().top ?? null);
          const xs = across.map(([selector, edge]) => chapter.querySelector(selector)?.getBoundingClientRect()[edge] ?? null);
          record.frames.push({ y: scrollY, tops: [...tops, ...xs].map((at) => (at === null ? null : Math.round(at))), parsing: document.readyState === 'loading' });
        }
        if (!record.done) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    [id, WATCHED, ACROSS] as const,
  );
}

/**
 * The frames shown at the final scroll once the page was parsed, each part's movement from where
 * it ended (px), the page's layout shifts and the chapter's sum of them. What moves elsewhere on the
 * page, or while the parser is still adding parts (one drawn before the words under it), is the
 * page loading, not the scene taking its step: a scene starts once the page is parsed (its script is
 * a module).
 */
async function movements(page: Page) {
  return page.evaluate((watched) => {
    type Record = { frames: { y: number; tops: (number | null)[]; parsing: boolean }[]; shifts: { value: number; at: number; inChapter: boolean; parts: string }[]; done: boolean };
    const { frames, shifts } = (window as unknown as { record: Record }).record;
    (window as unknown as { record: Record }).record.done = true;
    const parsed = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive;
    const last = frames.at(-1)!;
    const seen = frames.filter((frame) => frame.y === last.y && !frame.parsing);
    const moved = Object.fromEntries(
      watched.map((selector, i) => [selector, Math.max(...seen.map((frame) => (frame.tops[i] === null ? 0 : Math.abs(frame.tops[i]! - last.tops[i]!))))]),
    );
    const counted = (shift: Record['shifts'][number]) => shift.inChapter && shift.at >= parsed;
    return {
      frames: seen.length,
      moved,
      shifts: shifts.map((shift) => `${shift.value.toFixed(4)}${!shift.inChapter ? ' (elsewhere)' : shift.at < parsed ? ' (while parsing)' : ''} ${shift.parts}`),
      cls: shifts.filter(counted).reduce((sum, shift) => sum + shift.value, 0),
    };
  }, [...WATCHED, ...ACROSS_NAMES]);
}

/** From the first frame on, records what each map shows in every frame in which it changed: "view viewBox". */
const recordMapFrames = (page: Page) =>
  page.addInitScript(() => {
    const frames: string[][] = [];
    (window as unknown as { mapFrames: string[][] }).mapFrames = frames;
    const frame = () => {
      const maps = [...document.querySelectorAll('[data-scene="map"] svg.map__svg')].map((svg) => `${svg.getAttribute('data-view')} ${svg.getAttribute('viewBox')}`);
      if (maps.join() !== frames.at(-1)?.join()) frames.push(maps);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });

/** The `map`-th map's changes since the page opened: it took the chapter's first step, and showed that step's colours only in that step's view. */
async function expectMapFramesOfOneStep(page: Page, map: number, built: string, where: string) {
  const shown = (await page.evaluate(() => (window as unknown as { mapFrames: string[][] }).mapFrames)).map((maps) => maps[map]).filter(Boolean);
  const seen = `${where}, each change of the map:\n${shown.join('\n')}`;
  // The map took the chapter's first step: the test sees a change of view and colours.
  expect(shown[0], seen).toBe(built);
  expect(shown.at(-1)!.split(' ')[0], seen).not.toBe(built.split(' ')[0]);
  // The step's colours are only ever seen in the step's view.
  const [view] = shown.at(-1)!.split(' ');
  expect(new Set(shown.filter((frame) => frame.startsWith(`${view} `))), seen).toEqual(new Set([shown.at(-1)]));
}

/** Each chapter with a scene whose figure's words change from step to step, or within a step as the timer counts: its id, its scene and, for a map, which of the page's maps it is. */
const sceneChapters = (page: Page) =>
  page
    .locator('.chapter:has([data-scene="map"], [data-scene="trust"], [data-scene="timer"])')
    .evaluateAll((chapters) =>
      chapters.map((chapter) => {
        const figure = chapter.querySelector<HTMLElement>('[data-scene]')!;
        return { id: chapter.id, scene: figure.dataset.scene!, map: [...document.querySelectorAll('[data-scene="map"]')].indexOf(figure) };
      }),
    );

for (const path of BUILT.stories) {
  for (const { name, viewport } of SIZES) {
    test(`${path} on a ${name}: opened at the address of a chapter with a scene, nothing in the chapter moves as the scene takes its first step, and a map shows the colours and the view of one step in every frame`, async ({ openPage }) => {
      test.setTimeout(120_000);
      const probe = await openPage({ viewport });
      await probe.goto(path);
      const chapters = await sceneChapters(probe);
      expect(new Set(chapters.map(({ scene }) => scene))).toEqual(new Set(['map', 'trust', 'timer']));
      expect(chapters.filter(({ scene }) => scene === 'map')).toHaveLength(2);
      // Each map as the build drew it (its block's last step), read from the page's HTML.
      const built = await probe.evaluate(async () =>
        [...new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html').querySelectorAll('[data-scene="map"] svg.map__svg')].map(
          (svg) => `${svg.getAttribute('data-view')} ${svg.getAttribute('viewBox')}`,
        ),
      );
      for (const { id, scene, map } of chapters) {
        const page = await openPage({ viewport });
        await recordFrames(page, id);
        if (scene === 'map') await recordMapFrames(page);
        // Loaded as a slow phone loads it: the build's drawing is then painted before the scene takes over.
        const cpu = await page.context().newCDPSession(page);
        await cpu.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(`${path}#${id}`);
        await scenesReady(page);
        await sceneAtRest(page, scene);
        await cpu.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        const { frames, moved, shifts, cls } = await movements(page);
        expect(frames, `#${id}: frames recorded at the final scroll`).toBeGreaterThan(0);
        expect(moved, `#${id}: px each part moved on the screen\n${shifts.join('\n')}`).toEqual(Object.fromEntries([...WATCHED, ...ACROSS_NAMES].map((part) => [part, 0])));
        expect(cls, `#${id}: the chapter's layout shifts\n${shifts.join('\n')}`).toBeLessThan(0.001);
        if (scene === 'map') await expectMapFramesOfOneStep(page, map, built[map], `#${id} at ${viewport.width} px`);
      }
    });

    test(`${path} on a ${name}: every scene’s figure keeps one height, and its parts their places, at every step`, async ({ openPage }) => {
      test.setTimeout(120_000);
      const page = await openPage({ viewport, reducedMotion: 'reduce' });
      await page.goto(path);
      await scenesReady(page);
      const blocks = await page.locator('[data-scrolly]').evaluateAll((all) =>
        all.map((block) => ({ scene: block.querySelector<HTMLElement>('[data-scene]')!.dataset.scene!, steps: block.querySelectorAll('[data-step]').length })),
      );
      const seen = new Map<string, number>();
      for (const { scene, steps } of blocks) {
        const nth = seen.get(scene) ?? 0;
        seen.set(scene, nth + 1);
        const shapes: string[] = [];
        const places: string[] = [];
        for (let step = 0; step < steps; step++) {
          // The timer's words change within a step too: its start, middle and end.
          for (const share of scene === 'timer' ? [0.05, 0.5, 0.95] : [0.5]) {
            await scrollToStep(page, scene, step, share, nth);
            await sceneAtRest(page, scene);
            shapes.push(await figureShape(page, scene, nth));
            if (scene === 'timer') places.push(await counterPlace(page.locator('[data-scene="timer"]').nth(nth)));
          }
        }
        expect([...new Set(shapes)], `${scene} #${nth + 1}: the figure's height and its parts' offsets at each step\n${shapes.join('\n')}`).toHaveLength(1);
        expect([...new Set(places)], `${scene} #${nth + 1}: the numbers' places across the screen at each step\n${places.join('\n')}`).toHaveLength(places.length ? 1 : 0);
      }
    });
  }
}

/** The figure's height and each of its direct parts' offset from its top, in px. */
const figureShape = (page: Page, scene: string, nth: number) =>
  page
    .locator(`[data-scene="${scene}"]`)
    .nth(nth)
    .evaluate((figure) => {
      const top = figure.getBoundingClientRect().top;
      const parts = [...figure.querySelectorAll(':scope > *, :scope > * > *')].map((part) => `${part.getAttribute('class')}@${Math.round(part.getBoundingClientRect().top - top)}`);
      return `height ${Math.round(figure.getBoundingClientRect().height)}: ${parts.join(' ')}`;
    });

/** The embeds whose reader can change what the chart shows: by its steps' buttons, or by playing it. */
const CONTROLLED = BUILT.embeds.filter((path) => /data-controls="\{&quot;kind&quot;:&quot;(steps|play)/.test(readFileSync(join(DIST, path, 'index.html'), 'utf8')));

test('the map’s embeds have steps’ buttons and the timer’s plays', () => {
  expect(CONTROLLED.filter((path) => path.includes('/map/'))).not.toEqual([]);
  expect(CONTROLLED.filter((path) => path.includes('/timer/'))).not.toEqual([]);
});

for (const path of CONTROLLED) {
  test(`embed ${path}: the page, whose height the host is told, keeps one height in every state its controls show`, async ({ openPage }) => {
    const page = await openPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await page.goto(path);
    await scenesReady(page);
    const height = () => page.locator('[data-embed]').evaluate((main) => Math.round(main.getBoundingClientRect().height));
    const timer = page.locator('[data-scene="timer"]');
    const counted = (await timer.count()) > 0;
    const heights = [await height()];
    const places = counted ? [await counterPlace(timer)] : [];
    const record = async () => {
      await settled(page);
      heights.push(await height());
      if (counted) places.push(await counterPlace(timer));
    };
    const buttons = page.locator('[data-step-button]');
    for (let i = 0; i < (await buttons.count()); i++) {
      await buttons.nth(i).click();
      await record();
    }
    // A played chart, at its start, a few counts between, and its end.
    for (const value of (await page.locator('[data-progress]').count()) ? ['0', '1', '99', '500', '999', '1000'] : []) {
      await page.locator('[data-progress]').fill(value);
      await record();
    }
    expect(heights.length, 'states shown').toBeGreaterThan(2);
    expect([...new Set(heights)], `heights: ${heights.join(', ')}`).toHaveLength(1);
    expect([...new Set(places)], `the numbers' places across the page in each state\n${places.join('\n')}`).toHaveLength(counted ? 1 : 0);
  });
}
