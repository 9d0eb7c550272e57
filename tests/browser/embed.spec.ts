import { expect, sceneEnded, scenesReady, settled, test, type Browser, type Frame, type Page } from './fixtures';
import { HostSite } from './host-site';

/*
 * The embeds as another site sees them: snippets copied from the story, pasted into a blank page
 * served from another loopback site, sized by public/embed.js from the charts' own messages.
 */

const MARKED = 'iframe[data-double11-embed]';

interface Snippet {
  scene: string;
  html: string;
}

const host = new HostSite();
let snippets: Snippet[] = [];

/** Each chart's snippet, as the code page the story's "Embed this chart" links to copies it to the clipboard. */
async function copySnippets(browser: Browser, baseURL: string): Promise<Snippet[]> {
  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/');
  const links = await page.locator('a[data-embed-link]').evaluateAll((links) => links.map((link) => [link.getAttribute('data-embed-link')!, (link as HTMLAnchorElement).href]));
  const found: Snippet[] = [];
  for (const [scene, href] of links) {
    await page.goto(href);
    const control = page.locator('[data-embed-code]');
    await control.getByRole('button').click();
    await expect(control.getByRole('status')).not.toBeEmpty();
    const html = await page.evaluate(() => navigator.clipboard.readText());
    expect(html, 'the copied snippet is the one shown as text').toBe(await control.locator('[data-snippet]').textContent());
    found.push({ scene, html });
  }
  await context.close();
  return found;
}

/** The host page's `index`th embed, loaded (lazy iframes load as they near the viewport). */
async function frameAt(page: Page, index: number): Promise<Frame> {
  const element = page.locator(MARKED).nth(index);
  await element.scrollIntoViewIfNeeded();
  const frame = (await (await element.elementHandle())!.contentFrame())!;
  await scenesReady(frame);
  return frame;
}

/** [height of the iframe in the host, height of the content inside it] */
async function heights(page: Page, index: number): Promise<[number, number]> {
  const frame = await frameAt(page, index);
  const outer = await page.locator(MARKED).nth(index).evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.querySelector('[data-embed]')!.getBoundingClientRect().height);
  return [outer, inner];
}

async function expectSizedToContent(page: Page, index: number): Promise<number> {
  await expect
    .poll(async () => {
      const [outer, inner] = await heights(page, index);
      return Math.abs(outer - inner);
    }, { message: `${snippets[index].scene} (embed ${index + 1}): the iframe is as tall as its content`, timeout: 30_000 })
    .toBeLessThanOrEqual(2);
  return (await heights(page, index))[0];
}

/** Each scene once (the story may show one twice). */
const scenes = () => [...new Set(snippets.map((snippet) => snippet.scene))];

/**
 * Has `sender` post `messages` to the host page, then waits until the host page has handled them:
 * a last marked message from the same window arrives after them, and the host script, listening
 * since before, has seen each of them by the time the test's own listener hears the marker.
 */
async function postToHost(page: Page, sender: Page | Frame, messages: unknown[]): Promise<void> {
  const marker = `handled-${Math.random()}`;
  await page.evaluate((marker) => {
    (window as unknown as Record<string, Promise<void>>)[marker] = new Promise<void>((done) => {
      window.addEventListener('message', (event) => {
        if ((event.data as { marker?: string } | null)?.marker === marker) done();
      });
    });
  }, marker);
  await sender.evaluate(
    ([messages, marker]) => {
      for (const message of messages) window.parent.postMessage(message, '*');
      window.parent.postMessage({ marker }, '*');
    },
    [messages, marker] as const,
  );
  await page.evaluate((marker) => (window as unknown as Record<string, Promise<void>>)[marker], marker);
}

const height = (height: unknown) => ({ protocol: 'double-11-embed', version: 1, kind: 'height', height });

test.beforeAll(async ({ browser, baseURL }) => {
  // Copying each snippet through the story's own control takes a while on a busy machine.
  test.setTimeout(120_000);
  await host.start();
  snippets = await copySnippets(browser, baseURL!);
});

test.afterAll(() => host.stop());

test.describe('the story offers every chart for embedding', () => {
  test('each scene has a snippet: a titled, lazy, full-width iframe on the configured site and the host script', async ({ page, baseURL }) => {
    await page.goto('/');
    const shown = await page.locator('[data-scrolly] [data-scene]').evaluateAll((els) => els.map((el) => el.getAttribute('data-scene')));
    expect(snippets.map((s) => s.scene)).toEqual(shown);
    // The snippet is built from the site the story is configured for (STORY_SITE), which must be
    // the one under test for a pasted snippet to reach it: build with STORY_SITE=<this origin>.
    const site = new URL(baseURL!).origin;
    for (const { scene, html } of snippets) {
      const dom = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const frame = doc.querySelector('iframe');
        return {
          src: frame?.src,
          title: frame?.title,
          loading: frame?.getAttribute('loading'),
          width: frame?.getAttribute('width'),
          id: frame?.id,
          marked: frame?.hasAttribute('data-double11-embed'),
          script: doc.querySelector('script')?.src,
        };
      }, html);
      // Each block at its own address: its chapter's anchor, then its scene.
      expect(dom.src, `${scene}: built for STORY_SITE=${site}?`).toMatch(new RegExp(`^${site}/embed/[a-z0-9-]+/${scene}(-[2-9])?/$`));
      expect(dom.script).toBe(`${site}/embed.js`);
      expect(dom.title?.length).toBeGreaterThan(2);
      expect(dom).toMatchObject({ loading: 'lazy', width: '100%', marked: true });
      // The id Datawrapper's older host script sizes a frame by (embed-hosts.spec.ts runs it).
      expect(dom.id).toMatch(/^datawrapper-chart-double11-[a-z0-9-]+$/);
    }
  });

  test('on a phone, where the steps pass over the chart, the link to its code is still within reach', async ({ openPage }) => {
    const page = await openPage({ viewport: { width: 375, height: 800 }, hasTouch: true });
    await page.goto('/');
    const count = await page.locator('a[data-embed-link]').count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      if (i) await page.goto('/');
      const link = page.locator('a[data-embed-link]').nth(i);
      // A reader scrolling down finds the block's scene loaded a screen ahead; one brought straight
      // here sees it load first (the figure then changes from the build's last state to the step's).
      await link.scrollIntoViewIfNeeded();
      await settled(page);
      await link.tap();
      await expect(page.locator('[data-snippet]')).toBeVisible();
    }
  });

  test('the story links each chart, by its title, to a code page whose snippet is its oEmbed answer’s html', async ({ page, request }) => {
    for (const edition of ['/', '/en/']) {
      await page.goto(edition);
      const links = await page.locator('a[data-embed-link]').evaluateAll((links) => links.map((link) => ({ name: link.getAttribute('aria-label')!, text: link.textContent!.trim(), href: (link as HTMLAnchorElement).href })));
      // One for each chart: the story's scrolly blocks.
      expect(links).toHaveLength(await page.locator('[data-scrolly]').count());
      // Two blocks of one scene share a chart title: the chapter tells their links apart.
      expect(new Set(links.map(({ name }) => name)).size, links.map(({ name }) => name).join('\n')).toBe(links.length);
      for (const { name, text, href } of links) {
        expect(href).toMatch(/\/embed\/[a-z0-9-]+\/[a-z0-9-]+\/code\/$/);
        await page.goto(href);
        const title = (await page.locator('h1').textContent())!.trim();
        // Its name holds what it says and names the chart it embeds.
        expect(name).toContain(text);
        expect(name).toContain(title);
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
        const oembed = await (await request.get(`${href.replace(/code\/$/, '')}oembed.json`)).json();
        expect(oembed.title).toBe(title);
        expect(await page.locator('[data-snippet]').textContent()).toBe(oembed.html);
        // The preview is the snippet as pasted, its frame sized by embed.js like any host's.
        await expect(page.locator('[data-preview] iframe[data-double11-embed]')).toHaveAttribute('src', /\/embed\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
        const back = page.locator('a[data-back-to-story]');
        await expect(back).toHaveAttribute('href', new RegExp(`^${edition}#[a-z0-9-]+$`));
      }
    }
  });

  test('without JavaScript the link leads to the code page, where the snippet is there as selectable text', async ({ openPage }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/');
    await page.locator('a[data-embed-link]').first().click();
    const control = page.locator('[data-embed-code]');
    await expect(control.locator('[data-snippet]')).toBeVisible();
    expect(await control.locator('[data-snippet]').textContent()).toBe(snippets[0].html);
    // One click takes the whole snippet, ready to copy by hand.
    await control.locator('[data-snippet]').click();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(snippets[0].html);
    await expect(control.getByRole('button')).toBeHidden();
  });
});

test.describe('pasted into a page on another origin', () => {
  test('each chart is as tall as its content, at 1200 px, at 360 px and at 1200 px again', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(host.page('all', snippets.map((s) => s.html).join('\n<p>Some of the newsroom’s own text between the charts.</p>\n')));
    const wide: number[] = [];
    for (let i = 0; i < snippets.length; i++) wide.push(await expectSizedToContent(page, i));

    await page.setViewportSize({ width: 360, height: 800 });
    for (let i = 0; i < snippets.length; i++) {
      const narrow = await expectSizedToContent(page, i);
      expect(Math.abs(narrow - wide[i]), `${snippets[i].scene}: the height follows the width`).toBeGreaterThan(2);
    }

    await page.setViewportSize({ width: 1200, height: 900 });
    for (let i = 0; i < snippets.length; i++) {
      const again = await expectSizedToContent(page, i);
      expect(Math.abs(again - wide[i]), `${snippets[i].scene}: back to its wide height`).toBeLessThanOrEqual(2);
      // Nor does any chart scroll inside its frame.
      const frame = await frameAt(page, i);
      expect(await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight)).toBeLessThanOrEqual(0);
    }
  });

  test('a chart that spoke before the host script ran is sized once the script arrives', async ({ page }) => {
    const [first] = snippets;
    const script = first.html.split('\n').find((line) => line.startsWith('<script'))!;
    await page.goto(host.page('late', first.html.replace(script, '')));
    await frameAt(page, 0);
    const src = /src="([^"]+)"/.exec(script)![1];
    await page.evaluate((src) => document.body.append(Object.assign(document.createElement('script'), { src })), src);
    await expectSizedToContent(page, 0);
  });

  test('heights from windows that are not our embeds, or that are not sane numbers, change nothing', async ({ page, baseURL }) => {
    const [first] = snippets;
    // The same embed page, framed without the marker: the host script must leave it alone.
    const unmarked = `<iframe id="unmarked" src="${baseURL}/embed/${first.scene}/" title="unmarked" width="100%" height="200"></iframe>`;
    await page.goto(host.page('hostile', `${first.html}\n${unmarked}`));
    const before = await expectSizedToContent(page, 0);
    const frame = await frameAt(page, 0);
    const other = (await page.locator('#unmarked').elementHandle())!;
    const otherFrame = (await other.contentFrame())!;
    await scenesReady(otherFrame);

    const marked = () => page.locator(MARKED).evaluate((el) => el.getBoundingClientRect().height);
    // From the host page itself, and from a frame the host did not mark.
    await postToHost(page, page, [height(777)]);
    await postToHost(page, otherFrame, [height(777)]);
    expect(await marked()).toBe(before);
    expect(await other.evaluate((el) => (el as HTMLIFrameElement).clientHeight)).toBe(200);

    // From the embed itself, but not a sane height.
    const junk = ['777', NaN, Infinity, -Infinity, -5, 1e9, 100_001, null, [777], { value: 777 }, true, undefined];
    await postToHost(page, frame, [...junk.map(height), 'height: 777', 777, { height: 777 }]);
    expect(await marked()).toBe(before);

    // And the embed is still listened to: a sane height from it is applied (the check above is not vacuous).
    await postToHost(page, frame, [height(432)]);
    expect(await marked()).toBe(432);
  });

  test('pym.js and Datawrapper hosts hear the height in their own formats', async ({ page, baseURL }) => {
    const [first] = snippets;
    const plain = `<iframe src="${baseURL}/embed/${first.scene}/?childId=story-chart-1" title="a chart" width="100%" height="300"></iframe>`;
    const url = host.page('others', plain);
    await page.addInitScript(() => {
      const heard: unknown[] = ((window as unknown as { heard: unknown[] }).heard = []);
      window.addEventListener('message', (event) => heard.push(event.data));
    });
    await page.goto(url);
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await scenesReady(frame);
    const content = Math.ceil(await frame.evaluate(() => document.querySelector('[data-embed]')!.getBoundingClientRect().height));
    const heard = () => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
    await expect.poll(heard).toContainEqual(`pymxPYMxstory-chart-1xPYMxheightxPYMx${content}`);
    await expect.poll(heard).toContainEqual({ 'datawrapper-height': { [`double11-${first.scene}`]: content } });
  });
});

test.describe('an embed page on its own', () => {
  const junk = ['-1', '0', '999', '1e1', '1.5', ' 2', '<script>alert(1)</script>', '%00', '%3Cimg%20src%3Dx%3E', 'x'.repeat(4000)];

  test('junk ?step= values give the default state, and the value is written nowhere', async ({ page }) => {
    test.slow();
    /** The page once its first frames have run (a scene's first state may pass through a frame of its own). */
    const restingHtml = async () => {
      await scenesReady(page);
      await settled(page);
      return page.evaluate(() => document.documentElement.outerHTML);
    };
    // Every junk value on one chart; the others read ?step= through the same parser (unit-tested
    // with these values in embed-protocol.test.ts), so a number out of range, markup and a long value.
    for (const [i, scene] of scenes().entries()) {
      await page.goto(`/embed/${scene}/`);
      const normal = await restingHtml();
      for (const value of i === 0 ? junk : ['999', '%3Cimg%20src%3Dx%3E', 'x'.repeat(4000)]) {
        await page.goto(`/embed/${scene}/?step=${value}`);
        // The page is exactly the default page: the final state, and not a trace of the value
        // (short ones such as "0" occur in any chart, so only the page's identity speaks for them).
        const html = await restingHtml();
        expect(html, `${scene} ?step=${value.slice(0, 40)}`).toBe(normal);
        const decoded = decodeURIComponent(value);
        if (decoded.length > 3) expect(html.includes(decoded), `${scene}: ${decoded.slice(0, 40)} is in the page`).toBe(false);
      }
    }
  });

  test('?step=N shows the chapter’s Nth step, and the timer’s first step counts no orders yet', async ({ page }) => {
    await page.goto('/embed/timer/?step=1');
    await scenesReady(page);
    await expect(page.locator('[data-counter]')).toHaveAttribute('data-value', '0');
    await expect(page.locator('[data-clock="beijing"]')).toHaveText('16:00');
    await page.goto('/embed/timer/');
    await expect(page.locator('[data-counter]')).toHaveAttribute('data-value', '10000000');
  });

  test('the timer plays the count from the slider’s place to 10 million, and pauses', async ({ page }) => {
    await page.goto('/embed/timer/');
    const slider = page.getByRole('slider');
    const play = page.getByRole('button', { name: '播放' });
    await slider.fill('500');
    const halfway = Number(await page.locator('[data-counter]').getAttribute('data-value'));
    expect(halfway).toBe(5_000_000);
    await play.click();
    await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
    await expect.poll(async () => Number(await page.locator('[data-counter]').getAttribute('data-value'))).toBeGreaterThan(halfway);
    await page.getByRole('button', { name: '暂停' }).click();
    const paused = Number(await page.locator('[data-counter]').getAttribute('data-value'));
    await settled(page);
    expect(Number(await page.locator('[data-counter]').getAttribute('data-value'))).toBe(paused);
    await play.click();
    await expect.poll(async () => page.locator('[data-counter]').getAttribute('data-value'), { timeout: 15_000 }).toBe('10000000');
    await expect(play).toBeVisible();
    expect(Number(await slider.inputValue())).toBe(1000);
  });

  test('with less motion asked for, play jumps to the end', async ({ openPage }) => {
    const page = await openPage({ reducedMotion: 'reduce' });
    await page.goto('/embed/timer/?step=1');
    await scenesReady(page);
    await page.getByRole('button', { name: '播放' }).click();
    await expect(page.locator('[data-counter]')).toHaveAttribute('data-value', '10000000');
    await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });

  test('a chart with step buttons shows, on each press, the state ?step= gives', async ({ page }) => {
    // Three page loads for every button of every chart (the map's first address has two blocks' steps).
    test.setTimeout(180_000);
    /** The chart as drawn: its markup, which the scene computes from the step alone. */
    const drawing = () => page.locator('[data-scene]').evaluate((figure) => figure.innerHTML);
    for (const scene of scenes()) {
      await page.goto(`/embed/${scene}/`);
      const count = await page.locator('[data-step-button]').count();
      for (let i = 0; i < count; i++) {
        await page.goto(`/embed/${scene}/?step=${i + 1}`);
        await scenesReady(page);
        const stepped = await drawing();
        // Pressed after the default state, the button comes to the same drawing once its zoom ends.
        await page.goto(`/embed/${scene}/`);
        await scenesReady(page);
        const button = page.locator('[data-step-button]').nth(i);
        await button.click();
        await expect(button).toHaveAttribute('aria-pressed', 'true');
        await expect(page.locator('[aria-pressed="true"]')).toHaveCount(1);
        // Its zoom or transitions are brought to their ends at once: the drawing is compared at rest.
        await sceneEnded(page, scene);
        await expect.poll(drawing, { message: `${scene}: button ${i + 1} and ?step=${i + 1}` }).toBe(stepped);
      }
    }
  });

  test('without JavaScript it shows the final state, the furniture and the way to the story, and no dead controls', async ({ openPage }) => {
    const page = await openPage({ javaScriptEnabled: false });
    for (const scene of scenes()) {
      await page.goto(`/embed/${scene}/`);
      await expect(page.locator('.chart__title')).toBeVisible();
      await expect(page.locator('[data-get-the-data]')).toBeVisible();
      await expect(page.locator('.embed__story a')).toHaveAttribute('href', /#[a-z0-9-]+$/);
      for (const box of await page.locator('[data-embed-controls]').all()) await expect(box).toBeHidden();
      await expect(page.locator('[data-embed-code]')).toHaveCount(0);
    }
  });

  test('its one heading is the chart’s title, at every address', async ({ page }) => {
    const addresses = [...new Set(snippets.map(({ html }) => new URL(/src="([^"]+)"/.exec(html)![1]).pathname)), ...scenes().map((scene) => `/embed/${scene}/`)];
    for (const address of addresses) {
      await page.goto(address);
      await expect(page.locator('h1'), address).toHaveCount(1);
      await expect(page.locator('h1')).toHaveClass(/chart__title/);
      expect((await page.locator('h1').textContent())?.trim(), address).toBe(await page.evaluate(() => document.title.split(' · ')[0]));
    }
  });

  test('the way back to the story is written in the embed’s own language, its punctuation included', async ({ page }) => {
    for (const scene of scenes()) {
      await page.goto(`/embed/${scene}/`);
      await expect(page.locator('.embed__story a')).toHaveText(/^在报道中阅读：\S/);
      await page.goto(`/en/embed/${scene}/`);
      // An English line with a Chinese colon also made the browser fetch a Chinese font for one character.
      await expect(page.locator('.embed__story a')).toHaveText(/^Read the story: [^\u3000-\u303f\uff00-\uffef]+$/);
    }
  });

  test('the page may be framed by anyone: frame-ancestors * in its header, no X-Frame-Options, nothing from other hosts', async ({ page, baseURL }) => {
    for (const scene of scenes()) {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const response = await page.goto(`/embed/${scene}/`);
      expect(response!.headers()['x-frame-options']).toBeUndefined();
      expect(response!.headers()['content-security-policy']).toMatch(/; frame-ancestors \*$/);
      const policies = await page.locator('meta[http-equiv="content-security-policy"]').evaluateAll((els) => els.map((el) => el.getAttribute('content')));
      for (const policy of policies) expect(policy).not.toContain('frame-ancestors');
      await page.waitForLoadState('networkidle');
      expect(requests.filter((url) => new URL(url).origin !== new URL(baseURL!).origin)).toEqual([]);
      page.removeAllListeners('request');
    }
  });
});
