import { describe, expect, it } from 'vitest';
import { deltaE2000, parseColour, seenDifference, simulate, toLab } from '../support/colour-vision';

describe('the colour test’s own arithmetic', () => {
  it('computes CIEDE2000 as Sharma, Wu & Dalal’s published test pairs', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });

  it('keeps greys grey and white white under the Machado matrices, and merges red with green for a deuteranope', () => {
    expect(simulate([255, 255, 255], 'deuteranopia').map(Math.round)).toEqual([255, 255, 255]);
    expect(toLab(parseColour('#ffffff'))[0]).toBeCloseTo(100, 3);
    const [red, green] = [parseColour('#d62728'), parseColour('#2ca02c')];
    expect(seenDifference(red, green, 'normal')).toBeGreaterThan(40);
    expect(seenDifference(red, green, 'deuteranopia')).toBeLessThan(seenDifference(red, green, 'normal') / 2);
  });

  it('reads the colours a browser reports', () => {
    expect(parseColour('rgb(31, 163, 122)')).toEqual([31, 163, 122]);
    expect(parseColour('#1FA37A')).toEqual([31, 163, 122]);
  });
});
