import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../../bench/pages.mjs';
import { counterValue, sceneAtRest, scenesReady, scrollToStep } from './helpers';

/* The same scene checks on both editions: the English edition shows the same states, in English. */
const EDITIONS = [
  { path: '/', lang: 'zh-CN', tenMillion: '1000万', beijing: '北京时间', other: '/en/' },
  { path: '/en/', lang: 'en', tenMillion: '10 million', beijing: 'Beijing', other: '/' },
] as const;

const scrollToBlockStep = (page: Page, scene: string, block: number, step: number) => scrollToStep(page, scene, step, 0.5, block);

const highlighted = (page: Page, block: number) =>
  page
    .locator('[data-scene="map"]')
    .nth(block)
    .locator('path[data-company]')
    .evaluateAll((paths) => paths.map((path) => `${(path as SVGElement).dataset.id}:${(path as SVGElement).dataset.company}`).sort());

const shownBars = (page: Page) =>
  page.locator('[data-scene="trust"] [data-value]').evaluateAll((bars) =>
    bars
      .filter((bar) => bar.getBoundingClientRect().width > 0 && getComputedStyle(bar).opacity !== '0' && getComputedStyle(bar).display !== 'none')
      .map((bar) => Number((bar as HTMLElement).dataset.value)),
  );

for (const edition of EDITIONS) {
  test.describe(`the ${edition.lang} edition`, () => {
    test('the timer reaches exactly 10 million, written the edition’s way', async ({ page }) => {
      await page.goto(edition.path);
      await scenesReady(page);
      await scrollToStep(page, 'timer', 0, 0.2);
      expect(await counterValue(page)).toBe(0);
      await scrollToStep(page, 'timer', 2, 0.5);
      expect(await counterValue(page)).toBe(10_000_000);
      const timer = page.locator('[data-scene="timer"]');
      await expect(timer.locator('[data-counter]')).toHaveText(edition.tenMillion);
      await expect(timer).toContainText(edition.beijing);
      await expect(timer.locator('[data-clock="beijing"]')).toHaveText('19:50');
    });

    test('the map colours France first, Finland for Alipay later, and everything at the end', async ({ page }) => {
      await page.goto(edition.path);
      await scenesReady(page);
      await scrollToBlockStep(page, 'map', 0, 0);
      expect(await highlighted(page, 0)).toEqual(['250:wechat']);
      await scrollToBlockStep(page, 'map', 1, 0);
      expect(await highlighted(page, 1)).toContain('246:alipay');
      await scrollToBlockStep(page, 'map', 1, -1);
      const all = await highlighted(page, 1);
      for (const place of ['250', '246', '410', '840', '764', '036']) expect(all.some((entry) => entry.startsWith(`${place}:`))).toBe(true);
    });

    test('the survey bars appear 72, then 10, then 24', async ({ page }) => {
      await page.goto(edition.path);
      await scenesReady(page);
      const seen: number[][] = [];
      for (const step of [0, 1, 2]) {
        await scrollToBlockStep(page, 'trust', 0, step);
        await sceneAtRest(page, 'trust');
        seen.push((await shownBars(page)).sort((a, b) => b - a));
      }
      expect(seen).toEqual([[72], [72, 10], [72, 24, 10]]);
    });

    test('names its language, links its other edition, and the chapter link lands on the same chapter there', async ({ page }) => {
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
  });
}

test('every page names its language in <html lang>', async ({ page }) => {
  const { stories, embeds } = builtPages(process.env.STORY_OUT ?? 'dist');
  for (const path of [...stories, ...embeds]) {
    await page.goto(path);
    expect(await page.locator('html').getAttribute('lang'), path).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN');
  }
});
