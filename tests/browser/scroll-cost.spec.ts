import { BUILT, expect, settled, test, type Page } from './fixtures';

/*
 * What a scroll event costs does not grow with the story (issue 24): the figures are in
 * `npm run bench`; here, the page's side of it that a test can count.
 */

/** The scroll listeners on the document and on the window, counted by the browser (CDP). */
async function scrollListeners(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const count = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    return listeners.filter((listener) => listener.type === 'scroll').length;
  };
  const counts = { document: await count('document'), window: await count('window') };
  await cdp.detach();
  return counts;
}

for (const path of BUILT.stories) {
  test(`read to the end on a phone, ${path} has as many scroll listeners as at its top: one of scrollama’s, not one per block`, async ({ openPage }) => {
    const page = await openPage({ viewport: { width: 390, height: 844 } });
    await page.goto(path);
    await settled(page);
    const atTop = await scrollListeners(page);
    // A screen at a time, as far as the page goes: every block comes near, and sets up its scrollama.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
      }
    });
    await settled(page);
    const blocks = page.locator('[data-scrolly]');
    expect(await blocks.count()).toBeGreaterThan(1);
    await expect(page.locator('[data-scrolly]:not([data-ready])')).toHaveCount(0);
    const atEnd = await scrollListeners(page);
    expect(atEnd.document).toBe(1);
    expect(atEnd).toEqual(atTop);
  });
}

/** Where each chapter's title and each step stand in the page, with far chapters skipped, and with none. */
const places = (page: Page) =>
  page.evaluate(() => {
    const story = document.querySelector<HTMLElement>('[data-far-chapters]')!;
    const read = () => [...document.querySelectorAll('.chapter h2, [data-step], .story__footer')].map((element) => Math.round(element.getBoundingClientRect().top + scrollY));
    const skipped = read();
    story.dataset.farChapters = '';
    const whole = read();
    story.dataset.farChapters = 'skipped';
    return { skipped, whole };
  });

for (const path of BUILT.stories) {
  test(`${path}: the browser skips the chapters far from the reader, and that moves nothing: every title and step stands where it does with every chapter rendered, before and after the window changes height`, async ({ openPage }) => {
    const page = await openPage({ viewport: { width: 390, height: 844 } });
    await page.goto(path);
    await expect(page.locator('[data-far-chapters="skipped"]')).toHaveCount(1);
    // The last chapter is screens away from the top: the browser renders none of it.
    const last = page.locator('.chapter').last();
    const rendered = () => last.evaluate((chapter) => chapter.querySelector('h2')!.checkVisibility({ contentVisibilityAuto: true }));
    expect(await rendered()).toBe(false);
    const atTop = await places(page);
    expect(atTop.skipped).toEqual(atTop.whole);
    // Read to it, it is rendered, where it was.
    await last.scrollIntoViewIfNeeded();
    await expect.poll(rendered).toBe(true);
    expect((await places(page)).skipped).toEqual(atTop.whole);
    // A shorter window shortens the gaps between steps (they are in vh): the far chapters are
    // measured again, and still stand where they would with every chapter rendered.
    await page.setViewportSize({ width: 390, height: 600 });
    const misplaced = async () => {
      const { skipped, whole } = await places(page);
      return skipped.filter((top, i) => top !== whole[i]).length;
    };
    await expect.poll(misplaced, { message: 'titles and steps away from their place after the window changed height' }).toBe(0);
  });
}

/** The chapters within a screen of the reader, each with whether it is marked far and whether the browser renders it. */
const nearChapters = (page: Page) =>
  page.locator('.chapter').evaluateAll((chapters) =>
    chapters
      .filter((chapter) => {
        const { top, bottom } = chapter.getBoundingClientRect();
        return bottom >= -innerHeight && top <= 2 * innerHeight;
      })
      .map((chapter) => `${chapter.id}${chapter.hasAttribute('data-far') ? ' far' : ''}${chapter.checkVisibility({ contentVisibilityAuto: true }) ? '' : ' skipped'}`),
  );

for (const path of BUILT.stories) {
  test(`${path}: opened at a chapter’s address, or reloaded mid-page, the chapters within a screen of where the reader lands are never the far ones skipped`, async ({ openPage }) => {
    const page = await openPage({ viewport: { width: 390, height: 844 } });
    await page.goto(path);
    const ids = await page.locator('.chapter').evaluateAll((chapters) => chapters.map((chapter) => chapter.id));
    for (const id of ids) {
      await page.goto('about:blank');
      await page.goto(`${path}#${id}`);
      await expect(page.locator('[data-far-chapters="skipped"]')).toHaveCount(1);
      await settled(page);
      const near = await nearChapters(page);
      expect(near, `#${id}`).toContain(id);
      expect(near.filter((chapter) => chapter.includes(' ')), `#${id}`).toEqual([]);
    }
    // The browser puts a reloaded page back where it was read, after the page has loaded.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.55));
    await page.reload();
    await expect(page.locator('[data-far-chapters="skipped"]')).toHaveCount(1);
    await settled(page);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect((await nearChapters(page)).filter((chapter) => chapter.includes(' '))).toEqual([]);
  });
}
