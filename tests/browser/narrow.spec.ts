import { expect, scenesReady, scrollToStep, test } from './fixtures';

/*
 * At 375 px, a phone or a narrow embed: every chart keeps its one-line caveat in view, and no step
 * card ever lies over the timer's counter, at any step and any point of a step's scroll.
 */
test.use({ viewport: { width: 375, height: 740 } });

const SCENES = ['timer', 'map', 'trust'] as const;

for (const [lang, path] of [['zh', '/'], ['en', '/en/']] as const) {
  test(`${lang}: each chart shows its caveat on one line, in the story and in its embed`, async ({ page }) => {
    const pages = [path, ...SCENES.map((scene) => `${path}embed/${scene}/`)];
    for (const url of pages) {
      await page.goto(url);
      for (const figure of await page.locator('figure[data-scene]').all()) {
        const caveat = figure.locator('[data-caveat]');
        await caveat.scrollIntoViewIfNeeded();
        await expect(caveat, url).toBeVisible();
        const { height, lineHeight, text } = await caveat.evaluate((p) => ({ height: p.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(p).lineHeight), text: p.textContent ?? '' }));
        expect(text.trim().length, url).toBeGreaterThan(5);
        expect(height, `${url}: “${text}” fits one line`).toBeLessThan(lineHeight * 1.5);
      }
    }
  });

  test(`${lang}: no step card covers the timer’s counter, at any step`, async ({ page }) => {
    await page.goto(path);
    await scenesReady(page);
    const steps = await page.locator('[data-scene="timer"]').first().evaluate((figure) => figure.closest('[data-scrolly]')!.querySelectorAll('[data-step]').length);
    const covered: string[] = [];
    for (let step = 0; step < steps; step++) {
      for (const share of [0, 0.25, 0.5, 0.75, 0.99]) {
        await scrollToStep(page, 'timer', step, share);
        // The counter's corners and centre: whatever is drawn topmost there must be the counter itself.
        const hits = await page.locator('[data-scene="timer"] .timer__count').evaluate((count) => {
          const box = count.getBoundingClientRect();
          const points = [[box.left + 2, box.top + 2], [box.right - 2, box.top + 2], [box.left + box.width / 2, box.top + box.height / 2], [box.left + 2, box.bottom - 2], [box.right - 2, box.bottom - 2]];
          return points.filter(([x, y]) => y >= 0 && y < innerHeight).map(([x, y]) => Boolean(document.elementFromPoint(x, y)?.closest('[data-step]')));
        });
        if (hits.some(Boolean)) covered.push(`step ${step + 1} at ${share}`);
      }
    }
    expect(covered).toEqual([]);
  });
}
