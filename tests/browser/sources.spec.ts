import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { expect, test } from './fixtures';

/* The story's last chapter: every source in data/, and what could not be verified. */
const STORY = '/';

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
