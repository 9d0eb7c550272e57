import type { Locator } from './fixtures';

/**
 * Where the timer's numbers lie across the screen: the count's box's edges, where the count ends
 * and where its estimate mark (≈, 约) stands, and where the time since the start begins. A number
 * of other digits, or the estimate mark, must not push them sideways.
 */
export const ACROSS = [
  ['.timer__figure', 'left'],
  ['.timer__figure', 'right'],
  ['.timer__number', 'right'],
  ['.timer__approx', 'left'],
  ['[data-elapsed]', 'left'],
] as const;
export const ACROSS_NAMES = ACROSS.map(([selector, edge]) => `${selector} ${edge}`);

/** Where the timer's numbers lie across the screen (ACROSS), in px: the same text at every count if they never move sideways. */
export const counterPlace = (figure: Locator) =>
  figure.evaluate(
    (figure, across) => across.map(([selector, edge]) => `${selector} ${edge} ${Math.round(figure.querySelector(selector)!.getBoundingClientRect()[edge])}`).join(', '),
    ACROSS,
  );

/**
 * The count and where the timer's numbers lie (as `counterPlace`) at each of the embed's slider
 * `values`, set in the page as a reader's drag sets them (an input event at each), each read two
 * frames later: one round trip for them all.
 */
export const countedPlaces = (figure: Locator, values: number[]) =>
  figure.evaluate(
    async (figure, [values, across]) => {
      const slider = document.querySelector<HTMLInputElement>('[data-progress]')!;
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const counts: number[] = [];
      const places: string[] = [];
      for (const value of values) {
        slider.value = String(value);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        await frame();
        counts.push(Number(figure.querySelector('[data-counter]')!.getAttribute('data-value')));
        places.push(across.map(([selector, edge]) => `${selector} ${edge} ${Math.round(figure.querySelector(selector)!.getBoundingClientRect()[edge])}`).join(', '));
      }
      return { counts, places };
    },
    [values, ACROSS] as const,
  );
