import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Waits until every scrolly block on the page follows the reader. */
export async function scenesReady(page: Page) {
  await page.waitForFunction(() => [...document.querySelectorAll('[data-scrolly]')].every((block) => block.hasAttribute('data-ready')));
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

/** Two animation frames: the scroll has been observed and the scene redrawn. */
export async function settled(page: Page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

export async function counterValue(page: Page): Promise<number> {
  return Number(await page.locator('[data-scene="timer"] [data-counter]').getAttribute('data-value'));
}

/** The WCAG levels axe judges every page by: A and AA of 2.0 and 2.1, and 2.2's AA rules (target size among them). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page) {
  // Judge the page at rest, as a reader sees it: not halfway through a fade.
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => null))));
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
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
  await page.evaluate(
    // Every figure of that scene: the story shows the map twice.
    (scene) =>
      Promise.all(
        [...document.querySelectorAll(`[data-scene="${scene}"]`)].flatMap((figure) => figure.getAnimations({ subtree: true }).map((animation) => animation.finished)),
      ),
    scene,
  );
}

/** The type scale's five sizes (global.css, --text-xs … --text-xl) in CSS pixels, smallest first. */
export async function typeScale(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    return ['xs', 's', 'm', 'l', 'xl'].map((step) => Number.parseFloat(root.getPropertyValue(`--text-${step}`)) * Number.parseFloat(root.fontSize));
  });
}

/**
 * Every rendered text on the page as `where size weight`, the size in CSS pixels as it is drawn:
 * an SVG label's font size times the scale its drawing is shown at.
 */
export async function textSizes(page: Page): Promise<{ where: string; size: number; weight: string }[]> {
  return page.evaluate(() => {
    const found: { where: string; size: number; weight: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
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
