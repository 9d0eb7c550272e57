import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { readLedger, sourceAnchor } from '../../src/datasets/source-ledger';
import { formatPartialDate } from '../../src/i18n/format';
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
    await expect(chapter).toContainText('两项调查的公开报道中都找不到');
    await expect(chapter).toContainText('Provident');
    // 24% is in Ofcom's survey; "a quarter… even with fingerprint" is the article's own wording.
    await expect(chapter.locator('#source-trust-notAtAllSecure')).toContainText('有独立来源');
    await expect(chapter.locator('#source-trust-notAtAllSecure')).toContainText('“四分之一”');
    await expect(chapter.locator('#source-aliexpress-minutesTo10m')).toContainText('证据较弱');
  });

  test('where the article runs ahead of its sources, an editor’s note beside it says what they say: the currencies, and when the GDPR applied', async ({ page }) => {
    const editions = [
      { path: '/', currencies: ['路透社2017年7月的报道是10种', '2018年7月的报道是13种'], gdpr: ['2016年4月27日通过', '自2018年5月25日起适用'] },
      { path: '/en/', currencies: ['Reuters counted 10 in July 2017', 'Campaign Asia 13 in July 2018'], gdpr: ['adopted on 27 Apr 2016', 'applied only from 25 May 2018'] },
    ];
    for (const { path, currencies, gdpr } of editions) {
      await page.goto(path);
      // In the step that makes the claim, so that it is read with it.
      const claim = page.locator('[data-step]', { has: page.locator('[data-fact="wechatpay.currencies"]') });
      await expect(claim.locator('[role="note"]')).toContainText(currencies[0]);
      await expect(claim.locator('[role="note"]')).toContainText(currencies[1]);
      // Right after the article's words on the regulation.
      const gdprNote = page.locator('main p:has-text("GDPR") + p + [role="note"]');
      for (const words of gdpr) await expect(gdprNote).toContainText(words);
    }
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

/*
 * "Sources and method" gives every row of data/ its date and, where there is one, its link, in the
 * edition's own language: no Chinese in the English edition, no English words around the Chinese.
 */
// The survey rows are named as the trust scene lends them to prose (src/scenes/trust/scene.ts): the
// registry itself is not loaded here, since Node cannot import the map's atlas without a bundler.
const ledger = readLedger(undefined, { 'trust-survey.csv': 'trust.' });
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const ENGLISH_FURNITURE = /\b(the article|via|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|US\$/;

for (const [lang, path] of [['zh', '/'], ['en', '/en/']] as const) {
  test(`${lang}: every row has its date and its link, or says it has none`, async ({ page }) => {
    await page.goto(path);
    const entries = await page.locator('#sources .sources__entry').evaluateAll((items) =>
      items.map((li) => ({ id: li.id, from: li.querySelector('.sources__from')?.textContent ?? '', links: [...li.querySelectorAll('a[href^="http"]')].map((a) => a.getAttribute('href')) })),
    );
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    expect(entries.length).toBe(ledger.length);
    for (const row of ledger) {
      const entry = byId.get(sourceAnchor(row.key));
      expect(entry, row.key).toBeDefined();
      expect(entry!.from, row.key).toContain(formatPartialDate(row.source_date, lang));
      expect(entry!.from, row.key).toContain(row.cells[`source_${lang}`]);
      if (row.source_url) expect(entry!.links, row.key).toEqual([row.source_url]);
      else expect(entry!.from, row.key).toContain(lang === 'zh' ? '没有可链接的公开页面' : 'no public page to link to');
    }
  });

  test(`${lang}: "Sources and method" and the numbers’ tooltips are in the edition’s language only`, async ({ page }) => {
    await page.goto(path);
    const text = await page.locator('#sources').evaluate((section) => (section as HTMLElement).innerText);
    const titles = await page.locator('main a[data-fact]').evaluateAll((links) => links.map((a) => a.getAttribute('title') ?? ''));
    const lines = [...text.split('\n'), ...titles].filter(Boolean);
    const foreign = lang === 'en' ? lines.filter((line) => CJK.test(line)) : lines.filter((line) => ENGLISH_FURNITURE.test(line));
    expect(foreign).toEqual([]);
  });
}
