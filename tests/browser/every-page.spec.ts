import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../bench/pages.mjs';
import { AXE_TAGS, textSizes, typeScale } from './helpers';

/*
 * Checks that hold on every page the build makes, the story editions and every embed alike:
 * nothing is loaded from another host, the strict CSP is never violated, nothing jumps as the page
 * loads, its text keeps to the type scale, and axe finds nothing at a phone's, a tablet's and a
 * desktop's width.
 */
const { stories, embeds } = builtPages(process.env.STORY_OUT ?? 'dist');
const pages: string[] = [...stories, ...embeds];

for (const path of pages) {
  test.describe(`page ${path}`, () => {
    test('loads nothing from another host and breaks no CSP rule while read to the end', async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.addInitScript(() => {
        (window as unknown as { cspViolations: string[] }).cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      const response = await page.goto(path);
      // The policy is in force twice: the page's <meta> and the server's header (src/hosting/policy.ts).
      expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += 400) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      }
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    });

    test('carries its own title, description, canonical URL and a share image for link previews', async ({ page, request }) => {
      await page.goto(path);
      const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
      expect(await meta('meta[property="og:title"]')).toBe(await page.title());
      expect((await meta('meta[property="og:description"]'))?.length).toBeGreaterThan(20);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      // The image URL is absolute on the configured site; fetch the same path from the server under test.
      const image = await request.get(new URL(await meta('meta[property="og:image"]') as string).pathname);
      expect(image.headers()['content-type']).toBe('image/png');
      const png = await image.body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    });

    test('shows the red "11" tile as its tab icon, drawn as a PNG', async ({ page }) => {
      await page.goto(path);
      const icon = page.locator('link[rel="icon"]');
      await expect(icon).toHaveCount(1);
      expect(await icon.getAttribute('type')).toBe('image/png');
      // The icon's pixels as the browser decodes them: the red tile's corner and the white stem of a "1".
      const pixels = await page.evaluate(async (href) => {
        const blob = await (await fetch(href)).blob();
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data];
        return { type: blob.type, size: [bitmap.width, bitmap.height], tile: at(4, 16), stem: at(14, 16) };
      }, (await icon.getAttribute('href'))!);
      expect(pixels.type).toBe('image/png');
      expect(pixels.size).toEqual([32, 32]);
      expect(pixels.tile).toEqual([0xb3, 0x00, 0x1b, 255]);
      expect(pixels.stem).toEqual([255, 255, 255, 255]);
    });

    for (const [width, height] of [[412, 823], [1280, 800]]) {
      test(`nothing on it jumps while it loads and its charts take their first state, at ${width}px`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const shifts: string[] = [];
          (window as unknown as { shifts: string[] }).shifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
              const nodes = entry.sources.map((source) => (source.node as Element | undefined)?.className || source.node?.nodeName);
              shifts.push(`${entry.value.toFixed(4)} ${nodes.join(' ')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        await page.waitForFunction(() => [...document.querySelectorAll('[data-scrolly], [data-embed]')].every((block) => block.hasAttribute('data-ready')));
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
        // Lighthouse's budget for the whole load (CLS ≤ 0.01); each shift is listed with what moved.
        expect(shifts.reduce((sum, shift) => sum + Number.parseFloat(shift), 0), shifts.join('\n')).toBeLessThanOrEqual(0.01);
        await context.close();
      });
    }

    test('sets every text, chart labels included, in the type scale’s sizes and two weights', async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() => [...document.querySelectorAll('[data-scrolly], [data-embed]')].every((block) => block.hasAttribute('data-ready')));
      // The scale's five steps, and the two display sizes that follow the window: the headline and the order counter.
      const steps = await typeScale(page);
      const display = await page.evaluate(() => [...document.querySelectorAll('h1, .timer__figure')].map((element) => Number.parseFloat(getComputedStyle(element).fontSize)));
      const allowed = [...steps, ...display];
      expect(steps.every((size) => size >= 12)).toBe(true);
      const texts = await textSizes(page);
      expect(texts.length).toBeGreaterThan(10);
      const off = texts.filter(({ size, weight }) => !allowed.some((step) => Math.abs(step - size) < 0.02) || !['400', '700'].includes(weight));
      expect(off.map(({ where, size, weight }) => `${where} ${size.toFixed(2)}px ${weight}`)).toEqual([]);
    });

    for (const width of [320, 768, 1280]) {
      test(`axe finds no violations at ${width}px`, async ({ browser }) => {
        // axe over the whole story (two maps of ~180 paths each) is slow on a busy machine.
        test.slow();
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await context.close();
      });
    }
  });
}

test('the crawl found the story', () => {
  expect(stories).toContain('/');
});
