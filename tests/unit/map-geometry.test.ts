import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { loadExpansions } from '../../src/scenes/map/data';
import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import {
  countries,
  countryBounds,
  countryPath,
  DETAIL_FIGURE_WIDTH,
  framableViews,
  homeAndOverseas,
  labelPoint,
  mainlandBox,
  MAP_WIDTH,
  OUTLINE_TOLERANCE_PX,
  outlineAtlas,
  project,
  regionBoxes,
  relativePath,
  worldBox,
  worldProjection,
} from '../../src/scenes/map/geometry';
import { contains, frameAspect, PLACES_MIN_WIDTH, viewFor, type Box, type Region } from '../../src/scenes/map/layout';

const shapes = countries();
const projection = worldProjection(shapes);
const boxes = regionBoxes(projection, shapes);
const world = worldBox(projection, shapes);
const rows = loadExpansions();
const anchorOf = (id: string): [number, number] => {
  const shape = shapes.find((s) => String(s.id) === id);
  const row = rows.find((r) => r.id === id)!;
  return shape ? labelPoint(projection, shape) : project(projection, row.lon!, row.lat!);
};
const at = ([x, y]: [number, number]): Box => [x, y, 0, 0];

/* The figure's width in CSS pixels at a viewport width: the page's and the chart frame's padding taken off. */
const figureWidth = (viewport: number) => (viewport <= 720 ? viewport - 2 * 20 - 2 * 12 - 2 * 16 : (Math.min(viewport - 40, 72 * 16) - 32) * (1.2 / 2.2) - 2 * 16);

describe('the world map’s geometry, built once at build', () => {
  it('draws more than 170 countries with their ISO ids, without Antarctica', () => {
    const ids = shapes.map((s) => s.id).filter(Boolean);
    expect(ids.length).toBeGreaterThanOrEqual(170);
    expect(ids).not.toContain('010');
    for (const id of ['250', '246', '410', '840', '764', '036', '156']) expect(ids).toContain(id);
  });

  for (const viewport of [375, 1280]) {
    it(`fits the whole world into the figure at ${viewport} px, every place inside it`, () => {
      const width = figureWidth(viewport);
      const aspect = frameAspect(viewport);
      const view = viewFor({ zoom: 'world' }, boxes, {}, aspect);
      expect(contains(view, world)).toBe(true);
      // The world fills the figure's width or its height, whichever binds: no part is cut, little is wasted.
      const scale = Math.min(width / world[2], width / aspect / world[3]);
      expect(world[2] * scale).toBeLessThanOrEqual(width + 0.5);
      expect(world[3] * scale).toBeLessThanOrEqual(width / aspect + 0.5);
      expect(Math.max(world[2] * scale, (world[3] * scale * aspect))).toBeGreaterThan(width * 0.99);
      for (const row of rows) expect(contains(view, at(anchorOf(row.id))), `${row.name_en}`).toBe(true);
    });

    it(`frames each step's place inside its region at ${viewport} px`, () => {
      const steps: [Region, string][] = [
        ['europe', '250'],
        ['northern-europe', '246'],
        ['east-asia', '410'],
        ['north-america', '840'],
        ['southeast-asia', '764'],
        ['oceania', '036'],
      ];
      for (const [region, id] of steps) {
        const view = viewFor({ zoom: region }, boxes, {}, frameAspect(viewport));
        expect(contains(view, at(anchorOf(id))), `${id} in ${region}`).toBe(true);
        // A region is a real zoom: at most half the world's width.
        expect(view[2]).toBeLessThan(world[2] / 2);
      }
    });
  }

  it('frames North America with all of Canada’s mainland, not cropped at 58°N', () => {
    const canada = mainlandBox(projection, shapes.find((s) => s.id === '124')!);
    for (const viewport of [375, 1280]) expect(contains(viewFor({ zoom: 'north-america' }, boxes, {}, frameAspect(viewport)), canada)).toBe(true);
  });

  it('frames the places a step names, wherever they are, with room around them and at the figure’s shape', () => {
    const places = Object.fromEntries(['246', '410', '250', '840'].map((id) => [id, mainlandBox(projection, shapes.find((s) => s.id === id)!)]));
    places.hk = at(project(projection, 114.2, 22.3));
    for (const viewport of [375, 1280]) {
      const aspect = frameAspect(viewport);
      // Finland and Korea together: both whole, with a margin, and still a zoom.
      const pair = viewFor({ zoom: 'places', places: ['246', '410'] }, boxes, places, aspect);
      for (const id of ['246', '410']) expect(contains(pair, places[id]), id).toBe(true);
      expect(pair[0]).toBeLessThan(places['246'][0] - 1);
      expect(pair[2] / pair[3]).toBeCloseTo(aspect, 2);
      expect(pair[2]).toBeLessThan(world[2]);
      // One small place is not blown up past a sixth of the world's width; a point has a view too.
      for (const id of ['250', 'hk']) {
        const one = viewFor({ zoom: 'places', places: [id] }, boxes, places, aspect);
        expect(contains(one, places[id]), id).toBe(true);
        expect(one[2], id).toBeGreaterThanOrEqual(PLACES_MIN_WIDTH - 0.1);
      }
    }
  });

  it('colours metropolitan France for a Paris story, and leaves French Guiana as plain land', () => {
    const { home, overseas } = homeAndOverseas(shapes.find((s) => s.id === '250')!);
    const [[west, south], [east, north]] = countryBounds(home);
    expect([west, south, east, north].map(Math.round)).toEqual([-5, 41, 10, 51]);
    const [[gWest, gSouth], [gEast, gNorth]] = countryBounds(overseas!);
    // French Guiana: 54°W–51°W, 2°N–6°N.
    expect(gWest).toBeGreaterThan(-55);
    expect(gEast).toBeLessThan(-51);
    expect(gSouth).toBeGreaterThan(1);
    expect(gNorth).toBeLessThan(6);
    expect(homeAndOverseas(shapes.find((s) => s.id === '246')!).overseas).toBeUndefined();
  });

  it('puts a country’s name on its mainland: France in Europe, the United States in the lower 48', () => {
    const invert = (id: string) => projection.invert!(labelPoint(projection, shapes.find((s) => String(s.id) === id)!))!;
    const [lonFr, latFr] = invert('250');
    expect(lonFr).toBeGreaterThan(-5);
    expect(lonFr).toBeLessThan(9);
    expect(latFr).toBeGreaterThan(42);
    const [lonUs, latUs] = invert('840');
    expect(lonUs).toBeGreaterThan(-125);
    expect(latUs).toBeLessThan(50);
  });

  it('writes paths relatively without drifting: they retrace the rounded absolute outline', () => {
    const absolute = (d: string) => {
      const points: string[] = [];
      let [x, y, sx, sy] = [0, 0, 0, 0];
      for (const [, cmd, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
        if (cmd === 'z') {
          [x, y] = [sx, sy];
          continue;
        }
        const numbers = args.match(/-?[\d.]+/g)!.map(Number);
        for (let i = 0; i < numbers.length; i += 2) {
          [x, y] = [x + numbers[i], y + numbers[i + 1]];
          if (cmd === 'm' && i === 0) [sx, sy] = [x, y];
          points.push(`${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`);
        }
      }
      return points;
    };
    for (const id of ['250', '643', '036']) {
      const shape = shapes.find((s) => String(s.id) === id)!;
      const reference = [...geoPath(projection).digits(1)(shape)!.matchAll(/([ML])([-\d.]+),([-\d.]+)/g)].map(([, cmd, x, y]) => ({ cmd, at: `${Number(x)},${Number(y)}` }));
      // A line-to that rounds onto the point before it draws nothing, and is left out.
      const expected = reference.filter((p, i) => p.cmd === 'M' || p.at !== reference[i - 1].at).map((p) => p.at);
      expect(absolute(countryPath(projection, shape))).toEqual(expected);
    }
    expect(relativePath('M10,10L12.5,9L12.5,9L10,10Z')).toBe('m10,10 2.5-1-2.5,1z');
  });

  it('keeps the world the width the figure’s viewBox is written in', () => {
    expect(world[0]).toBeCloseTo(0, 0);
    expect(world[2]).toBeCloseTo(MAP_WIDTH, 0);
  });

  it('keeps every point of the atlas within the tolerance of the narrowest view that shows it, and every arc’s ends', () => {
    const places = Object.fromEntries(['250', '246', '410', '840', '764', '036'].map((id) => [id, mainlandBox(projection, shapes.find((s) => s.id === id)!)]));
    const views = framableViews(boxes, places);
    const simple = outlineAtlas(projection, views, world);
    const full = atlas as unknown as Topology;
    const { scale, translate } = full.transform!;
    // What d3 draws, written to a thousandth of a unit: the slack below.
    const drawn = (line: number[][]) => [...(geoPath(projection)({ type: 'LineString', coordinates: line }) ?? '').matchAll(/(-?[\d.e-]+),(-?[\d.e-]+)/g)].map(([, x, y]) => [Number(x), Number(y)]);
    const toLine = ([px, py]: number[], line: number[][]) =>
      Math.min(
        ...line.slice(1).map(([bx, by], i) => {
          const [ax, ay] = line[i];
          const [dx, dy] = [bx - ax, by - ay];
          const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
          return Math.hypot(px - ax - t * dx, py - ay - t * dy);
        }),
      );
    let [before, after] = [0, 0];
    full.arcs.forEach((arc, i) => {
      let [x, y] = [0, 0];
      const points = arc.map(([dx, dy]) => [(x += dx) * scale[0] + translate[0], (y += dy) * scale[1] + translate[1]]);
      const kept = simple.arcs[i] as unknown as number[][];
      expect([kept[0], kept.at(-1)], `arc ${i}: where borders meet coasts`).toEqual([points[0], points.at(-1)]);
      const line = drawn(kept);
      for (const point of points) {
        const [px, py] = projection(point as [number, number])!;
        const narrowest = Math.min(world[2], ...views.filter((v) => contains(v, [px, py, 0, 0])).map((v) => v[2]));
        expect(toLine([px, py], line), `arc ${i} at ${point}`).toBeLessThanOrEqual((OUTLINE_TOLERANCE_PX * narrowest) / DETAIL_FIGURE_WIDTH + 0.002);
      }
      [before, after] = [before + points.length, after + kept.length];
    });
    // A test of the test: the coasts no step zooms to do lose points.
    expect(after).toBeLessThan(before * 0.9);
  });
});
