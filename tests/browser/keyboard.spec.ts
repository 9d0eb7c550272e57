import { expect, scenesReady, settled, test, type Page } from './fixtures';

/*
 * A keyboard reader on a phone, where the step cards pass over the sticky figure: whatever takes
 * focus is in full view, never under a card (WCAG 2.2 SC 2.4.11), and a step that takes focus is
 * the step the scene shows.
 */

/** Waits until the page has stopped scrolling (a focused step glides to the trigger line). */
async function scrollStopped(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = -1;
        let still = 0;
        const check = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 5) done();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
  await settled(page);
}

/** What is wrong with the focused element as a reader sees it, or '' when nothing is. */
const focusProblem = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | SVGElement | null;
    if (!focused || focused === document.body) return '';
    const name = `${focused.tagName.toLowerCase()}${focused.className && typeof focused.className === 'string' ? `.${focused.className.split(' ')[0]}` : ''} "${(focused.textContent ?? '').trim().slice(0, 30)}"`;
    const box = focused.getBoundingClientRect();
    // A card taller than the screen is in view from its top.
    const bottom = box.height > innerHeight ? box.top + 1 : box.bottom;
    if (box.top < -0.5 || box.left < -0.5 || bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5) {
      return `${name} is not fully on screen: ${JSON.stringify([box.left, box.top, box.right, box.bottom].map(Math.round))}`;
    }
    if (focused.matches('[data-step]')) return focused.getAttribute('aria-current') === 'step' ? '' : `${name} is focused but not the current step`;
    // The cards pass over the figure: a card that overlaps a control in the figure hides it.
    const block = focused.closest('[data-scrolly]');
    if (!block || focused.closest('[data-step]')) return '';
    for (const card of block.querySelectorAll('[data-step]')) {
      const over = card.getBoundingClientRect();
      const overlaps = over.left < box.right && box.left < over.right && over.top < box.bottom && box.top < over.bottom;
      if (overlaps && getComputedStyle(card).visibility !== 'hidden') {
        const above = document.elementsFromPoint((Math.max(box.left, over.left) + Math.min(box.right, over.right)) / 2, (Math.max(box.top, over.top) + Math.min(box.bottom, over.bottom)) / 2);
        if (above.indexOf(card) !== -1 && (above.indexOf(focused) === -1 || above.indexOf(card) < above.indexOf(focused))) {
          return `${name} is under step ${(card as HTMLElement).dataset.step}`;
        }
      }
    }
    return '';
  });

for (const path of ['/', '/en/']) {
  test(`at 375 px, Tab through ${path}: every focused element in full view, every focused step the current one`, async ({ browser }) => {
    // Some two hundred stops, each waiting for the page to come to rest.
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(path);
    await scenesReady(page);
    const problems: string[] = [];
    const visited = new Set<string>();
    let steps = 0;
    let controls = 0;
    for (let press = 0; press < 400; press++) {
      await page.keyboard.press('Tab');
      await scrollStopped(page);
      const where = await page.evaluate(() => {
        const focused = document.activeElement;
        if (!focused || focused === document.body) return { id: '', step: false, inFigure: false };
        const path: number[] = [];
        for (let el: Element | null = focused; el?.parentElement; el = el.parentElement) path.push([...el.parentElement.children].indexOf(el));
        return { id: path.join('.'), step: focused.matches('[data-step]'), inFigure: Boolean(focused.closest('.scrolly__figure')) };
      });
      // Back at the start, or out of the page: the whole story was visited.
      if (!where.id || visited.has(where.id)) break;
      visited.add(where.id);
      if (where.step) steps++;
      if (where.inFigure) controls++;
      const problem = await focusProblem(page);
      if (problem) problems.push(problem);
    }
    // Every step of the story, and the controls of every figure, were reached.
    expect(steps).toBe(await page.locator('[data-step]').count());
    expect(controls).toBeGreaterThan(3 * 2);
    expect(problems).toEqual([]);
    await context.close();
  });
}
