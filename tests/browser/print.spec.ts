import { EMBED_LABELS } from '../../src/embed/labels';
import { UI } from '../../src/i18n/ui';
import { BUILT, expect, scenesReady, settled, test, type Page } from './fixtures';
import { comparable, onPaper, pdfHas, pdfPages } from './pdf-text';

/*
 * The story printed (saved as a PDF) from Chromium, as a reader would after reading partway: the
 * text of every chapter, each figure whole on one page at its final state, the sources with their
 * full addresses, and nothing to click.
 */

/** What paper should hold, read from the page without JS (every figure at its final state) in print media. */
async function printedContent(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const lines = (el: HTMLElement) =>
      el.innerText
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    const sections = [...document.querySelectorAll<HTMLElement>('main section[id]')].filter((section) => !section.parentElement?.closest('section'));
    return {
      lang: document.documentElement.lang,
      chapters: sections.map((section) => ({
        id: section.id,
        lines: [...section.querySelectorAll<HTMLElement>('h2, h3, p, li')]
          .filter((el) => !el.closest('figure') && el.checkVisibility())
          .flatMap(lines),
      })),
      figures: [...document.querySelectorAll<HTMLElement>('figure[data-scene]')].map((figure) => {
        // innerText keeps text that is laid out but not drawn (an SVG label of size zero, a transparent one).
        const unseen = new Set(
          [...figure.querySelectorAll('*')]
            .filter((el) => !el.children.length && el.textContent?.trim())
            .filter((el) => {
              const box = el.getBoundingClientRect();
              return !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || box.width * box.height === 0;
            })
            .map((el) => el.textContent!.trim()),
        );
        return { scene: figure.dataset.scene!, lines: lines(figure).filter((line) => !unseen.has(line)) };
      }),
      addresses: [...document.querySelectorAll<HTMLAnchorElement>('#sources a[href^="http"]')].map((link) => link.getAttribute('href')!),
    };
  });
}

for (const path of BUILT.stories) {
  test.describe(`printing ${path}`, () => {
    test('puts every chapter, each figure whole at its final state, and the sources with full addresses on paper', async ({ openPage, page }) => {
      // Laying out and printing the whole story takes a while on a small machine.
      test.setTimeout(120_000);
      const reference = await openPage({ javaScriptEnabled: false });
      await reference.goto(path);
      const expected = await printedContent(reference);

      await page.goto(path);
      await scenesReady(page);
      // The reader is at the first chapter: on screen its scene is at its first step, not its last.
      await page.evaluate(() => document.querySelector('[data-scrolly]')!.scrollIntoView());
      await settled(page);
      const onScreen = await page.locator('figure[data-scene]').first().innerText();

      const pages = await pdfPages(await page.pdf({ format: 'A4' }));
      const all = pages.join('');

      expect(expected.chapters.length).toBeGreaterThan(1);
      for (const chapter of expected.chapters) {
        const missing = chapter.lines.filter((line) => !onPaper(pages, line));
        expect(missing, `chapter #${chapter.id}`).toEqual([]);
      }

      expect(expected.figures.length).toBe(await page.locator('[data-scrolly]').count());
      for (const figure of expected.figures) {
        // Whole: one page holds every line of the figure. Final: those lines are the no-JS figure's.
        const whole = pages.some((text) => figure.lines.every((line) => pdfHas(text, line)));
        const missing = pages.map((text) => figure.lines.filter((line) => !pdfHas(text, line)));
        expect(whole, `figure ${figure.scene}, lines missing from each page: ${JSON.stringify(missing)}`).toBe(true);
      }

      expect(expected.addresses.length).toBeGreaterThan(0);
      expect(expected.addresses.filter((href) => !comparable(all).includes(comparable(`<${href}>`)))).toEqual([]);

      const lang = expected.lang.startsWith('en') ? 'en' : 'zh';
      expect(pdfHas(all, UI[lang].copyLink)).toBe(false);
      expect(pdfHas(all, EMBED_LABELS[lang].embedThis)).toBe(false);

      // Printing over, the screen is back where the reader was.
      await settled(page);
      expect(await page.locator('figure[data-scene]').first().innerText()).toBe(onScreen);
    });

    test('lays the story out as one flowing column with nothing to press, in dark ink on white even at night', async ({ openPage }) => {
      const page = await openPage({ colorScheme: 'dark' });
      await page.goto(path);
      await scenesReady(page);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const layout = await page.evaluate(() => {
        const shown = (el: Element) => el.checkVisibility();
        const all = [...document.querySelectorAll('body *')].filter(shown);
        return {
          pinned: all.filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position)).map((el) => el.className),
          controls: all.filter((el) => el.matches('button, summary, [data-embed-link], [data-chapter-link], [data-get-the-data]')).map((el) => el.outerHTML.slice(0, 80)),
          unsplittable: [...document.querySelectorAll('figure[data-scene]')].map((figure) => getComputedStyle(figure).breakInside),
          paper: getComputedStyle(document.body).backgroundColor,
          ink: getComputedStyle(document.body).color,
        };
      });
      expect(layout.pinned).toEqual([]);
      expect(layout.controls).toEqual([]);
      expect(new Set(layout.unsplittable)).toEqual(new Set(['avoid']));
      expect(layout.paper).toBe('rgb(255, 255, 255)');
      expect(layout.ink).toBe('rgb(26, 26, 26)');
    });
  });
}
