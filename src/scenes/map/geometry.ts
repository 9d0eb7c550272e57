/*
 * The world map's geometry, computed once at build: Natural Earth's 1:110m countries (world-atlas)
 * through topojson-client and a Natural Earth projection, written as compact SVG paths. Neither
 * d3-geo nor the TopoJSON ever reach the browser, which only restyles and reframes these paths.
 */
import { geoBounds, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { FRAME_ASPECTS, REGION_NAMES, REGIONS, viewFor, type Box, type Region } from './layout';
import { simplifyTopology } from './simplify';

/** Width of the world in the SVG's user units. The height follows from the projection. */
export const MAP_WIDTH = 300;
/**
 * Decimal places kept. A tenth of a unit is a three-thousandth of the world's width: under half a
 * pixel when Europe fills a desktop figure, finer than the 1:110m coastlines themselves.
 */
export const MAP_DIGITS = 1;
/** Antarctica: no expansion reaches it, and it would take a fifth of the height. */
const LEFT_OUT = new Set(['010']);

export type Country = Feature<Polygon | MultiPolygon, { name: string }> & { id?: string };

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;
const topology = atlas as unknown as Atlas;

/** The countries drawn, in world-atlas order. Three (N. Cyprus, Somaliland, Kosovo) have no ISO id there. */
export function countries(from: Atlas = topology): Country[] {
  const collection = feature(from, from.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return (collection.features as Country[]).filter((country) => !LEFT_OUT.has(String(country.id)));
}

/** Every ISO 3166-1 numeric id world-atlas draws (as it writes them: three digits, zero-padded). */
export function atlasIds(): Set<string> {
  return new Set(countries().flatMap((country) => (country.id ? [String(country.id)] : [])));
}

/** Natural Earth keeps high latitudes less squeezed than Equal Earth, so Finland and Korea stay readable. */
export function worldProjection(shapes: Country[] = countries(), width = MAP_WIDTH): GeoProjection {
  return geoNaturalEarth1().fitWidth(width, { type: 'FeatureCollection', features: shapes });
}

/** The projected extent of the countries drawn: the whole-world view. */
export function worldBox(projection: GeoProjection, shapes: Country[] = countries()): Box {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'FeatureCollection', features: shapes });
  return [x0, y0, x1 - x0, y1 - y0].map((n) => Math.round(n * 100) / 100) as Box;
}

/** The projected box of a region given in degrees, traced along its edges (meridians and parallels curve). */
export function regionBox(projection: GeoProjection, [west, south, east, north]: readonly [number, number, number, number]): Box {
  const points: [number, number][] = [];
  for (let i = 0; i <= 16; i++) {
    const lon = west + ((east - west) * i) / 16;
    const lat = south + ((north - south) * i) / 16;
    points.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  const projected = points.map((p) => projection(p)!);
  const xs = projected.map((p) => p[0]);
  const ys = projected.map((p) => p[1]);
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  return [x0, y0, Math.max(...xs) - x0, Math.max(...ys) - y0].map((n) => Math.round(n * 100) / 100) as Box;
}

/** The box of every region a step can frame. */
export function regionBoxes(projection: GeoProjection, shapes: Country[] = countries()): Record<Region, Box> {
  const boxes = {} as Record<Region, Box>;
  for (const [name, extent] of Object.entries(REGIONS) as [Region, (typeof REGIONS)[Region]][]) {
    boxes[name] = extent ? regionBox(projection, extent) : worldBox(projection, shapes);
  }
  return boxes;
}

/**
 * A country's main landmass: where its name and symbols go. France's is Europe, not French
 * Guiana; the United States' the lower 48, not Alaska.
 */
export function mainland(country: Feature<Geometry>): Feature<Polygon> {
  const geometry = country.geometry;
  if (geometry.type === 'Polygon') return { type: 'Feature', properties: {}, geometry };
  if (geometry.type !== 'MultiPolygon') throw new Error(`a country must be a polygon, not ${geometry.type}`);
  const area = (rings: number[][][]) => Math.abs(ringArea(rings[0]));
  const largest = geometry.coordinates.reduce((a, b) => (area(b) > area(a) ? b : a));
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: largest } };
}

/**
 * Parts of a country that a step colouring it must leave as plain land. Natural Earth's France
 * includes French Guiana: coloured with France for a story about a Paris department store, it
 * would put WeChat Pay in South America. Its parts west of 20°W are drawn with the land instead.
 */
const OVERSEAS: Record<string, (lon: number) => boolean> = { '250': (lon) => lon < -20 };

/** A country as a step colours it (metropolitan France), and its overseas parts, drawn as plain land. */
export function homeAndOverseas(country: Country): { home: Country; overseas: Feature<MultiPolygon> | undefined } {
  const far = OVERSEAS[String(country.id)];
  const geometry = country.geometry;
  if (!far || geometry.type !== 'MultiPolygon') return { home: country, overseas: undefined };
  const westOf = (polygon: number[][][]) => far(Math.max(...polygon[0].map(([lon]) => lon)));
  const keep = geometry.coordinates.filter((polygon) => !westOf(polygon));
  const away = geometry.coordinates.filter(westOf);
  return {
    home: { ...country, geometry: { type: 'MultiPolygon', coordinates: keep } },
    overseas: away.length ? { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: away } } : undefined,
  };
}

/** The projected box of a country's main landmass: what a step naming it frames. */
export function mainlandBox(projection: GeoProjection, country: Feature<Geometry>): Box {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(mainland(country));
  return [x0, y0, x1 - x0, y1 - y0].map((n) => Math.round(n * 100) / 100) as Box;
}

/** Where a country's label and symbols sit, in user units. */
export function labelPoint(projection: GeoProjection, country: Feature<Geometry>): [number, number] {
  const [x, y] = geoPath(projection).centroid(mainland(country));
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

export function project(projection: GeoProjection, lon: number, lat: number): [number, number] {
  const [x, y] = projection([lon, lat])!;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/**
 * How far, in CSS pixels, a drawn outline may stray from the atlas's, at the narrowest view that
 * can show it, on a figure DETAIL_FIGURE_WIDTH wide (the story's, beside the text, is under 600; an
 * embed as wide as a desktop window doubles it, still under a pixel). As little as the rounding to
 * MAP_DIGITS already strays: the coasts no step zooms to (the Arctic, Siberia, Africa) lose points,
 * and those a step frames keep nearly all of theirs.
 */
export const OUTLINE_TOLERANCE_PX = 0.4;
export const DETAIL_FIGURE_WIDTH = 640;

/**
 * The zoomed views a step can frame, at each shape of the figure: every region, each place alone and
 * each pair of places. A view of three or more places is at least as wide as that of any pair among
 * them, so shows the world at a smaller scale. What the outlines' detail follows.
 */
export function framableViews(boxes: Record<Region, Box>, places: Record<string, Box>): Box[] {
  const ids = Object.keys(places);
  const sets = ids.flatMap((a, i) => [[a], ...ids.slice(i + 1).map((b) => [a, b])]);
  return FRAME_ASPECTS.flatMap((aspect) => [
    ...REGION_NAMES.filter((zoom) => zoom !== 'world').map((zoom) => viewFor({ zoom }, boxes, places, aspect)),
    ...sets.map((set) => viewFor({ zoom: 'places', places: set }, boxes, places, aspect)),
  ]);
}

/**
 * The atlas with only the detail the map can show: points inside one of `views` (every view a step
 * can frame, framableViews) are kept to the tolerance of the narrowest of them, the rest to the whole
 * world's. Only outlines are drawn from it: places, boxes and the projection come from the full atlas.
 */
export function outlineAtlas(projection: GeoProjection, views: readonly Box[], world: Box): Atlas {
  const key = JSON.stringify([projection.scale(), projection.translate(), views, world]);
  const cached = outlineAtlases.get(key);
  if (cached) return cached;
  const narrowest = (x: number, y: number) =>
    views.reduce((width, [vx, vy, vw, vh]) => (x >= vx && x <= vx + vw && y >= vy && y <= vy + vh ? Math.min(width, vw) : width), world[2]);
  const simple = simplifyTopology(topology, projection, (x, y) => (OUTLINE_TOLERANCE_PX * narrowest(x, y)) / DETAIL_FIGURE_WIDTH);
  outlineAtlases.set(key, simple);
  return simple;
}
const outlineAtlases = new Map<string, Atlas>();

/**
 * All the land but the countries given, as one outline: the countries no step ever colours need no
 * element each. Drawing the world as 170-odd paths cost a slow phone a tenth of a second of style
 * and layout at every load, for outlines that never change.
 */
export function landWithout(projection: GeoProjection, ids: ReadonlySet<string>, from: Atlas = topology, digits = MAP_DIGITS): string {
  const rest = from.objects.countries.geometries.filter((g) => !LEFT_OUT.has(String(g.id)) && !ids.has(String(g.id)));
  const land = merge(from, rest as (TopoPolygon | TopoMultiPolygon)[]);
  // The overseas parts of the countries drawn one by one are plain land too (homeAndOverseas).
  const overseas = countries(from)
    .filter((country) => ids.has(String(country.id)))
    .flatMap((country) => homeAndOverseas(country).overseas?.geometry.coordinates ?? []);
  return pathData(projection, { ...land, coordinates: [...land.coordinates, ...overseas] }, digits);
}

/** Every land border, each drawn once (coastlines are not borders). */
export function borders(projection: GeoProjection, from: Atlas = topology, digits = MAP_DIGITS): string {
  return pathData(projection, mesh(from, from.objects.countries, (a, b) => a !== b), digits);
}

/** A country's outline as SVG path data, rounded and written relatively (about half the bytes). */
export function countryPath(projection: GeoProjection, country: Feature<Geometry>, digits = MAP_DIGITS): string {
  return pathData(projection, country, digits);
}

/** Any outline or line through the projection, as compact relative path data. */
function pathData(projection: GeoProjection, shape: Feature<Geometry> | Geometry, digits: number): string {
  return relativePath(geoPath(projection).digits(digits)(shape) ?? '', digits);
}

/**
 * Rewrites d3's absolute path data (M x,y L x,y … Z) in relative commands with implicit line-tos.
 * Each step is the difference of two already-rounded points, so no error accumulates along a coast.
 */
export function relativePath(d: string, digits = MAP_DIGITS): string {
  const scale = 10 ** digits;
  const num = (n: number) => String(Math.round(n * scale) / scale).replace(/^(-?)0\./, '$1.');
  const pair = (x: number, y: number) => {
    const b = num(y);
    return `${num(x)}${b.startsWith('-') ? '' : ','}${b}`;
  };
  let out = '';
  let [cx, cy, sx, sy] = [0, 0, 0, 0];
  let previous = '';
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      [cx, cy] = [sx, sy];
      previous = 'z';
      continue;
    }
    const [x, y] = args.split(',').map(Number);
    const step = pair(x - cx, y - cy);
    // A point that rounds onto the one before adds bytes and draws nothing.
    if (command === 'L' && step === '0,0') continue;
    if (command === 'M') {
      out += `m${step}`;
      [sx, sy] = [x, y];
    } else {
      out += previous === 'z' ? `l${step}` : step.startsWith('-') ? step : ` ${step}`;
    }
    previous = command;
    [cx, cy] = [x, y];
  }
  return out;
}

/** The degrees a country spans, for tests: [[west, south], [east, north]]. */
export const countryBounds = (country: Feature<Geometry>) => geoBounds(country);

/** Shoelace area of a ring of [lon, lat]: enough to tell a mainland from its islands. */
function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return sum / 2;
}
