import { expect, scenesReady, sidewaysOverflow, test } from './fixtures';

test.describe('the story page', () => {
  for (const width of [375, 1280]) {
    test(`has no horizontal scroll at ${width}px`, async ({ openPage }) => {
      const page = await openPage({ viewport: { width, height: 800 } });
      await page.goto('/');
      await scenesReady(page);
      for (const y of [0, 0.25, 0.5, 0.75, 1]) {
        await page.evaluate((share) => window.scrollTo(0, share * document.documentElement.scrollHeight), y);
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      }
    });
  }
});

/*
 * A reader who sets a larger default text size (Chrome's "Font size", Firefox's on Android): here
 * 200%, on the narrowest phone. Labels that stayed on one line at the default size must wrap, not
 * run over each other or off the screen.
 */
test.describe('with the browser’s text at 200% on a 320 px phone', () => {
  for (const path of ['/', '/en/', '/embed/timer/', '/en/embed/timer/', '/en/embed/trust/', '/en/embed/map/']) {
    test(`${path}: nothing scrolls sideways, and a timer’s two clock labels stay apart`, async ({ openPage }) => {
      const page = await openPage({ viewport: { width: 320, height: 800 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.goto(path);
      await scenesReady(page);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('34px');
      for (const y of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
        await page.evaluate((share) => window.scrollTo(0, share * document.documentElement.scrollHeight), y);
        expect(await sidewaysOverflow(page), `at ${y * 100}% of the page`).toBeLessThanOrEqual(0);
      }
      const labels = await page.evaluate(() =>
        [...document.querySelectorAll('.timer__clocks')].map((clocks) =>
          [...clocks.querySelectorAll('.timer__zone')].map((label) => {
            const range = document.createRange();
            range.selectNodeContents(label);
            const { left, right } = range.getBoundingClientRect();
            return { left, right };
          }),
        ),
      );
      for (const [first, second] of labels) {
        expect(first.right, 'the first clock’s label ends before the second’s begins').toBeLessThanOrEqual(second.left);
        expect(first.left).toBeGreaterThanOrEqual(0);
        expect(second.right).toBeLessThanOrEqual(320);
      }
      if (path.includes('timer') || !path.includes('embed')) expect(labels.length).toBeGreaterThan(0);
    });
  }
});
