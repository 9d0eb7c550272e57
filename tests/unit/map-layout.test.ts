import { describe, expect, it } from 'vitest';
import {
  contains,
  fillKey,
  fillValue,
  fitView,
  formatPlaceDate,
  mixes,
  paint,
  PALETTE,
  symbolOffsets,
  symbolScale,
  type Box,
  type PlaceRow,
} from '../../src/scenes/map/layout';
import { zoomTransform, zoomVia } from '../../src/scenes/map/zoom';

const rows: PlaceRow[] = [
  { id: '250', company: 'wechat', evidence: 'strong', presence: 'local' },
  { id: '840', company: 'wechat', evidence: 'strong', presence: 'local' },
  { id: '840', company: 'baidu', evidence: 'strong', presence: 'local' },
  { id: '276', company: 'wechat', evidence: 'weak', presence: 'local' },
  { id: '246', company: 'alipay', evidence: 'strong', presence: 'local' },
];

describe('which places a step colours', () => {
  it('colours only the places named, when a step names them', () => {
    const painted = paint(rows, { companies: ['wechat'], places: ['250'] });
    expect([...painted.keys()]).toEqual(['250']);
    expect(painted.get('250')).toEqual({ companies: ['wechat'], weak: false, partners: [], fill: 'wechat' });
  });

  it('colours every place of the companies named otherwise, weak evidence hatched', () => {
    const painted = paint(rows, { companies: ['wechat'] });
    expect([...painted.keys()].sort()).toEqual(['250', '276', '840']);
    expect(painted.get('276')).toEqual({ companies: ['wechat'], weak: true, partners: [], fill: 'weak-wechat' });
  });

  it('stripes a place that two companies reached, in legend order', () => {
    const painted = paint(rows, { companies: ['baidu', 'wechat'] });
    expect(painted.get('840')).toEqual({ companies: ['wechat', 'baidu'], weak: false, partners: [], fill: 'mix-wechat-baidu' });
    expect(paint(rows, { companies: ['baidu'] }).get('840')?.fill).toBe('baidu');
  });

  it('shows a partner’s home with the company’s symbol but none of its colour, and no mix', () => {
    const partnered = rows.map((row) => (row.company === 'baidu' ? { ...row, presence: 'partner' as const } : row));
    expect(paint(partnered, { companies: ['baidu', 'wechat'] }).get('840')).toEqual({ companies: ['wechat', 'baidu'], weak: false, partners: ['baidu'], fill: 'wechat' });
    expect(paint(partnered, { companies: ['baidu'] }).get('840')).toEqual({ companies: ['baidu'], weak: false, partners: ['baidu'], fill: '' });
    expect(mixes(partnered)).toEqual([]);
  });

  it('defines a striped fill for every pair a place can show, and names fills for the SVG', () => {
    expect(mixes(rows)).toEqual([['wechat', 'baidu']]);
    expect(fillKey(['alipay'], true)).toBe('weak-alipay');
    expect(fillValue('wechat', 'map-2')).toBe(PALETTE.wechat);
    expect(fillValue('mix-wechat-baidu', 'map-2')).toBe('url(#map-2-mix-wechat-baidu)');
  });
});

describe('framing a region in a figure of any shape', () => {
  it('widens a tall region for a wide figure and heightens a wide one for a tall figure, cutting nothing', () => {
    const tall = fitView([10, 10, 20, 40], 2);
    expect(tall[2] / tall[3]).toBeCloseTo(2);
    expect(contains(tall, [10, 10, 20, 40])).toBe(true);
    const wide = fitView([0, 0, 300, 130], 1.5);
    expect(wide).toEqual([0, -35, 300, 200]);
  });

  it('pads a region on every side', () => {
    const view = fitView([100, 100, 50, 25], 2, 0.1);
    expect(contains(view, [95, 97.5, 60, 30])).toBe(true);
  });
});

describe('symbols', () => {
  it('centres the symbols shown at a place, side by side', () => {
    expect([...symbolOffsets(['baidu'])]).toEqual([['baidu', 0]]);
    expect([...symbolOffsets(['wechat', 'baidu'])]).toEqual([
      ['wechat', -7],
      ['baidu', 7],
    ]);
  });

  it('shrinks them over the whole world on a phone, never in a region', () => {
    expect(symbolScale('world', 320)).toBeLessThan(0.6);
    expect(symbolScale('world', 900)).toBe(1);
    expect(symbolScale('europe', 320)).toBe(1);
  });
});

describe('dates as precise as their source', () => {
  it('writes a year, a month or a day in each edition', () => {
    expect(formatPlaceDate('2015', 'zh')).toBe('2015年');
    expect(formatPlaceDate('2015-06', 'zh')).toBe('2015年6月');
    expect(formatPlaceDate('2017-09-25', 'zh')).toBe('2017年9月25日');
    expect(formatPlaceDate('2015-06', 'en')).toBe('Jun 2015');
    expect(formatPlaceDate('2017-09-25', 'en')).toBe('25 Sep 2017');
  });
});

describe('the view a zoom passes through', () => {
  const world: Box = [0, 0, 300, 150];
  it('is none when one view holds the other: the zoom magnifies the larger drawing', () => {
    const europe: Box = [130, 10, 60, 30];
    expect(zoomVia(world, europe, 2)).toBeUndefined();
    expect(zoomVia(europe, world, 2)).toBeUndefined();
  });
  it('holds both views, at the figure’s shape, when they lie apart or overlap', () => {
    const northAmerica: Box = [15, 5, 120, 60];
    const southeastAsia: Box = [212, 54, 70, 35];
    const overlapping: Box = [100, 20, 60, 30];
    for (const [from, to] of [
      [northAmerica, southeastAsia],
      [southeastAsia, northAmerica],
      [northAmerica, overlapping],
    ] as [Box, Box][]) {
      for (const aspect of [1.5, 2]) {
        const via = zoomVia(from, to, aspect)!;
        expect(contains(via, from) && contains(via, to), `${via} holds ${from} and ${to}`).toBe(true);
        expect(via[2] / via[3]).toBeCloseTo(aspect, 2);
      }
    }
    // No larger than it must be: from North America to South-East Asia, it spans them side to side, no more.
    const via = zoomVia(northAmerica, southeastAsia, 2)!;
    expect([via[0], via[2]]).toEqual([15, 267]);
  });
});

describe('a zoom as a transform of the drawing', () => {
  const world: Box = [0, 0, 300, 150];
  it('leaves the drawing alone when it already shows the view', () => {
    expect(zoomTransform(world, world, 600)).toBe('translate(0px, 0px) scale(1)');
  });
  it('magnifies the part asked for to fill the figure, its top left corner at the top left', () => {
    // The right half of the lower half, drawn 600 px wide: twice the size, moved left and up by a full figure.
    expect(zoomTransform([150, 75, 150, 75], world, 600)).toBe('translate(-600px, -300px) scale(2)');
    // Each corner of the view lands on the figure's corner: x' = scale·(x − drawn x)·(px per unit) + translate.
    const shown: Box = [37.5, 20, 75, 37.5];
    const [, tx, ty, scale] = zoomTransform(shown, world, 600).match(/translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)/)!.map(Number);
    expect(scale * (shown[0] - world[0]) * 2 + tx).toBeCloseTo(0);
    expect(scale * (shown[1] - world[1]) * 2 + ty).toBeCloseTo(0);
    expect(scale * shown[2] * 2).toBeCloseTo(600);
  });
});
