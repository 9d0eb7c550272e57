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

/**
 * From the next frame on, until `frames` frames have shown the page at a new scroll: each frame's
 * scroll, where the chapter `id`'s title and what follows the chapter stand on the screen, and
 * whether the browser renders the chapter (read a frame later, once that frame is drawn); and the
 * layout shifts, as `value input?`.
 */
async function watchJump(page: Page, id: string, frames = 30) {
  await page.evaluate(
    ([id, frames]) => {
      const seen = { frames: [] as string[], shifts: [] as string[], done: false };
      (window as unknown as { jump: typeof seen }).jump = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) seen.shifts.push(`${entry.value.toFixed(2)}${entry.hadRecentInput ? ' input' : ''}`);
      }).observe({ type: 'layout-shift' });
      const chapter = document.getElementById(id)!;
      const title = chapter.querySelector('h2')!;
      const start = scrollY;
      let previous = '';
      const frame = () => {
        if (previous) seen.frames.push(`${previous} ${title.checkVisibility({ contentVisibilityAuto: true }) ? 'rendered' : 'skipped'}`);
        previous = scrollY === start ? '' : [scrollY, title.getBoundingClientRect().top, chapter.nextElementSibling!.getBoundingClientRect().top].map(Math.round).join(' ');
        if (seen.frames.length < frames) requestAnimationFrame(frame);
        else seen.done = true;
      };
      requestAnimationFrame(frame);
    },
    [id, frames] as const,
  );
  return async () => {
    await page.waitForFunction(() => (window as unknown as { jump: { done: boolean } }).jump.done);
    return page.evaluate(() => (window as unknown as { jump: { frames: string[]; shifts: string[] } }).jump);
  };
}

/*
 * Each edition once, one on a phone and one on a desktop: that every far chapter keeps its height
 * in both editions at both widths is checked above; this follows the frames of the jumps into them.
 */
for (const [path, viewport] of [
  [BUILT.stories[0], { width: 390, height: 844 }],
  [BUILT.stories[1], { width: 1280, height: 800 }],
] as const) {
  test(`${path} at ${viewport.width} px: sent to a skipped chapter's address (by the address bar, or Forward after a reload), a slow phone draws it where opening that address does, from its first frame, and nothing moves after`, async ({ openPage }) => {
    test.setTimeout(120_000);
    const probe = await openPage({ viewport });
    await probe.goto(path);
    await expect(probe.locator('[data-far-chapters="skipped"]')).toHaveCount(1);
    const far = await probe.locator('.chapter[data-far]').evaluateAll((chapters) => chapters.map((chapter) => chapter.id));
    expect(far.length).toBeGreaterThan(1);
    for (const id of far) {
      await probe.goto('about:blank');
      await probe.goto(`${path}#${id}`);
      await settled(probe);
      const landing = await probe.evaluate((id) => {
        const chapter = document.getElementById(id)!;
        return `${[scrollY, chapter.querySelector('h2')!.getBoundingClientRect().top, chapter.nextElementSibling!.getBoundingClientRect().top].map(Math.round).join(' ')} rendered`;
      }, id);

      // A page of its own for each chapter: one rendered once since it was skipped is another case.
      const page = await openPage({ viewport });
      await page.goto(path);
      await expect(page.locator('[data-far-chapters="skipped"]')).toHaveCount(1);
      const cpu = await page.context().newCDPSession(page);
      await cpu.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const jumps: Record<string, { frames: string[]; shifts: string[] }> = {};
      let seen = await watchJump(page, id);
      await page.goto(`${path}#${id}`);
      jumps['the address bar'] = await seen();
      // Back at the top, a reload skips every far chapter afresh; Forward goes back to the chapter.
      await page.goBack();
      await page.reload();
      await expect(page.locator('[data-far-chapters="skipped"]')).toHaveCount(1);
      seen = await watchJump(page, id);
      await page.goForward();
      jumps.Forward = await seen();
      await cpu.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      for (const [how, { frames, shifts }] of Object.entries(jumps)) {
        expect([...new Set(frames)], `#${id} by ${how}: scroll, title's top, next part's top, rendered, in each frame`).toEqual([landing]);
        /*
         * Chromium records a large shift in the frame that first renders a chapter skipped since
         * the page loaded, when a jump lands in it, though nothing moved (above): the chapter's
         * parts are reported as come from nowhere. It marks that shift as the reader's own doing
         * (left out of CLS) after a click, the address bar, Back or Forward; after a script's
         * jump (location.hash, scrollTo) it would count.
         */
        expect(shifts.filter((shift) => !shift.endsWith('input')), `#${id} by ${how}: layout shifts not the reader's doing`).toEqual([]);
      }
      await page.close();
    }
  });
}
