import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { expectNoAxeViolations, sceneAtRest, scenesReady, scrollToStep, settled } from './helpers';

const STORY = '/';
const TRUST = '[data-scene="trust"]';

/** Waits for the bars' transitions to end, so that lengths are measured at rest. */
const barsAtRest = (page: Page) => sceneAtRest(page, 'trust');

/** Each bar as a reader sees it: its value, its drawn width, and whether it can be seen. */
async function bars(page: Page) {
  return page.locator(`${TRUST} [data-value]`).evaluateAll((rects) =>
    rects.map((rect) => {
      const box = rect.getBoundingClientRect();
      const style = getComputedStyle(rect);
      return {
        value: Number(rect.getAttribute('data-value')),
        left: box.left,
        width: box.width,
        visible: box.width > 0 && Number(style.opacity) > 0 && style.display !== 'none' && style.visibility !== 'hidden',
      };
    }),
  );
}

const visibleValues = async (page: Page) => (await bars(page)).filter((bar) => bar.visible).map((bar) => bar.value);

/** The bars' lengths and the axis, checked against the values they claim. */
async function expectProportionalFromZero(page: Page) {
  const drawn = await bars(page);
  expect(drawn.map((bar) => bar.value)).toEqual([72, 10, 24]);
  const perPoint = drawn[0].width / drawn[0].value;
  for (const bar of drawn) expect(Math.abs(bar.width / perPoint - bar.value) / bar.value).toBeLessThan(0.01);
  const zero = page.locator(`${TRUST} [data-tick="0"]`);
  await expect(zero).toHaveText('0%');
  const tick = await zero.boundingBox();
  for (const bar of drawn) expect(Math.abs(tick!.x + tick!.width / 2 - bar.left)).toBeLessThan(1.5);
}

test.describe('the UK trust-survey bars', () => {
  test('draw bar lengths in proportion to 72 : 24 : 10 on an axis that starts at 0%', async ({ page }) => {
    await page.goto(STORY);
    await scenesReady(page);
    await scrollToStep(page, 'trust', 2, 0.5);
    await barsAtRest(page);
    await expectProportionalFromZero(page);
  });

  test('reveal the 72% bar, then the 10%, then the 24%, and hide them again on the way back', async ({ page }) => {
    await page.goto(STORY);
    await scenesReady(page);
    const seen: number[][] = [];
    for (const step of [0, 1, 2, 1, 0]) {
      await scrollToStep(page, 'trust', step, 0.5);
      await barsAtRest(page);
      seen.push(await visibleValues(page));
    }
    expect(seen).toEqual([[72], [72, 10], [72, 10, 24], [72, 10], [72]]);
    // The bar the text is talking about stands out.
    await expect(page.locator(`${TRUST} .is-highlighted [data-value]`)).toHaveAttribute('data-value', '72');
  });

  test('label each bar with what was asked, print its value, and name each survey with its date and sample', async ({ page }) => {
    await page.goto(STORY);
    const trust = page.locator(TRUST);
    await expect(trust.locator('[data-statement]')).toHaveText([/担心使用非接触或智能手机支付会产生危险\s*：72%\s*72%/, /完全安全.*10%/s, /一点也不安全.*24%.*原文写作“四分之一”/s]);
    await expect(trust.locator('.trust__survey')).toHaveText(['Thales e-Security调查 · 2016年10月28日发布 · 样本2,000人', 'Ofcom调查 · 2016年4月发布 · 样本1,841人']);
    const description = await trust.getAttribute('aria-describedby');
    await expect(page.locator(`#${description}`)).toContainText('不能相加');
  });

  test('with less motion asked for, bars appear without any transition', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(STORY);
    await scenesReady(page);
    await scrollToStep(page, 'trust', 1, 0.5);
    expect(await visibleValues(page)).toEqual([72, 10]);
    const moving = await page.evaluate(() => ({
      animations: document.querySelector('[data-scene="trust"]')!.getAnimations({ subtree: true }).length,
      transitions: [...document.querySelectorAll('[data-scene="trust"] *')].filter((el) => parseFloat(getComputedStyle(el).transitionDuration) > 0).length,
    }));
    expect(moving).toEqual({ animations: 0, transitions: 0 });
    await context.close();
  });

  test('without JavaScript, all three bars are drawn, in proportion, from zero', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(STORY);
    expect(await visibleValues(page)).toEqual([72, 10, 24]);
    await expectProportionalFromZero(page);
    await context.close();
  });

  test('axe finds no violations while the bars are half revealed', async ({ page }) => {
    await page.goto(STORY);
    await scenesReady(page);
    await scrollToStep(page, 'trust', 1, 0.5);
    await barsAtRest(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('get the data', () => {
  /** A CSV as a spreadsheet would read it, after checking the byte-order mark Excel needs. */
  async function download(page: Page, href: string) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)], `${href} starts with a UTF-8 byte-order mark`).toEqual([0xef, 0xbb, 0xbf]);
    return csvParse(bytes.subarray(3).toString('utf8'));
  }

  test('every chart in the story links to a CSV of its rows', async ({ page }) => {
    await page.goto(STORY);
    const figures = page.locator('figure[data-scene]');
    expect(await figures.count()).toBeGreaterThanOrEqual(2);
    for (const figure of await figures.all()) {
      const scene = await figure.getAttribute('data-scene');
      const link = figure.locator('a[data-get-the-data]');
      await expect(link).toHaveCount(1);
      expect(await link.getAttribute('href')).toBe(`/data/${scene}.csv`);
      const rows = await download(page, (await link.getAttribute('href'))!);
      expect(rows.length, scene!).toBeGreaterThan(0);
    }
  });

  test('the trust CSV holds exactly the chart’s bars, in order, with their sources', async ({ page }) => {
    await page.goto(STORY);
    const trust = page.locator(TRUST);
    const rows = await download(page, (await trust.locator('a[data-get-the-data]').getAttribute('href'))!);
    const drawn = await trust.locator('[data-statement]').evaluateAll((items) =>
      items.map((item) => ({
        statement: item.querySelector('.trust__statement')!.firstChild!.textContent!.trim(),
        share: Number(item.querySelector('[data-value]')!.getAttribute('data-value')),
      })),
    );
    expect(rows.map((row) => ({ statement: row['说法'], share: Number(row['认同的受访者（%）']) }))).toEqual(drawn);
    expect(rows.map((row) => [row['调查方'], row['样本量']])).toEqual([
      ['Thales e-Security', '2000'],
      ['Ofcom', '1841'],
      ['Ofcom', '1841'],
    ]);
    expect(rows.every((row) => row['来源链接'].startsWith('http'))).toBe(true);
  });

  test('the timer CSV holds its two published points, the ones the timer starts and ends on', async ({ page }) => {
    await page.goto(STORY);
    const rows = await download(page, (await page.locator('[data-scene="timer"] a[data-get-the-data]').getAttribute('href'))!);
    expect(rows.map((row) => [row['北京时间'], row['太平洋时间'], row['已支付订单']])).toEqual([
      ['16:00', '00:00', '0'],
      ['19:50', '03:50', '10000000'],
    ]);
  });

  test('the English edition’s CSVs are in English', async ({ page }) => {
    const rows = await download(page, '/en/data/trust.csv');
    expect(rows.columns[0]).toBe('statement');
    expect(rows[2].statement).toBe('think mobile payment is “not at all secure”');
  });
});

test.describe('sources and method', () => {
  /** Every source URL in data/, read straight from the CSV files. */
  const dataUrls = readdirSync('data')
    .filter((name) => name.endsWith('.csv'))
    .flatMap((name) => csvParse(readFileSync(join('data', name), 'utf8').replace(/^\uFEFF/, '')).map((row) => row.source_url?.trim() ?? ''))
    .filter(Boolean);

  test('closes the story and links every source URL found in data/*.csv', async ({ page }) => {
    await page.goto(STORY);
    const chapter = page.locator('main section#sources');
    await expect(chapter.locator('h2')).toHaveText('来源与方法');
    expect(await page.evaluate(() => document.querySelector('main section#sources')?.nextElementSibling?.tagName)).toBe('FOOTER');
    const hrefs = await chapter.locator('a[href^="http"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(dataUrls.length).toBeGreaterThan(5);
    expect(dataUrls.filter((url) => !hrefs.includes(url))).toEqual([]);
  });

  test('says what could not be verified: the average pace, the missing list of 13, two surveys, Provident', async ({ page }) => {
    await page.goto(STORY);
    const chapter = page.locator('section#sources');
    await expect(chapter).toContainText('计时器按平均速度推算');
    await expect(chapter).toContainText('没有公开的“13个国家和地区”名单');
    await expect(chapter).toContainText('这是另一项调查');
    await expect(chapter).toContainText('两项调查中都找不到');
    await expect(chapter).toContainText('Provident');
    // 24% is in Ofcom's survey; "a quarter… even with fingerprint" is the article's own wording.
    await expect(chapter.locator('#source-trust-notAtAllSecure')).toContainText('有独立来源');
    await expect(chapter.locator('#source-trust-notAtAllSecure')).toContainText('“四分之一”');
    await expect(chapter.locator('#source-aliexpress-minutesTo10m')).toContainText('未能独立核实');
  });

  test('every number in the text links to its source entry, keeping its text', async ({ page }) => {
    await page.goto(STORY);
    const facts = await page.locator('main a[data-fact]').evaluateAll((links) =>
      links.map((a) => ({ text: a.textContent, target: document.getElementById(a.getAttribute('href')!.slice(1)) !== null })),
    );
    expect(facts.length).toBeGreaterThan(5);
    expect(facts.filter((fact) => !fact.target)).toEqual([]);
    await page.locator('[data-fact="trust.worried"]').click();
    await expect(page.locator('#source-trust-worried')).toBeInViewport();
    await expect(page.locator('#source-trust-worried')).toContainText('72%');
  });
});
