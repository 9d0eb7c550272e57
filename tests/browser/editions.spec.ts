import { colouredCountries, counterValue, expect, sceneEnded, scenesReady, scrollToStep, shownBars, test } from './fixtures';

/*
 * The English edition shows the original's scene states, in English. (The original's own are
 * checked, in more detail, in timer.spec.ts, map.spec.ts and trust.spec.ts.) Every page's
 * <html lang> is checked in accessibility.spec.ts, in its desktop load.
 */
const EDITIONS = [
  { path: '/', lang: 'zh-CN', other: '/en/' },
  { path: '/en/', lang: 'en', other: '/' },
] as const;

test.describe('the English edition', () => {
  test('the timer reaches exactly 10 million, written the English way', async ({ page }) => {
    await page.goto('/en/');
    await scenesReady(page);
    await scrollToStep(page, 'timer', 0, 0.2);
    expect(await counterValue(page)).toBe(0);
    await scrollToStep(page, 'timer', 2, 0.5);
    expect(await counterValue(page)).toBe(10_000_000);
    const timer = page.locator('[data-scene="timer"]');
    await expect(timer.locator('[data-counter]')).toHaveText('10 million');
    await expect(timer).toContainText('Beijing');
    await expect(timer.locator('[data-clock="beijing"]')).toHaveText('19:50');
  });

  test('the map colours France first, Finland for Alipay later, and everything at the end', async ({ page }) => {
    await page.goto('/en/');
    await scenesReady(page);
    await scrollToStep(page, 'map', 0, 0.5, 0);
    expect(await colouredCountries(page, 0, true)).toEqual(['250:wechat']);
    await scrollToStep(page, 'map', 0, 0.5, 1);
    expect(await colouredCountries(page, 1, true)).toContain('246:alipay');
    await scrollToStep(page, 'map', -1, 0.5, 1);
    const all = await colouredCountries(page, 1);
    for (const place of ['250', '246', '410', '840', '764', '036']) expect(all).toContain(place);
  });

  test('the survey bars appear 72, then 10, then 24', async ({ page }) => {
    await page.goto('/en/');
    await scenesReady(page);
    const seen: number[][] = [];
    for (const step of [0, 1, 2]) {
      await scrollToStep(page, 'trust', step, 0.5);
      await sceneEnded(page, 'trust');
      seen.push(await shownBars(page));
    }
    expect(seen).toEqual([[72], [72, 10], [72, 10, 24]]);
  });
});

for (const edition of EDITIONS) {
  test(`the ${edition.lang} edition names its language, links its other edition, and the chapter link lands on the same chapter there`, async ({ page }) => {
    await page.goto(edition.path);
    await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((link) => `${link.getAttribute('hreflang')} ${new URL((link as HTMLLinkElement).href).pathname}`).sort(),
    );
    expect(alternates).toEqual(['en /en/', 'x-default /', 'zh-CN /']);
    const chapter = page.locator('section#privacy');
    await chapter.locator(`a[href$="${edition.other}#privacy"]`).click();
    await expect(page).toHaveURL(new RegExp(`${edition.other.replace(/\//g, '\\/')}#privacy$`));
    await expect(page.locator('section#privacy')).toBeInViewport();
  });
}
