import { describe, expect, it } from 'vitest';
import { locate } from '../../src/scrolly/locate';

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
