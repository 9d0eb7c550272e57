/*
 * The map's state, as pure functions shared by the build and the browser: which places a step
 * colours and how, and which part of the world it frames. No DOM and no d3 here, so the client
 * that zooms the build-time SVG stays small: the projection runs only at build (geometry.ts).
 */
import { formatPartialDate } from '../../i18n/format';

/** The companies the article names, in the order the legend lists them. */
export const COMPANIES = ['wechat', 'alipay', 'baidu', 'jd'] as const;
export type Company = (typeof COMPANIES)[number];

export type Evidence = 'strong' | 'weak';

/** Whether a company is at a place itself, or only has a partner based there (data/expansions.csv `presence`). */
export const PRESENCES = ['local', 'partner'] as const;
export type Presence = (typeof PRESENCES)[number];

/**
 * One colour per company, each of a different lightness so that they stay apart in greyscale and
 * for colour-blind readers; the legend and the map repeat each with a shape of its own, because
 * lightness alone is not enough between four colours (Alipay and JD are close in grey, and never
 * side by side). A coloured place also gets a dark outline, which carries the 3:1 contrast against
 * the land around it that the lighter colours cannot. The colours themselves are CSS variables
 * (Figure.astro's style), light and dark: light #1fa37a, #1b4a96, #efb02a, #b3202a.
 */
export const PALETTE: Record<Company, string> = {
  wechat: 'var(--map-wechat)',
  alipay: 'var(--map-alipay)',
  baidu: 'var(--map-baidu)',
  jd: 'var(--map-jd)',
};

/** Symbol outlines, 12 px across at scale 1, centred on (0, 0): circle, square, triangle, diamond. */
export const SHAPES: Record<Company, string> = {
  wechat: 'M6,0A6,6 0 1 1-6,0A6,6 0 1 1 6,0Z',
  alipay: 'M-5.3-5.3H5.3V5.3H-5.3Z',
  baidu: 'M0-6.9L6.4,4.6H-6.4Z',
  jd: 'M0-7L7,0L0,7L-7,0Z',
};

/** China, where every expansion on the map starts. */
export const ORIGIN_ID = '156';

/**
 * Regions a step may frame, as [west, south, east, north] in degrees. They are the parts of the
 * world the article travels to; the last step of a map always goes back to `world`.
 */
export const REGIONS = {
  world: null,
  europe: [-11, 36, 33, 70.5],
  'northern-europe': [-4, 51, 40, 70.5],
  'east-asia': [100, 19, 145, 45],
  'southeast-asia': [92, -11, 141, 21],
  'north-america': [-141, 15, -52, 72],
  oceania: [111, -47.5, 179, -9],
} as const satisfies Record<string, readonly [number, number, number, number] | null>;
export type Region = keyof typeof REGIONS;
export const REGION_NAMES = Object.keys(REGIONS) as Region[];

/** What a step frames: a region, or `places`, the places it names (as many as it names, wherever they are). */
export type Framing = Region | 'places';
export const FRAMINGS = [...REGION_NAMES, 'places'] as Framing[];

/** A rectangle in the map's projected coordinates (the SVG's user units): x, y, width, height. */
export type Box = [number, number, number, number];

/** What a journalist writes on a map <Step>, after the schema has filled in the defaults. */
export interface MapStep {
  /** The companies whose places are coloured. */
  companies: Company[];
  /** Only these places (ISO 3166-1 numeric ids), and their names labelled; all the companies' places if omitted. */
  places?: string[];
  /** The part of the world framed: a region, or the places named (`places`). */
  zoom: Framing;
  /** Whether the article's own claim for WeChat Pay (13+ countries and regions…) is shown. */
  claim: boolean;
}

/** The little the map needs of a data row to colour a place. */
export interface PlaceRow {
  id: string;
  company: Company;
  evidence: Evidence;
  presence: Presence;
}

export interface Paint {
  /** Companies shown at this place, in legend order. */
  companies: Company[];
  /** True when any row shown here rests on weak evidence. */
  weak: boolean;
  /** Companies shown here only as a partner's home: a hollow symbol, no share of the fill. */
  partners: Company[];
  /** Key of the fill: a company, `weak-<company>`, `mix-<a>-<b>` for two or more, or '' for none. */
  fill: string;
}

/** Which places a step colours, and how. A place absent from the map stays neutral. */
export function paint(rows: readonly PlaceRow[], step: Pick<MapStep, 'companies' | 'places'>): Map<string, Paint> {
  const painted = new Map<string, Paint>();
  for (const row of rows) {
    if (!step.companies.includes(row.company)) continue;
    if (step.places && !step.places.includes(row.id)) continue;
    const paint = painted.get(row.id) ?? { companies: [], weak: false, partners: [], fill: '' };
    paint.companies.push(row.company);
    if (row.presence === 'partner') paint.partners.push(row.company);
    else paint.weak ||= row.evidence === 'weak';
    painted.set(row.id, paint);
  }
  const byLegend = (a: Company, b: Company) => COMPANIES.indexOf(a) - COMPANIES.indexOf(b);
  for (const paint of painted.values()) {
    paint.companies.sort(byLegend);
    const local = paint.companies.filter((company) => !paint.partners.includes(company));
    paint.fill = local.length ? fillKey(local, paint.weak) : '';
  }
  return painted;
}

export function fillKey(companies: readonly Company[], weak: boolean): string {
  if (companies.length > 1) return `mix-${companies.join('-')}`;
  return weak ? `weak-${companies[0]}` : companies[0];
}

/** The SVG fill for a fill key: a company's colour, or one of the patterns the figure defines under `prefix`. */
export function fillValue(key: string, prefix: string): string {
  return Object.hasOwn(PALETTE, key) ? PALETTE[key as Company] : `url(#${prefix}-${key})`;
}

/** Every set of two or more companies that some place can show at once: the striped fills the SVG must define. */
export function mixes(rows: readonly PlaceRow[]): Company[][] {
  const byPlace = new Map<string, Set<Company>>();
  for (const row of rows.filter((r) => r.presence === 'local')) byPlace.set(row.id, (byPlace.get(row.id) ?? new Set()).add(row.company));
  const found = new Map<string, Company[]>();
  for (const set of byPlace.values()) {
    const all = COMPANIES.filter((c) => set.has(c));
    for (let mask = 1; mask < 1 << all.length; mask++) {
      const subset = all.filter((_, i) => mask & (1 << i));
      if (subset.length > 1) found.set(subset.join('-'), subset);
    }
  }
  return [...found.values()];
}

/** The squares of a mix's checkerboard, 4 units each: row r, column c takes company (r + c) mod n. */
export function checker(mix: readonly Company[]): { x: number; y: number; company: Company }[] {
  return mix.flatMap((_, r) => mix.map((__, c) => ({ x: c * 4, y: r * 4, company: mix[(r + c) % mix.length] })));
}

/** Spacing of a place's symbols, side by side, in symbol units (a symbol is 12 across). */
export const SYMBOL_GAP = 14;

/** Where each symbol shown at a place sits, left to right and centred on the place. */
export function symbolOffsets(companies: readonly Company[]): Map<Company, number> {
  return new Map(companies.map((company, i) => [company, (i - (companies.length - 1) / 2) * SYMBOL_GAP]));
}

/**
 * How large symbols are drawn, as a share of their full 12 px: full size in a region, smaller over
 * the whole world on a narrow figure, where a dozen places crowd into East Asia and Europe.
 */
export function symbolScale(zoom: Framing, figureWidth: number): number {
  if (zoom !== 'world') return 1;
  return Math.round(Math.min(1, Math.max(0.55, figureWidth / 640)) * 100) / 100;
}

/**
 * The view of `box` for a figure of the given aspect (width / height): the box, padded, then
 * widened or heightened to the figure's shape around its centre, so nothing asked for is cut.
 */
export function fitView(box: Box, aspect: number, pad = 0): Box {
  const [x, y, w0, h0] = box;
  const w1 = w0 * (1 + 2 * pad);
  const h1 = h0 * (1 + 2 * pad);
  const [w, h] = w1 / h1 > aspect ? [w1, w1 / aspect] : [h1 * aspect, h1];
  return [x + w0 / 2 - w / 2, y + h0 / 2 - h / 2, w, h].map(round) as Box;
}

/**
 * The figure's shape (width / height) at a viewport width: wide beside the text, taller on phones,
 * where the map sits above the steps and a region needs the height. Figure.astro's CSS says the same.
 */
const [PHONE_ASPECT, WIDE_ASPECT] = [3 / 2, 2];
export const frameAspect = (viewportWidth: number) => (viewportWidth <= 720 ? PHONE_ASPECT : WIDE_ASPECT);
/** Every shape the figure takes: what the outlines' detail is kept for (geometry.ts framableViews). */
export const FRAME_ASPECTS = [PHONE_ASPECT, WIDE_ASPECT];

/** How far a region view is padded, as a share of its size: room for labels at its edges. */
export const REGION_PAD = 0.06;

/**
 * How far a view of named places is padded, as a share of their box: room for their names and
 * symbols, and enough of the land around them to see where they are.
 */
export const PLACES_PAD = 0.35;
/** The narrowest view of named places, in user units (a sixth of the world): one small country is not blown up to fill the map. */
export const PLACES_MIN_WIDTH = 50;

/** The box around the boxes of `ids` (`places`: each named place's main landmass, or its point). */
export function placesBox(ids: readonly string[], places: Record<string, Box>): Box {
  const boxes = ids.map((id) => places[id]).filter((box): box is Box => box !== undefined);
  if (!boxes.length) throw new Error(`no box for the places ${ids.join(', ')}`);
  const x0 = Math.min(...boxes.map((b) => b[0]));
  const y0 = Math.min(...boxes.map((b) => b[1]));
  const x1 = Math.max(...boxes.map((b) => b[0] + b[2]));
  const y1 = Math.max(...boxes.map((b) => b[1] + b[3]));
  const grow = Math.max(0, PLACES_MIN_WIDTH / (1 + 2 * PLACES_PAD) - (x1 - x0)) / 2;
  return [x0 - grow, y0, x1 - x0 + 2 * grow, y1 - y0];
}

/**
 * The view for a step: the whole world unpadded (it already fills the figure), a region with room
 * around it, or the places the step names with a margin, all at the figure's shape.
 */
export function viewFor(step: Pick<MapStep, 'zoom' | 'places'>, boxes: Record<Region, Box>, places: Record<string, Box>, aspect: number): Box {
  if (step.zoom === 'places') return fitView(placesBox(step.places ?? [], places), aspect, PLACES_PAD);
  return fitView(boxes[step.zoom], aspect, step.zoom === 'world' ? 0 : REGION_PAD);
}

/** Does `outer` hold all of `inner`? (A tolerance of a hundredth of a unit absorbs rounding.) */
export function contains(outer: Box, inner: Box): boolean {
  const e = 0.01;
  return (
    inner[0] >= outer[0] - e &&
    inner[1] >= outer[1] - e &&
    inner[0] + inner[2] <= outer[0] + outer[2] + e &&
    inner[1] + inner[3] <= outer[1] + outer[3] + e
  );
}

/** A date of the data (2017, 2017-09 or 2017-09-25), written as readers of each edition expect. */
export const formatPlaceDate = formatPartialDate;

const round = (n: number) => Math.round(n * 100) / 100;
