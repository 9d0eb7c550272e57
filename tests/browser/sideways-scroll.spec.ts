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
