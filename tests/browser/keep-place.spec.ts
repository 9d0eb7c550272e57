import { BUILT, expect, sceneEnded, sceneStates, test, type Page } from './fixtures';

/*
 * A reader keeps their place when the window changes: a phone turned on its side and back, a
 * desktop window narrowed. The text at the top of the screen stays there, and each scene shows the
 * step now under the reader, as a fresh load at that size and place shows it.
 */

type Size = { width: number; height: number };
const CHANGES: { kind: string; from: Size; to: Size[] }[] = [
  { kind: 'a phone turned on its side and back', from: { width: 390, height: 700 }, to: [{ width: 700, height: 390 }, { width: 390, height: 700 }] },
  { kind: 'a desktop window narrowed', from: { width: 1280, height: 800 }, to: [{ width: 800, height: 800 }] },
];
/** Where in a chapter the reader is, as a share of its height: in its first screen, and in its last part. */
const READING = [0.3, 0.75];

/**
 * The words at the top of the screen: the first element holding words of its own that reaches
 * below its top edge (the figures that stick are not read there), marked so that it can be found
 * again, and where it is.
 */
const markTopText = (page: Page) =>
  page.evaluate(() => {
    document.querySelector('[data-top-text]')?.removeAttribute('data-top-text');
    const words = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    const text = [...document.querySelectorAll<HTMLElement>('main *')].find((element) => {
      if (!words(element) || element.closest('.scrolly__figure, .visually-hidden')) return false;
      const { bottom, height } = element.getBoundingClientRect();
      return bottom > 0 && height > 0;
    })!;
    text.dataset.topText = '';
    const { top, height } = text.getBoundingClientRect();
    return { top, height, screen: innerHeight, words: text.textContent!.trim().slice(0, 40) };
  });

const topText = (page: Page) =>
  page.locator('[data-top-text]').evaluate((text) => {
    const { top, height } = text.getBoundingClientRect();
    return { top, height, screen: innerHeight };
  });

/**
 * Each block on screen: the step the trigger line is in, from where the steps are (none outside
 * the block's steps), and the step the page marks as current.
 */
const currentSteps = (page: Page) =>
  page.locator('[data-scrolly]').evaluateAll((blocks) =>
    blocks
      .filter((block) => {
        const { top, bottom } = block.getBoundingClientRect();
        return bottom > 0 && top < innerHeight;
      })
      .map((block) => {
        const steps = [...block.querySelectorAll('[data-step]')];
        const line = innerHeight * Number((block as HTMLElement).dataset.trigger);
        const tops = steps.map((step) => step.getBoundingClientRect().top);
        const within = tops[0] <= line && line <= steps.at(-1)!.getBoundingClientRect().bottom;
        const under = within ? tops.findLastIndex((top) => top <= line) : -1;
        return { under, current: steps.findIndex((step) => step.getAttribute('aria-current') === 'step') };
      }),
  );

/** The scenes at rest: every block near the reader following it, their zooms and transitions brought to their ends. */
const atRest = (page: Page) => sceneEnded(page);

for (const path of BUILT.stories) {
  for (const { kind, from, to } of CHANGES) {
    test(`${path}: ${kind}, the text at the top of the screen stays there and each scene shows the step under the reader`, async ({ openPage }) => {
      test.setTimeout(180_000);
      const page = await openPage({ viewport: from });
      await page.goto(path);
      await atRest(page);
      const chapters = await page.locator('.chapter').evaluateAll((all) => all.map((chapter) => chapter.id));
      const fresh = await openPage({ viewport: from });
      const misplaced: string[] = [];
      // The first chapter, the middle one, the last.
      for (const id of [chapters[0], chapters[Math.floor(chapters.length / 2)], chapters.at(-1)!]) {
        for (const share of READING) {
          await page.setViewportSize(from);
          await page.evaluate(([id, share]) => {
            const chapter = document.getElementById(id)!.getBoundingClientRect();
            window.scrollTo(0, scrollY + chapter.top + share * chapter.height);
          }, [id, share] as const);
          await atRest(page);
          const before = await markTopText(page);
          for (const [i, size] of to.entries()) {
            await page.setViewportSize(size);
            await atRest(page);
            const after = await topText(page);
            const where = `#${id} at ${share}, “${before.words}” at ${Math.round(before.top)} px, ${size.width}×${size.height}`;
            // Crossing the top edge, it crosses it as far through (its lines reflow at a new width);
            // below it, it is as far down the screen (the gaps between step cards are in vh). Back at
            // the first size, it is where it was.
            const expected = i === to.length - 1 && size.width === from.width ? before.top : before.top < 0 ? (before.top / before.height) * after.height : (before.top / before.screen) * after.screen;
            if (Math.abs(after.top - expected) > 24) misplaced.push(`${where}: at ${Math.round(after.top)} px, expected ${Math.round(expected)}`);
            for (const { under, current } of await currentSteps(page)) expect(current, `${where}: the current step is the one under the reader`).toBe(under);
            // The scenes as a fresh load of that place at that size shows them.
            await fresh.setViewportSize(size);
            await fresh.goto(path);
            await fresh.evaluate((y) => window.scrollTo(0, y), await page.evaluate(() => scrollY));
            await atRest(fresh);
            expect(await sceneStates(page), `${where}: the scenes`).toEqual(await sceneStates(fresh));
          }
        }
      }
      expect(misplaced).toEqual([]);
    });
  }
}
