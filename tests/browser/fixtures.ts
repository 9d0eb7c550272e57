import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type BrowserContextOptions, type Frame, type Locator, type Page } from '@playwright/test';
import { builtPages } from '../../bench/pages.mjs';

/*
 * What every browser test shares: `test` and `expect` (import them from here), the pages the build
 * made, and the helpers that read the story as a reader sees it. Modelled on Starlight's
 * __e2e__/test-utils.ts.
 */
export { expect };
export type { Browser, Frame, Locator, Page } from '@playwright/test';

export const test = base.extend<{
  /**
   * A page in a browser context of its own (a phone's viewport, the dark scheme, JS off…), which
   * closes when the test ends, passed or failed.
   */
  openPage: (options?: BrowserContextOptions) => Promise<Page>;
}>({
  openPage: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

/** Every page the build made, story editions and embeds, as URL paths. */
export const BUILT = builtPages(process.env.STORY_OUT ?? 'dist');

/**
 * Waits until every scrolly block within a screen of the reader follows the reader, and an embed
 * page its controls. A block further away loads its scene only as it comes near (a scroll there,
 * then `settled`, waits for it).
 */
export async function scenesReady(page: Page | Frame) {
  // A frame may still hold its blank first document: wait for the page's own blocks to exist.
  await page.waitForSelector('[data-scrolly], [data-embed], [data-code-page]', { state: 'attached' });
  // A code page's chart is its preview's, in a frame of its own.
  const preview = await page.$('[data-preview] iframe');
  if (preview) return scenesReady((await preview.contentFrame())!);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-scrolly], [data-embed]')].every((block) => {
      const { top, bottom } = block.getBoundingClientRect();
      const far = block.hasAttribute('data-scrolly') && (bottom < -innerHeight || top > 2 * innerHeight);
      return far || block.hasAttribute('data-ready');
    }),
  );
}

/**
 * Scrolls so that the trigger line sits `share` of the way through a step's territory: step `step`
 * (negative counts from the end) of the `block`-th scroll block on the page showing `scene`.
 */
export async function scrollToStep(page: Page, scene: string, step: number, share = 0.5, block = 0) {
  await page.evaluate(
    ([scene, step, share, block]) => {
      const scrolly = document.querySelectorAll(`[data-scene="${scene}"]`)[block].closest<HTMLElement>('[data-scrolly]')!;
      const steps = [...scrolly.querySelectorAll<HTMLElement>('[data-step]')];
      const index = step < 0 ? steps.length + step : step;
      const top = steps[index].getBoundingClientRect().top + scrollY;
      const next = steps[index + 1] ? steps[index + 1].getBoundingClientRect().top + scrollY : top + steps[index].offsetHeight;
      window.scrollTo(0, top + (next - top) * share - innerHeight * Number(scrolly.dataset.trigger ?? 0.5));
    },
    [scene, step, share, block] as const,
  );
  await settled(page);
}

/**
 * The scroll has been observed and the scenes redrawn: every block the engine has started
 * (data-trigger) that is now within a screen of the reader has loaded its scene (a map, its land),
 * then two animation frames have passed, and the tasks queued before the second.
 */
export async function settled(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-scrolly][data-trigger]')].every((block) => {
      const { top, bottom } = block.getBoundingClientRect();
      // A map shows the world as a picture until its land, fetched once per page, is drawn (src/scenes/map/world.ts).
      const landDue = block.querySelector('svg.map__svg:not([data-land]) .map__picture img');
      return bottom < -innerHeight || top > 2 * innerHeight || (block.hasAttribute('data-ready') && !landDue);
    }),
  );
  // A new step is drawn in a task of its own after the frame that saw the scroll (src/scrolly/client.ts
  // applyApart): on a busy machine that task can come after both frames, so a timer queued behind it waits for it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
}

/**
 * What every scene within a screen of the reader shows, without geometry: its text, and the
 * classes and data attributes the scenes set to mark a state (which bars are shown, which step's
 * label is lit, the counter's value), attributes and classes in any order: a figure the build drew
 * and one a scene redrew may order them differently. A block further away is out of sight, and
 * loads or redraws its scene as it comes near.
 */
export async function sceneStates(page: Page) {
  return page.locator('figure[data-scene]').evaluateAll((figures) =>
    figures
      .filter((figure) => {
        const { top, bottom } = (figure.closest('[data-scrolly]') ?? figure).getBoundingClientRect();
        return bottom >= -innerHeight && top <= 2 * innerHeight;
      })
      .map((figure) =>
        [figure, ...figure.querySelectorAll('*')]
          .map((el) => [el.tagName, ...[...el.attributes].filter((a) => a.name === 'class' || a.name.startsWith('data-')).map((a) => `${a.name}=${a.name === 'class' ? a.value.split(' ').sort().join(' ') : a.value}`).sort()].join(' '))
          .join('\n')
          .concat('\n', figure.textContent!.replace(/\s+/g, ' ')),
      ),
  );
}

export async function counterValue(page: Page): Promise<number> {
  return Number(await page.locator('[data-scene="timer"] [data-counter]').getAttribute('data-value'));
}

/** The WCAG levels axe judges every page by: A and AA of 2.0 and 2.1, and 2.2's AA rules (target size among them). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's minified browser script, read once per worker: @axe-core/playwright would otherwise put
 * its unminified copy (over twice the size) into every frame at every run.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The WCAG rules axe finds broken in the page, or in `only` the part of it whose state a test changed,
 * as `rule: the elements it names`. Same-origin frames are judged too; one from another origin fails.
 */
export async function axeViolations(page: Page, only?: string): Promise<string[]> {
  // Judge the page at rest, as a reader sees it: not halfway through a fade.
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => null))));
  // axe's default mode finishes every run in a fresh blank page of the context, so that it can judge
  // frames from other origins; these pages hold none, and in-page runs (legacy mode) judge the same
  // rules on the same nodes. Same-origin frames are still judged; one from another origin fails here.
  const origin = new URL(page.url()).origin;
  expect(page.frames().map((frame) => frame.url()).filter((url) => url !== 'about:blank' && new URL(url).origin !== origin)).toEqual([]);
  // Only what the tests read comes back: the passes and inapplicable rules are most of the results.
  // A frame that has not answered axe's ping within 500 ms is skipped without a word, and a loaded
  // machine can be that slow: with no ping, every frame is judged (one that never answers fails the run).
  // options() replaces every option set before it, the tags among them: it comes first.
  const axe = new AxeBuilder({ page, axeSource: AXE_SOURCE }).options({ resultTypes: ['violations'], pingWaitTime: 0 }).withTags(AXE_TAGS).setLegacyMode();
  const { violations } = await (only ? axe.include(only) : axe).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Runs axe over the page, or over `only` the part of it whose state a test changed: the rest was
 * already judged in accessibility.spec.ts, and axe over the whole story (two maps of ~180 paths
 * each) is slow.
 */
export async function expectNoAxeViolations(page: Page, only?: string) {
  expect(await axeViolations(page, only)).toEqual([]);
}

/** How far the page is wider than the window: more than 0 means the reader can scroll sideways. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Animations running and elements with a transition within `scope`: both 0 when less motion is asked for. */
export function motion(page: Page, scope: string) {
  return page.evaluate((scope) => {
    const roots = [...document.querySelectorAll(scope)];
    return {
      animations: roots.flatMap((root) => root.getAnimations({ subtree: true })).length,
      transitions: roots.flatMap((root) => [...root.querySelectorAll('*')]).filter((el) => Number.parseFloat(getComputedStyle(el).transitionDuration) > 0).length,
    };
  }, scope);
}

/** The values of the trust bars a reader can see, in the order they are drawn. */
export function shownBars(page: Page): Promise<number[]> {
  return page.locator('[data-scene="trust"] [data-value]').evaluateAll((rects) =>
    rects
      .filter((rect) => {
        const style = getComputedStyle(rect);
        return rect.getBoundingClientRect().width > 0 && Number(style.opacity) > 0 && style.display !== 'none' && style.visibility !== 'hidden';
      })
      .map((rect) => Number(rect.getAttribute('data-value'))),
  );
}

/** The `block`-th map on the page (the story shows it twice). */
export const mapFigure = (page: Page, block: number) => page.locator('[data-scene="map"]').nth(block);

/** The ids of the countries a map colours, as `id` or `id:companies`. */
export function colouredCountries(page: Page, block: number, withCompany = false): Promise<string[]> {
  return mapFigure(page, block)
    .locator('.map__countries use[data-company]')
    .evaluateAll((paths, withCompany) => paths.map((path) => ((path as SVGElement).dataset.id! + (withCompany ? `:${(path as SVGElement).dataset.company}` : ''))), withCompany);
}

/** The seed article's sentences, as a reader would find them in the page text. */
export function seedSentences(text: string): string[] {
  return text
    .replace(/<img[^>]*>/g, '')
    .replace(/<br>/g, '\n')
    .split(/\n|(?<=[。？！…])/)
    .map((s) => s.replace(/\s+/g, '').replace(/^[”’）]/, ''))
    .filter((s) => s.length > 1);
}

/** Waits until a scene's transitions have finished, so that it is measured at rest. */
export async function sceneAtRest(page: Page, scene: string) {
  await settled(page);
  await page.evaluate(async (scene) => {
    // Every figure of that scene (the story shows the map twice), and each leg of a zoom: the next starts as one ends.
    const running = () => [...document.querySelectorAll(`[data-scene="${scene}"]`)].flatMap((figure) => figure.getAnimations({ subtree: true }));
    for (let legs = running(); legs.length; legs = running()) {
      await Promise.all(legs.map((animation) => animation.finished.catch(() => null)));
      await new Promise((done) => requestAnimationFrame(done));
    }
  }, scene);
}

/**
 * Brings a scene's zooms and transitions (or every scene's, without `scene`) to their ends at once,
 * each leg as the last one ends, and waits until the scene is at rest, as `sceneAtRest` finds it
 * after playing them out: for a test that reads where a step lands, not the frames on the way
 * (those are watched with `sceneAtRest`).
 */
export async function sceneEnded(page: Page, scene?: string) {
  await settled(page);
  await page.evaluate(async (scene) => {
    const running = () => [...document.querySelectorAll(scene ? `[data-scene="${scene}"]` : '[data-scene]')].flatMap((figure) => figure.getAnimations({ subtree: true }));
    // A zoom's last leg holds its last frame (fill: forwards) until the task after it draws the view: until then it is still listed.
    for (let legs = running(); legs.length; legs = running()) {
      for (const leg of legs) leg.finish();
      await new Promise((done) => requestAnimationFrame(done));
    }
  }, scene);
}
