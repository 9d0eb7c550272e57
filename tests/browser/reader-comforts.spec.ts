import { UI } from '../../src/i18n/ui';
import { BUILT, counterValue, expect, sceneStates, scenesReady, settled, test, type Page } from './fixtures';

/*
 * What a reader of a long story leans on: a bar saying how far through they are, contents that
 * jump to a chapter (the chapter's scene in the state it has there), a link per chapter to share,
 * and a dark theme at night (its contrast is judged in accessibility.spec.ts). Every story edition
 * the build made is checked.
 */

/** An accessible name: the label, then (after any spacing the browser adds) the chapter's title. */
const nameFor = (label: string, title: string) => new RegExp(`^${[label, title].map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*\\S?\\s*')}$`);
const langOf = async (page: Page) => ((await page.locator('html').getAttribute('lang'))?.startsWith('en') ? 'en' : 'zh');

/** The bar's fill, 0–1, from the transform the reader sees (scaleX). */
async function progress(page: Page): Promise<number> {
  await settled(page);
  return page.locator('[data-reading-progress]').evaluate((bar) => new DOMMatrix(getComputedStyle(bar).transform).a);
}

async function scrollToShare(page: Page, share: number) {
  await page.evaluate((share) => window.scrollTo(0, share * (document.documentElement.scrollHeight - innerHeight)), share);
}

/** The story's top-level sections, in order, as the contents should list them. */
async function sections(page: Page) {
  return page.locator('main section[id]').evaluateAll((all) =>
    all.filter((section) => !section.parentElement?.closest('section')).map((section) => ({ id: section.id, title: section.querySelector('h2')!.textContent!.trim() })),
  );
}

/** Where a reader lands, and what the scenes show there. */
async function landing(page: Page, id: string) {
  await scenesReady(page);
  await settled(page);
  return {
    top: await page.locator(`#${id}`).evaluate((section) => Math.round(section.getBoundingClientRect().top)),
    scrollY: await page.evaluate(() => Math.round(scrollY)),
    /** A chapter too near the end to reach the top of the window is reached when the page cannot scroll further. */
    atEnd: await page.evaluate(() => Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight),
    scenes: await sceneStates(page),
  };
}

function expectAtTop(landed: Awaited<ReturnType<typeof landing>>, id: string) {
  expect(Math.abs(landed.top) <= 1 || (landed.top > 0 && landed.atEnd), `#${id} at the top of the window (it is at ${landed.top}px)`).toBe(true);
}

/** The scenes of a reader who scrolled on their own, down the story they opened at its top, to `y`. */
async function scrolledTo(page: Page, y: number) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await settled(page);
  return sceneStates(page);
}

for (const path of BUILT.stories) {
  test.describe(`reader comforts on ${path}`, () => {
    for (const motion of ['no-preference', 'reduce'] as const) {
      test(`the reading-progress bar is empty at the top, half full halfway and full at the end (motion: ${motion})`, async ({ openPage }) => {
        const page = await openPage({ reducedMotion: motion });
        await page.goto(path);
        const bar = page.locator('.reading-progress');
        await expect(bar).toHaveAttribute('aria-hidden', 'true');
        expect(await progress(page)).toBe(0);
        await scrollToShare(page, 0.5);
        expect(await progress(page)).toBeCloseTo(0.5, 1);
        await scrollToShare(page, 1);
        expect(await progress(page)).toBeCloseTo(1, 2);
        const box = await page.locator('[data-reading-progress]').boundingBox();
        expect(box).toMatchObject({ x: 0, y: 0 });
        expect(box!.width).toBeCloseTo(page.viewportSize()!.width, 0);
        await scrollToShare(page, 0.25);
        expect(await progress(page)).toBeCloseTo(0.25, 1);
        // Where CSS drives the bar from the scroll position, no script writes to it while the reader scrolls.
        const scripted = await page.locator('[data-reading-progress]').evaluate((el) => el.style.transform !== '');
        expect(scripted).toBe(motion === 'reduce' || !(await page.evaluate(() => CSS.supports('animation-timeline: scroll()'))));
      });
    }

    test('a chapter’s link, opened or clicked in the contents (which list every chapter in order), lands on the chapter with its scene as a reader scrolling there sees it', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      const expected = await sections(page);
      const contents = page.getByRole('navigation', { name: UI[await langOf(page)].contents });
      const links = contents.getByRole('link');
      expect(await links.evaluateAll((all) => all.map((a) => ({ id: a.getAttribute('href')!.slice(1), title: a.textContent!.trim() })))).toEqual(expected);

      const opened = new Map<string, Awaited<ReturnType<typeof landing>>>();
      for (const { id } of expected) {
        await page.goto(`${path}#${id}`);
        const landed = await landing(page, id);
        expectAtTop(landed, id);
        opened.set(id, landed);
      }
      // A reader who opened the story at its top and scrolls down it sees, at each chapter's place,
      // what that chapter's link shows. (Jumps between any two chapters: the contents, below.)
      await page.goto(path);
      await scenesReady(page);
      for (const { id } of expected) expect(await scrolledTo(page, opened.get(id)!.scrollY), `#${id}`).toEqual(opened.get(id)!.scenes);

      // One page, jumping from chapter to chapter through the contents: each jump shows what opening
      // that chapter's link shows, whatever was on screen before.
      await page.goto(path);
      await scenesReady(page);
      for (const [i, { id }] of [...expected.entries(), ...[...expected.entries()].reverse()]) {
        await links.nth(i).click();
        await expect(page).toHaveURL(new RegExp(`#${id}$`));
        const landed = await landing(page, id);
        expectAtTop(landed, id);
        expect(landed.scenes, `#${id} by the contents`).toEqual(opened.get(id)!.scenes);
      }
    });

    test('the first chapter’s link shows the order timer at the start of the sale, not at the final state the page was built with', async ({ page }) => {
      await page.goto(path);
      const first = (await sections(page))[0].id;
      await page.goto(`${path}#${first}`);
      await scenesReady(page);
      await settled(page);
      expect(await counterValue(page)).toBe(0);
      await expect(page.locator('[data-scene="timer"] [data-clock="beijing"]')).toHaveText('16:00');
    });

    test('the contents are folded on a phone until opened, and open without JS', async ({ openPage }) => {
      for (const javaScriptEnabled of [true, false]) {
        const page = await openPage({ viewport: { width: 375, height: 740 }, javaScriptEnabled });
        await page.goto(path);
        const ui = UI[await langOf(page)];
        const contents = page.getByRole('navigation', { name: ui.contents });
        const firstLink = contents.getByRole('link').first();
        if (javaScriptEnabled) {
          await expect(firstLink).toBeHidden();
          await contents.getByText(ui.contents).click();
        }
        await expect(firstLink).toBeVisible();
      }
      const page = await openPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(path);
      await scenesReady(page);
      await expect(page.getByRole('navigation').getByRole('link').first()).toBeVisible();
    });

    test('“copy link” puts the chapter’s full address on the clipboard and says so', async ({ openPage, baseURL }) => {
      const page = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
      await page.goto(path);
      const ui = UI[await langOf(page)];
      const [first] = await sections(page);
      const chapter = page.locator(`#${first.id}`);
      await chapter.getByRole('button', { name: ui.copyLink }).click();
      await expect(chapter.getByRole('status')).toHaveText(ui.copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${path}#${first.id}`, baseURL).href);
      // Every chapter has one, and names its chapter for a screen reader's list of buttons.
      const buttons = page.getByRole('button', { name: ui.copyLink });
      const count = await page.locator('main section.chapter').count();
      await expect(buttons).toHaveCount(count);
      await expect(buttons.first()).toHaveAccessibleName(nameFor(ui.copyLink, first.title));
    });

    test('where the clipboard refuses, the chapter’s address goes to the address bar and the reader is told', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
      });
      await page.goto(path);
      const ui = UI[await langOf(page)];
      const [first] = await sections(page);
      const chapter = page.locator(`#${first.id}`);
      await chapter.getByRole('button', { name: ui.copyLink }).click();
      await expect(chapter.getByRole('status')).toHaveText(ui.copyFailed);
      await expect(page).toHaveURL(new RegExp(`#${first.id}$`));
    });

    test('without JS each chapter offers a plain link to itself', async ({ openPage }) => {
      const page = await openPage({ javaScriptEnabled: false });
      await page.goto(path);
      const ui = UI[await langOf(page)];
      const [first] = await sections(page);
      const link = page.locator(`#${first.id}`).getByRole('link', { name: nameFor(ui.chapterLink, first.title) });
      await expect(link).toHaveAttribute('href', `#${first.id}`);
      await expect(page.getByRole('button', { name: ui.copyLink })).toHaveCount(0);
    });
  });
}
