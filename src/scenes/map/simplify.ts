/*
 * Drops the atlas's points that no view of the map can show: Douglas–Peucker on the topology's
 * arcs, with a tolerance that varies along them. Simplifying the arcs rather than each outline
 * keeps the land, the borders and the countries built from them on the same points, so borders
 * still meet the coasts and neighbours still share their border. The ends of every arc (where
 * borders meet coasts and each other) are always kept. Build only, like the rest of geometry.ts.
 */
import type { GeoProjection } from 'd3-geo';
import type { Topology } from 'topojson-specification';

type Point = [number, number];

/**
 * A copy of `topology` whose arcs keep only the points that stray more than `tolerance(x, y)`
 * (in projected units, at the point's projected position) from the line drawn without them. The
 * line measured against is the one d3 draws between the kept points, which follows the great
 * circle between them, not the straight line on the map.
 */
export function simplifyTopology<T extends Topology>(topology: T, projection: GeoProjection, tolerance: (x: number, y: number) => number): T {
  const arcs = decodedArcs(topology).map((arc) => {
    const projected = arc.map((point) => projection(point)!);
    const limits = projected.map(([x, y]) => tolerance(x, y));
    const keep = new Uint8Array(arc.length);
    keep[0] = keep[arc.length - 1] = 1;
    const spans: [number, number][] = [];
    const closed = arc.length > 3 && arc[0][0] === arc.at(-1)![0] && arc[0][1] === arc.at(-1)![1];
    if (closed) {
      // A ring on its own (an island) keeps the point farthest from its start, and so its two halves.
      const far = farthest(projected, 0, arc.length - 1, (i) => distance(projected[i], projected[0]));
      keep[far] = 1;
      spans.push([0, far], [far, arc.length - 1]);
    } else {
      spans.push([0, arc.length - 1]);
    }
    while (spans.length) {
      const [from, to] = spans.pop()!;
      if (to - from < 2) continue;
      const drawn = drawnLine(projection, arc[from], arc[to]);
      const worst = farthest(projected, from, to, (i) => toLine(projected[i], drawn) / limits[i]);
      if (toLine(projected[worst], drawn) > limits[worst] || (closed && countKept(keep) < 4)) {
        keep[worst] = 1;
        spans.push([from, worst], [worst, to]);
      }
    }
    return arc.filter((_, i) => keep[i]);
  });
  // Absolute coordinates, so no transform: topojson-client reads arcs as they are without one.
  const { transform: _, ...rest } = topology;
  return { ...rest, arcs } as unknown as T;
}

/** The arcs as [longitude, latitude] points, undoing the quantization and delta encoding. */
function decodedArcs(topology: Topology): Point[][] {
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  return topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    return arc.map(([dx, dy]) => {
      [x, y] = topology.transform ? [x + dx, y + dy] : [dx, dy];
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as Point;
    });
  });
}

/** The projected line d3 draws from a to b: resampled along the great circle, as geoPath does. */
function drawnLine(projection: GeoProjection, a: Point, b: Point): Point[] {
  const points: Point[] = [];
  const sink = { point: (x: number, y: number) => void points.push([x, y]), lineStart() {}, lineEnd() {}, polygonStart() {}, polygonEnd() {}, sphere() {} };
  const stream = projection.stream(sink);
  stream.lineStart();
  stream.point(...a);
  stream.point(...b);
  stream.lineEnd();
  return points;
}

/** The index in (from, to) with the largest score. */
function farthest(points: Point[], from: number, to: number, score: (i: number) => number): number {
  let [best, at] = [-1, from + 1];
  for (let i = from + 1; i < to; i++) {
    const s = score(i);
    if (s > best) [best, at] = [s, i];
  }
  return at;
}

const distance = ([ax, ay]: Point, [bx, by]: Point) => Math.hypot(ax - bx, ay - by);

/** The distance from p to a polyline. */
function toLine(p: Point, line: Point[]): number {
  if (line.length < 2) return line.length ? distance(p, line[0]) : 0;
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [[ax, ay], [bx, by]] = [line[i - 1], line[i]];
    const [dx, dy] = [bx - ax, by - ay];
    const length = dx * dx + dy * dy;
    const t = length ? Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / length)) : 0;
    best = Math.min(best, Math.hypot(p[0] - ax - t * dx, p[1] - ay - t * dy));
  }
  return best;
}

const countKept = (keep: Uint8Array) => keep.reduce((n, k) => n + k, 0);
