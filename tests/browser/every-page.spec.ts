import { BUILT, expect, test, type Page } from './fixtures';
import { expectLoadedWithoutJumps, recordShifts } from './page-checks';

/*
 * Checks that hold on every page the build makes, the story editions and every embed alike:
 * nothing is loaded from another host, the strict CSP is never violated, nothing jumps as the page
 * loads on a slow phone, and it names itself and its images for link previews. (axe, at a phone's,
 * a tablet's and a desktop's width, and at the desktop's its language, that nothing jumps as it
 * loads and that its text keeps to the type scale: accessibility.spec.ts, in the same load.)
 */
const pages: string[] = [...BUILT.stories, ...BUILT.embeds, ...BUILT.codes];

/** Loads the page and waits for its charts' first state; then checks nothing jumped meanwhile. */
async function loadsWithoutJumps(page: Page, path: string) {
  const response = await page.goto(path);
  await expectLoadedWithoutJumps(page);
  return response!;
}

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('at 412px: nothing jumps while it loads, and read to the end it loads nothing from another host and breaks no CSP rule', async ({ openPage, baseURL }) => {
      const page = await openPage({ viewport: { width: 412, height: 823 } });
      await recordShifts(page);
      const origin = new URL(baseURL!).origin;
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.addInitScript(() => {
        (window as unknown as { cspViolations: string[] }).cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      // Loaded as a slow phone loads it (4× CPU): the parser then paints a page in parts, and no part may move another.
      const cpu = await page.context().newCDPSession(page);
      await cpu.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const response = await loadsWithoutJumps(page, path);
      await cpu.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      // The policy is in force twice: the page's <meta> and the server's header (src/hosting/policy.ts).
      expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
      // Down the page 400 px a frame, as a reader's scroll goes (in the page: no round trip per step).
      await page.evaluate(async () => {
        const height = document.documentElement.scrollHeight;
        for (let y = 0; y <= height; y += 400) {
          window.scrollTo(0, y);
          await new Promise((done) => requestAnimationFrame(done));
        }
      });
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    });
  });
}

test('the crawl found the story', () => {
  expect(BUILT.stories).toContain('/');
});

/** What a page's HTML says about itself to link previews and tabs, read as its markup, not run. */
async function headOf(page: Page, html: string) {
  return page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const all = (selector: string, attribute: string) => [...doc.querySelectorAll(selector)].map((el) => el.getAttribute(attribute));
    return {
      title: doc.title,
      ogTitle: all('meta[property="og:title"]', 'content'),
      ogDescription: all('meta[property="og:description"]', 'content'),
      ogImage: all('meta[property="og:image"]', 'content'),
      twitterCard: all('meta[name="twitter:card"]', 'content'),
      canonical: all('link[rel="canonical"]', 'href'),
      icons: [...doc.querySelectorAll('link[rel="icon"]')].map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`),
    };
  }, html);
}

test('every page carries its own title, description and canonical URL, a share image and the tab icon, which are checked once each', async ({ page, request }) => {
  const images = new Set<string>();
  const icons = new Set<string>();
  for (const path of pages) {
    const head = await headOf(page, await (await request.get(path)).text());
    expect(head.ogTitle, path).toEqual([head.title]);
    expect(head.ogDescription[0]?.length, path).toBeGreaterThan(20);
    expect(head.canonical, path).toHaveLength(1);
    expect(head.canonical[0], path).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    expect(head.twitterCard, path).toEqual(['summary_large_image']);
    expect(head.ogImage, path).toHaveLength(1);
    expect(head.icons, path).toHaveLength(1);
    images.add(head.ogImage[0]!);
    icons.add(head.icons[0]);
  }

  // The share image: absolute on the configured site; fetched by its path from the server under test.
  for (const url of images) {
    const image = await request.get(new URL(url).pathname);
    expect(image.headers()['content-type'], url).toBe('image/png');
    const png = await image.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([1200, 630]);
  }

  // The tab icon: the red "11" tile, as the browser decodes it: the tile's corner and the white stem of a "1".
  for (const icon of icons) {
    const [type, href] = icon.split(' ');
    // Fetched from a page of the server under test: the icon itself, not the whole story.
    await page.goto(href);
    expect(type).toBe('image/png');
    const pixels = await page.evaluate(async (href) => {
      const blob = await (await fetch(href)).blob();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data];
      return { type: blob.type, size: [bitmap.width, bitmap.height], tile: at(4, 16), stem: at(14, 16) };
    }, href);
    expect(pixels.type).toBe('image/png');
    expect(pixels.size).toEqual([32, 32]);
    expect(pixels.tile).toEqual([0xb3, 0x00, 0x1b, 255]);
    expect(pixels.stem).toEqual([255, 255, 255, 255]);
  }
});
