import { SUBPATH, SUBPATH_ORIGIN } from '../support/local-site.mjs';
import { counterValue, expect, scenesReady, test } from './fixtures';

test('a build under a newsroom sub-path loads every asset and link from under that path', async ({ page }) => {
  const requests: { url: string; status: number }[] = [];
  page.on('response', (response) => requests.push({ url: response.url(), status: response.status() }));
  await page.goto(`${SUBPATH_ORIGIN}${SUBPATH}`);
  await scenesReady(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => counterValue(page)).toBe(10_000_000);

  expect(requests.length).toBeGreaterThan(1);
  for (const { url, status } of requests) {
    expect(url.startsWith(`${SUBPATH_ORIGIN}${SUBPATH}`), url).toBe(true);
    expect(status, url).toBeLessThan(400);
  }
  const links = await page.$$eval('a[href], link[href]', (els) => els.map((el) => (el as HTMLAnchorElement).href));
  for (const href of links.filter((h) => h.startsWith(SUBPATH_ORIGIN))) {
    expect(href.startsWith(`${SUBPATH_ORIGIN}${SUBPATH}`), href).toBe(true);
    expect((await page.request.get(href)).status(), href).toBeLessThan(400);
  }
});
