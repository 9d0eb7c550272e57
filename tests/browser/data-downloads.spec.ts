import { csvParse } from 'd3-dsv';
import { expect, test, type Page } from './fixtures';

/* "Get the data" under each chart: a CSV of the chart's rows, as a spreadsheet opens it. */
const STORY = '/';
const TRUST = '[data-scene="trust"]';

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

test('a chart’s download links sit where they end up before the rest of the source line has arrived: a slow phone paints the line in parts', async ({ page }) => {
  for (const story of ['/', '/en/']) {
    await page.goto(story);
    const moved = await page.locator('figcaption.chart__source').evaluateAll((lines) => {
      const found: string[] = [];
      for (const line of lines as HTMLElement[]) {
        const links = [...line.querySelectorAll<HTMLElement>(':scope > .chart__download')];
        for (let width = 240; width <= 720; width += 8) {
          line.style.width = `${width}px`;
          for (const link of links) {
            // From the line's own corner: a chart centred in its sticky frame moves with the line's height.
            const at = () => [link.getBoundingClientRect().left - line.getBoundingClientRect().left, link.getBoundingClientRect().top - line.getBoundingClientRect().top].map(Math.round);
            const whole = at();
            // What the parser has not reached yet: everything after this link.
            const later: ChildNode[] = [];
            for (let next = link.nextSibling; next; next = next.nextSibling) later.push(next);
            later.forEach((node) => node.remove());
            const partial = at();
            line.append(...later);
            if (`${partial}` !== `${whole}`) {
              found.push(`${line.closest('figure')!.id} at ${width}px: “${link.textContent!.trim()}” drawn at ${partial} then ${whole}`);
            }
          }
        }
        line.style.width = '';
      }
      return found;
    });
    expect(moved, story).toEqual([]);
  }
});
