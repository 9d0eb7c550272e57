import type { HeightStep } from '../../src/embed/snippet';

/*
 * The width→height table of an embed's snippet (src/embed/heights.ts), fitted to its chart's heights
 * measured at each whole px of column width. A chart's height steps where a line of its text wraps,
 * and in between is flat (text alone) or grows with the width (a map drawn to the column's width):
 * each stretch is one step, flat or a line, whose whole px at every width is the chart's, rounded up
 * as the chart reports it.
 */

/** Slack, in px, kept from a whole px, so that the browser's arithmetic rounds up as this does. */
const SLACK = 0.002;
/** Figures as the snippet prints them. */
const round = (value: number, places: number) => Number(value.toFixed(places));

/** The intercept, if any, of a line of slope `perPx` whose whole px match `whole` over [first, last]. */
function intercept(whole: number[], from: number, first: number, last: number, perPx: number): number | null {
  let low = -Infinity;
  let high = Infinity;
  for (let i = first; i <= last; i++) {
    const width = from + i;
    low = Math.max(low, whole[i] - 1 + SLACK - perPx * width);
    high = Math.min(high, whole[i] - SLACK - perPx * width);
    if (low > high) return null;
  }
  // The fewest decimals that fit: the snippet is read, and pasted, by people.
  for (let places = 0; places <= 4; places++) {
    const px = round((low + high) / 2, places);
    if (px >= low && px <= high) return px;
  }
  return null;
}

/**
 * The steps for `heights`, the chart's height (fractional, as laid out) at widths from, from + 1…:
 * few, each as long as it can be while every whole width's height stays exact.
 */
export function heightSteps(heights: number[], from: number): HeightStep[] {
  const whole = heights.map((height) => Math.ceil(height));
  const steps: HeightStep[] = [];
  for (let first = 0; first < heights.length; ) {
    let flat = first;
    while (flat + 1 < heights.length && whole[flat + 1] === whole[first]) flat++;
    let line: { last: number; px: number; cqw: number } | null = null;
    // A stretch can fail one width and fit again past it (a fitted slope settles): look a little on.
    for (let last = flat + 1, misses = 0; last < heights.length && misses < 8; last++) {
      const slope = ((heights[last] - heights[first]) / (last - first)) * 100;
      // Steeper than the column itself grows is a wrap, not a drawing: flat steps say it plainly.
      if (Math.abs(slope) > 100) break;
      const fit = [0, 1, 2, 3, 4].map((places) => round(slope, places)).map((cqw) => ({ cqw, px: intercept(whole, from, first, last, cqw / 100) })).find(({ px }) => px !== null);
      if (!fit) misses++;
      else [line, misses] = [{ last, px: fit.px!, cqw: fit.cqw }, 0];
    }
    if (line && line.cqw !== 0) {
      steps.push([from + first, line.px, line.cqw]);
      first = line.last + 1;
    } else {
      steps.push([from + first, whole[first]]);
      first = flat + 1;
    }
  }
  return steps;
}
