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
