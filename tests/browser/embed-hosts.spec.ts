import { expect, expectNoAxeViolations, test, type Frame, type Locator, type Page } from './fixtures';
import { heightSteps } from './height-table';
import { HostSite } from './host-site';

/*
 * The snippets in host pages as newsrooms build them, on another site: many charts on one long
 * page opened at its end, a src that redirects, a CMS's sandbox, Datawrapper's older host script.
 */

const MARKED = 'iframe[data-double11-embed]';
const host = new HostSite();
/** The story's snippets, by edition, in reading order, as the code pages its "Embed this chart" links lead to show them. */
const snippets: Record<string, string[]> = {};

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  await host.start();
  const page = await browser.newPage({ baseURL });
  for (const edition of ['/', '/en/']) {
    await page.goto(edition, { waitUntil: 'domcontentloaded' });
    const codePages = await page.locator('a[data-embed-link]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    snippets[edition] = [];
    for (const codePage of codePages) {
      await page.goto(codePage, { waitUntil: 'domcontentloaded' });
      snippets[edition].push((await page.locator('[data-snippet]').textContent())!);
    }
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

const iframeOf = (snippet: string) => snippet.split('\n').find((line) => line.includes('<iframe'))!;
const scriptOf = (snippet: string) => snippet.split('\n').find((line) => line.startsWith('<script'))!;
/** The snippet as a host that runs no script of ours (or a CMS that strips scripts) keeps it. */
const withoutScript = (snippet: string) => snippet.replace(/\n<script[^\n]*<\/script>/, '');
/** The snippet as a CMS that strips <style> keeps it: the frame starts at its `height` attribute. */
const withoutStyle = (snippet: string) => snippet.replace(/<style>[^]*?<\/style>\n/, '');
const srcOf = (snippet: string) => /src="([^"]+)"/.exec(iframeOf(snippet))![1].replace(/&amp;/g, '&');
const sceneOf = (snippet: string) => /\/embed\/(?:[a-z0-9-]+\/)?([a-z]+)(?:-\d+)?\/$/.exec(new URL(srcOf(snippet)).pathname)![1];

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
    // The fourth stands pages away from both the top and the end: its lazy frame is far from the screen wherever Chromium looks.
    const body = six.map((snippet, i) => `${filler(i === 3 || i === 4 ? 600 : 12)}\n${snippet}`).join('\n') + `\n${filler(30)}<p id="end">The end.</p>`;
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
    expect(await page.evaluate(() => scrollY), 'the page opened at its end').toBeGreaterThan(3000);
    const seen = () => page.locator('#end').evaluate((end) => Math.round(end.getBoundingClientRect().top));
    const atEnd = await seen();

    const fits = await expectFitted(page, six.length);
    console.log(`${width} px: iframe height − chart height, px:`, fits.join(', '));
    // The frames above resized out of sight: the browser keeps what the reader sees where it was.
    expect(await seen(), 'the end of the page where the reader sees it').toBe(atEnd);

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

/** Records the host page's layout shifts (with the nodes that moved) from its first paint on. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: string[] = ((window as unknown as { shifts: string[] }).shifts = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
        if (!entry.hadRecentInput) shifts.push(`${entry.value.toFixed(4)} ${entry.sources.map((source) => source.node?.nodeName).join(' ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Holds back the page at `src` until the returned function is called: its height arrives late, as on a slow network. */
async function holdBack(page: Page, src: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(src, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const twoFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

test('a chart crossing the top of the screen that hears its height late grows out of sight: the text below it stays still (390 px)', async ({ page }) => {
  // The chart that grows most from its snippet's height attribute in a phone's column, in a CMS that
  // strips the snippet's style, opened at the page's end with its foot on screen.
  const trust = withoutStyle(oneOfEachScene('/en/').find((snippet) => snippet.includes('/privacy/trust/'))!);
  const declared = Number(/height="(\d+)"/.exec(iframeOf(trust))![1]);
  // Its page is held back until the host has loaded and been painted.
  const release = await holdBack(page, srcOf(trust));
  await recordShifts(page);
  await page.setViewportSize({ width: 390, height: 800 });
  // The held frame holds the host's load event back too.
  await page.goto(`${host.page('late', `${filler(12)}\n${trust}\n${filler(30)}<p id="end">The end.</p>`)}#end`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => scrollY > 0);
  await twoFrames(page);
  const frame = page.locator(MARKED);
  const box = await frame.evaluate((iframe) => iframe.getBoundingClientRect().toJSON());
  expect(box.top < 0 && box.bottom > 0, `the frame crosses the top of the screen: ${Math.round(box.top)}–${Math.round(box.bottom)} px`).toBe(true);
  const end = () => page.locator('#end').evaluate((element) => Math.round(element.getBoundingClientRect().top));
  const seen = await end();

  release();
  await expectFitted(page, 1);
  const grown = await frame.evaluate((iframe) => Math.round(iframe.getBoundingClientRect().height));
  expect(grown - declared, 'px the frame grew').toBeGreaterThan(50);
  expect(await end(), 'the end of the page where the reader sees it').toBe(seen);
  expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts), 'the host page’s layout shifts').toEqual([]);
});

for (const script of [true, false]) {
  test(`on a phone, each chart in the first screen starts at its own height: the text below it never moves (${script ? 'with' : 'without'} embed.js)`, async ({ page }) => {
    test.slow();
    await recordShifts(page);
    await page.setViewportSize({ width: 390, height: 800 });
    const moves: string[] = [];
    for (const edition of ['/', '/en/']) {
      for (const snippet of oneOfEachScene(edition)) {
        const name = `${edition === '/' ? 'zh' : 'en'} ${sceneOf(snippet)}`;
        const release = await holdBack(page, srcOf(snippet));
        const pasted = script ? snippet : withoutScript(snippet);
        await page.goto(host.page('phone', `${filler(2)}\n${pasted}\n<p id="below">The newsroom’s text right below the chart.</p>\n${filler(20)}`), { waitUntil: 'domcontentloaded' });
        await twoFrames(page);
        const below = () => page.locator('#below').evaluate((element) => element.getBoundingClientRect().top);
        const before = await below();
        const frame = page.locator(MARKED);
        expect(await frame.evaluate((iframe) => iframe.getBoundingClientRect().top), `${name}: the chart starts in the first screen`).toBeLessThan(400);

        release();
        const chart = await chartIn(frame);
        await chart.evaluate(() => document.fonts.ready);
        const content = await chart.evaluate(() => Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height));
        if (script) await expectFitted(page, 1);
        else await twoFrames(page);
        const height = await frame.evaluate((iframe) => iframe.getBoundingClientRect().height);
        const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
        moves.push(`${name}: text below moved ${Math.round((await below()) - before)} px, frame ${height} px for a ${content} px chart, layout shifts [${shifts.join(', ')}]`);
        await page.unroute(srcOf(snippet));
      }
    }
    console.log(moves.join('\n'));
    expect(moves.filter((move) => !/moved 0 px, frame (\d+) px for a \1 px chart, layout shifts \[\]$/.test(move))).toEqual([]);
  });
}

/** Host layouts a newsroom's template may put a snippet in, beside a sidebar or alone. */
const LAYOUTS = [
  ['a flex row beside a 200 px sidebar', 'display:flex;gap:16px', 'flex:0 0 200px'],
  // The chart's column is then a fraction of a px wide: its frame's page is laid out a whole px wide.
  ['a flex row beside a sidebar as wide as its words', 'display:flex;gap:16px', ''],
  ['a grid column sized auto', 'display:grid;grid-template-columns:200px auto;gap:16px', ''],
  ['a grid column of 1fr', 'display:grid;grid-template-columns:minmax(0,1fr) 200px;gap:16px', 'order:1'],
  ['a centred flex column', 'display:flex;flex-direction:column;align-items:center', 'display:none'],
] as const;

test('in a flex or grid host, a snippet takes the width its column leaves, and its own chart’s height without any script', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  const sized: string[] = [];
  for (const snippet of oneOfEachScene('/en/')) {
    const body = LAYOUTS.map(([, layout, sidebar]) => `<div style="${layout}"><div style="${sidebar}">A sidebar</div>\n${withoutScript(snippet)}\n</div>`).join('\n');
    await page.goto(host.page('layouts', body));
    const frames = await page.locator(MARKED).all();
    expect(frames).toHaveLength(LAYOUTS.length);
    for (const [i, frame] of frames.entries()) {
      // A lazy frame loads as it nears the screen.
      await frame.scrollIntoViewIfNeeded();
      const chart = await chartIn(frame);
      const content = await chart.evaluate(async () => {
        await document.fonts.ready;
        return Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().height);
      });
      // What the layout leaves the chart: its box, less the sidebar beside it and the gap between.
      const [width, left] = await frame.evaluate((iframe) => {
        const layout = iframe.parentElement!.parentElement!;
        const sidebar = layout.firstElementChild!.getBoundingClientRect().width;
        const row = getComputedStyle(layout).flexDirection !== 'column';
        return [iframe.getBoundingClientRect().width, layout.getBoundingClientRect().width - (row ? sidebar + 16 : 0)];
      });
      const height = (await frame.boundingBox())!.height;
      sized.push(`${sceneOf(snippet)} in ${LAYOUTS[i][0]}: ${width.toFixed(1)} px wide (${left.toFixed(1)} left to it), ${height} px tall (chart ${content})`);
    }
  }
  console.log(sized.join('\n'));
  expect(sized.filter((line) => !/: ([\d.]+) px wide \(\1 left to it\), (\d+) px tall \(chart \2\)$/.test(line))).toEqual([]);
});

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

/** Every snippet of both editions, each once. */
const everySnippet = () => [...snippets['/'], ...snippets['/en/']];

/** The column widths, in px, at each whole px of which every snippet's steps are checked (src/embed/heights.ts). */
const [NARROWEST, WIDEST] = [260, 1280];

/** "260–266, 300 px": whole widths, consecutive ones as ranges. */
const widths = (list: number[]) =>
  `${list
    .reduce<number[][]>((runs, width) => (runs.at(-1)?.at(-1) === width - 1 ? runs.at(-1)!.push(width) : runs.push([width]), runs), [])
    .map((run) => (run.length > 1 ? `${run[0]}–${run.at(-1)}` : `${run[0]}`))
    .join(', ')} px`;

test(`each snippet starts at its chart’s own height in a column of every width from ${NARROWEST} to ${WIDEST} px, before any script runs`, async ({ browser, baseURL, request }) => {
  test.slow();
  // The story's snippets, and those of the addresses first published, which only their oEmbed answers give.
  const firstPublished = await Promise.all(
    ['', '/en'].flatMap((edition) => ['timer', 'map', 'trust'].map(async (scene) => (await (await request.get(`${edition}/embed/${scene}/oembed.json`)).json()).html as string)),
  );
  const page = await browser.newPage({ viewport: { width: WIDEST + 100, height: 900 } });
  // A host page on the story's own origin, whose script can read the chart's height in the frame at each width.
  const sweep = `${baseURL}/__snippet-heights.html`;
  await page.route(sweep, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>sweep</title><body style="margin:0"><div id="column"></div>' }));
  await page.goto(sweep);
  const stale: string[] = [];
  const styles = new Map<string, string>();
  for (const snippet of [...everySnippet(), ...firstPublished]) {
    // Two snippets on one page whose wrappers share a class share their heights too.
    const name = /<div class="([^"]+)"/.exec(snippet)?.[1];
    const style = /<style>[^]*<\/style>/.exec(snippet)?.[0];
    if (name && style) {
      expect.soft(styles.get(name) ?? style, `${srcOf(snippet)}: its class, ${name}, is another chart's`).toBe(style);
      styles.set(name, style);
    }
    const { pathname } = new URL(srcOf(snippet));
    const key = `${pathname.startsWith('/en/') ? 'en' : 'zh'}:${pathname.replace(/^\/(en\/)?embed\/|\/$/g, '')}`;
    await page.locator('#column').evaluate((column, html) => (column.innerHTML = html), withoutScript(snippet));
    const chart = await chartIn(page.locator(MARKED));
    await chart.evaluate(() => document.fonts.ready);
    const [narrowest, widest] = [NARROWEST, WIDEST];
    const { said, real } = await page.evaluate(
      ([narrowest, widest]) => {
        const column = document.getElementById('column')!;
        const frame = column.querySelector('iframe')!;
        const content = frame.contentDocument!.querySelector('[data-embed]')!;
        const heights = { said: [] as number[], real: [] as number[] };
        for (let width = narrowest; width <= widest; width++) {
          column.style.width = `${width}px`;
          heights.said.push(frame.getBoundingClientRect().height);
          heights.real.push(content.getBoundingClientRect().height);
        }
        return heights;
      },
      [narrowest, widest],
    );
    // The chart reports its height rounded up to a whole px: so must the snippet say it.
    const wrong = said.flatMap((height, i) => (height === Math.ceil(real[i]) ? [] : [narrowest + i]));
    const declared = Number(/height="(\d+)"/.exec(iframeOf(snippet))![1]);
    const at640 = Math.ceil(real[640 - narrowest]);
    if (wrong.length || declared !== at640) {
      const first = wrong[0] ?? 640;
      const figures = `'${key}': ${narrowest === widest ? at640 : JSON.stringify(heightSteps(real, narrowest))},`;
      stale.push(figures);
      expect
        .soft(wrong.length, `${key}: the snippet's height is not its chart's at ${widths(wrong)} (at ${first} px it says ${said[first - narrowest]}, the chart is ${Math.ceil(real[first - narrowest])}): put in src/embed/heights.ts ${figures}`)
        .toBe(0);
      expect.soft(declared, `${key}: height="${declared}", the chart is ${at640} px at 640 px`).toBe(at640);
    }
  }
  if (stale.length) console.log(`steps to put in src/embed/heights.ts:\n${stale.join('\n')}`);
  await page.close();
});

test.describe('themes', () => {
  const timerSrc = () => srcOf(oneOfEachScene('/en/')[0]);

  test('?theme=dark, and ?theme=auto for a reader at night, render dark in a dark host; ?transparent=true shows the host’s background', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const frames = ['?theme=dark', '?theme=auto', '?theme=light', '?theme=dark&transparent=true']
      .map((query) => `<iframe data-double11-embed src="${timerSrc()}${query.replace('&', '&amp;')}" title="a chart" width="100%" height="500" style="border:0"></iframe>`)
      .join('\n');
    await page.goto(host.page('dark', frames, '<meta name="color-scheme" content="dark"><style>body{background:#202830;color:#eee}</style>'));
    const backgrounds: string[] = [];
    for (const iframe of await page.locator('iframe').all()) {
      const frame = await chartIn(iframe);
      backgrounds.push(await frame.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.chart')!).backgroundColor].join(' / ')));
    }
    expect(backgrounds).toEqual([
      'rgb(20, 20, 20) / rgb(20, 20, 20)',
      'rgb(20, 20, 20) / rgb(20, 20, 20)',
      'rgb(255, 255, 255) / rgb(255, 255, 255)',
      'rgba(0, 0, 0, 0) / rgba(0, 0, 0, 0)',
    ]);
    await context.close();
  });

  // Not ?transparent=true: its contrast is the host's background against the theme the host chose.
  for (const [theme, colorScheme] of [['dark', 'light'], ['auto', 'dark']] as const) {
    test(`axe finds no violations in every chart with ?theme=${theme} (reader’s scheme ${colorScheme})`, async ({ browser }) => {
      test.slow();
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      for (const snippet of oneOfEachScene('/en/')) {
        await page.goto(`${srcOf(snippet)}?theme=${theme}`);
        await page.waitForSelector('[data-embed][data-ready]', { state: 'attached' });
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'the page is dark').toBe('rgb(20, 20, 20)');
        await expectNoAxeViolations(page);
      }
      await context.close();
    });
  }

  test('the code page writes the chosen colours into the snippet, and its preview shows them', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('a[data-embed-link]').first().click();
    const panel = page.locator('[data-embed-code]');
    const text = panel.locator('[data-snippet]');
    const plain = await text.textContent();
    const preview = page.locator('[data-preview] iframe');
    /** The preview chart's background, once the chart at the address its frame now has is ready. */
    const previewBackground = async () => {
      const frame = await chartIn(preview);
      return frame.evaluate(() => getComputedStyle(document.querySelector('.chart')!).backgroundColor);
    };
    await expect.poll(previewBackground).toBe('rgb(255, 255, 255)');
    await panel.getByRole('radio', { name: 'Dark' }).check();
    await expect(text).toHaveText(plain!.replace(/src="([^"]+)"/, 'src="$1?theme=dark"'));
    await expect(preview).toHaveAttribute('src', /\?theme=dark$/);
    await expect.poll(previewBackground).toBe('rgb(20, 20, 20)');
    await panel.getByRole('checkbox').check();
    await expect(text).toHaveText(plain!.replace(/src="([^"]+)"/, 'src="$1?theme=dark&amp;transparent=true"'));
    await expect(preview).toHaveAttribute('src', /\?theme=dark&transparent=true$/);
    await expect.poll(previewBackground).toBe('rgba(0, 0, 0, 0)');
    await panel.getByRole('radio', { name: 'Light' }).check();
    await panel.getByRole('checkbox').uncheck();
    await expect(text).toHaveText(plain!);
    await expect(preview).toHaveAttribute('src', /\/$/);
    await expect.poll(previewBackground).toBe('rgb(255, 255, 255)');
  });
});

test('each embed page links an oEmbed answer whose html, pasted into a blank host, is a sized chart', async ({ page, request }) => {
  test.slow();
  for (const snippet of everySnippet()) {
    const src = srcOf(snippet);
    await page.goto(src);
    const links = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(links).toHaveCount(1);
    const response = await request.get((await links.getAttribute('href'))!);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const oembed = await response.json();
    expect(oembed).toEqual({
      version: '1.0',
      type: 'rich',
      title: (await page.locator('h1').textContent())?.trim(),
      provider_name: expect.any(String),
      provider_url: expect.stringMatching(/^http/),
      html: snippet,
      width: 640,
      height: Number(/height="(\d+)"/.exec(snippet)![1]),
      thumbnail_url: expect.stringMatching(/\.png$/),
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect((await request.get(oembed.thumbnail_url)).headers()['content-type']).toBe('image/png');
  }
  const [first] = everySnippet();
  const oembed = await (await request.get(srcOf(first) + 'oembed.json')).json();
  await page.goto(host.page('oembed', oembed.html));
  await chartIn(page.locator(MARKED));
  await expectFitted(page, 1);
});
