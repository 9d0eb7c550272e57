import { describe, expect, it } from 'vitest';
import { cardTopFor, locate } from '../../src/scrolly/locate';

const steps = [
  { top: 100, bottom: 300 },
  { top: 300, bottom: 700 },
  { top: 700, bottom: 800 },
];

describe('where the reader is, from geometry alone', () => {
  it('shows the first step at its start before any step reaches the trigger line', () => {
    expect(locate(steps, 50)).toEqual({ index: 0, progress: 0, within: false });
  });

  it('gives the active step and the progress through it', () => {
    expect(locate(steps, 200)).toEqual({ index: 0, progress: 0.5, within: true });
    expect(locate(steps, 400)).toEqual({ index: 1, progress: 0.25, within: true });
  });

  it('gives the last step at its end after a fling past everything', () => {
    expect(locate(steps, 5000)).toEqual({ index: 2, progress: 1, within: false });
  });

  it('does not divide by zero on an empty step or fail on no steps', () => {
    expect(locate([{ top: 10, bottom: 10 }], 10)).toEqual({ index: 0, progress: 0, within: true });
    expect(locate([], 10)).toEqual({ index: 0, progress: 0, within: false });
  });
});

describe('where a focused step is brought', () => {
  it('puts the trigger line across a card that fits, with the whole card on screen', () => {
    for (const [viewport, trigger] of [
      [667, 0.7],
      [568, 0.7],
      [800, 0.5],
    ]) {
      for (const height of [40, 150, 300, 500]) {
        if (height > viewport - 40) continue;
        const top = cardTopFor(height, viewport, trigger);
        const card = [{ top, bottom: top + height }];
        expect(locate(card, viewport * trigger), `${height} px card, ${viewport} px screen`).toMatchObject({ index: 0, within: true });
        expect(top).toBeGreaterThanOrEqual(0);
        expect(top + height).toBeLessThanOrEqual(viewport);
      }
    }
  });

  it('keeps the top of a card taller than the screen in view', () => {
    expect(cardTopFor(900, 667, 0.7)).toBeGreaterThanOrEqual(0);
    expect(cardTopFor(900, 667, 0.7)).toBeLessThan(667 * 0.7);
  });
});
