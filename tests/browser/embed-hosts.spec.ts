import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { HostSite } from './host-site';

/*
 * The snippets in host pages as newsrooms build them, on another site: many charts on one long
 * page opened at its end, a src that redirects, a CMS's sandbox, Datawrapper's older host script.
 */

const MARKED = 'iframe[data-double11-embed]';
const host = new HostSite();
/** The story's snippets, by edition, as its "Embed this chart" panels show them. */
const snippets: Record<string, string[]> = {};

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  await host.start();
  const page = await browser.newPage({ baseURL });
  for (const edition of ['/', '/en/']) {
    await page.goto(edition, { waitUntil: 'domcontentloaded' });
    snippets[edition] = await page.locator('[data-snippet]').allTextContents();
  }
  await page.close();
});

test.afterAll(() => host.stop());

/** The first snippet of each scene in an edition. */
function oneOfEachScene(edition: string): string[] {
  const seen = new Map<string, string>();
  for (const html of snippets[edition]) {
    const scene = /\/embed\/(?:[a-z0-9-]+\/)?(timer|map|trust)\//.exec(html)?.[1] ?? html;
    if (!seen.has(scene)) seen.set(scene, html);
  }
  return [...seen.values()];
}

const iframeOf = (snippet: string) => snippet.split('\n').find((line) => line.startsWith('<iframe'))!;
const scriptOf = (snippet: string) => snippet.split('\n').find((line) => line.startsWith('<script'))!;
const srcOf = (snippet: string) => /src="([^"]+)"/.exec(iframeOf(snippet))![1].replace(/&amp;/g, '&');

/** The page inside an iframe once its chart has mounted. */
async function chartIn(iframe: Locator): Promise<Frame> {
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForSelector('[data-embed][data-ready]', { state: 'attached' });
  return frame;
}

/** How far each iframe's height is from its chart's, in px (null while its chart has not mounted). */
async function misfits(page: Page): Promise<(number | null)[]> {
  const result: (number | null)[] = [];
  for (const iframe of await page.locator(MARKED).all()) {
    const frame = await (await iframe.elementHandle())!.contentFrame();
    const inner = await frame
      ?.evaluate(() => document.querySelector('[data-embed][data-ready]')?.getBoundingClientRect().height ?? null)
      .catch(() => null);
    const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    result.push(inner == null ? null : Math.round(Math.abs(outer - inner)));
  }
  return result;
}

/** Waits until each of the page's `count` iframes is within 2 px of its chart's height; returns the gaps. */
async function expectFitted(page: Page, count: number, message = 'every iframe as tall as its chart, 2 px at most'): Promise<number[]> {
  await expect.poll(async () => (await misfits(page)).map((gap) => gap !== null && gap <= 2), { message, timeout: 30_000 }).toEqual(Array(count).fill(true));
  return (await misfits(page)) as number[];
}

/** Console errors and uncaught exceptions, in the host page and in its frames. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const filler = (n: number) => `<p>${'The newsroom’s own words, between the charts. '.repeat(n)}</p>`;

for (const width of [1280, 390]) {
  test(`six charts on a long page opened at its end are sized before any scroll, and nothing moves on the way up (${width} px)`, async ({ page }) => {
    test.slow();
    const errors = consoleErrors(page);
    const six = [...oneOfEachScene('/'), ...oneOfEachScene('/en/')];
    expect(six).toHaveLength(6);
    // One of them opens at a step of its own.
    six[0] = six[0].replace(/src="([^"?]+)"/, 'src="$1?step=1"');
    const body = six.map((snippet) => `${filler(12)}\n${snippet}`).join('\n') + `\n${filler(30)}<p id="end">The end.</p>`;
    await page.addInitScript(() => {
      const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${host.page(`six-${width}`, body)}#end`);
    const atEnd = await page.evaluate(() => scrollY);
    expect(atEnd, 'the page opened at its end').toBeGreaterThan(3000);

    const fits = await expectFitted(page, six.length);
    console.log(`${width} px: iframe height − chart height, px:`, fits.join(', '));
    expect(await page.evaluate(() => scrollY), 'the reader has not scrolled').toBe(atEnd);

    // Up to the top, a screen at a time, a frame or two per screen as a reader's flick gives it.
    await page.evaluate(() => ((window as unknown as { shifts: number[] }).shifts.length = 0));
    while (await page.evaluate(() => scrollY > 0)) {
      await page.mouse.wheel(0, -600);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    const cls = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
    console.log(`${width} px: host CLS while scrolling to the top:`, cls);
    expect(cls).toBe(0);
    expect(errors).toEqual([]);
  });
}

test('a snippet whose src redirects to another origin (http→https, apex→www) is sized', async ({ page, baseURL }) => {
  const errors = consoleErrors(page);
  const [snippet] = oneOfEachScene('/en/');
  const moved = host.redirect('/old-address/', srcOf(snippet));
  await page.goto(host.page('redirect', `${iframeOf(snippet).replace(/src="[^"]+"/, `src="${moved}"`)}\n${scriptOf(snippet)}`));
  const frame = await chartIn(page.locator(MARKED));
  expect(new URL(frame.url()).origin, 'the frame landed on the story’s site').toBe(new URL(baseURL!).origin);
  await expectFitted(page, 1);
  expect(errors).toEqual([]);
});

test('in an iframe sandboxed with allow-scripts alone, the chart is sized and the timer plays', async ({ page }) => {
  const errors = consoleErrors(page);
  const timer = oneOfEachScene('/en/').find((snippet) => /timer/.test(snippet) || /double-11/.test(snippet))!;
  const sandboxed = iframeOf(timer).replace('<iframe ', '<iframe sandbox="allow-scripts" ');
  await page.goto(host.page('sandbox', `${sandboxed}\n${scriptOf(timer)}`));
  const frame = await chartIn(page.locator(MARKED));
  expect(await frame.evaluate(() => origin), 'the frame’s origin is opaque').toBe('null');
  await expectFitted(page, 1);

  const counter = () => frame.locator('[data-counter]').getAttribute('data-value');
  await frame.getByRole('slider').fill('0');
  expect(await counter()).toBe('0');
  await frame.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => Number(await counter()), { message: 'Play counts up' }).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

/**
 * Datawrapper's older host script, as its published "responsive" embed codes carried it
 * (datawrapper/chart-core, lib/embed.js): it finds the frame by id="datawrapper-chart-<key>", or by
 * the key in its src, and trusts the message as it stands.
 */
const OLDER_DATAWRAPPER_LISTENER = `<script>
window.addEventListener('message', function(event) {
    if (typeof event.data['datawrapper-height'] !== 'undefined') {
        for (var chartId in event.data['datawrapper-height']) {
            var iframe =
                document.getElementById('datawrapper-chart-' + chartId) ||
                document.querySelector("iframe[src*='" + chartId + "']");

            if (!iframe) continue;
            iframe.style.height = event.data['datawrapper-height'][chartId] + 'px';
        }
    }
});
</script>`;

test('Datawrapper’s older host script sizes the snippet’s iframe, without ours', async ({ page }) => {
  const errors = consoleErrors(page);
  const snippet = oneOfEachScene('/')[1];
  await page.goto(host.page('datawrapper', `${iframeOf(snippet)}\n${OLDER_DATAWRAPPER_LISTENER}`));
  await chartIn(page.locator(MARKED));
  await expectFitted(page, 1);
  expect(await page.evaluate(() => 'double11EmbedHost' in window), 'our host script is not on the page').toBe(false);
  expect(errors).toEqual([]);
});
