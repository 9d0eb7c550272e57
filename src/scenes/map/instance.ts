/*
 * The story shows the map twice (chapters 2 and 4), so the ids its markup needs (the frame's
 * title and description, the fill patterns) are numbered per page: "map", then "map-2".
 */
const counts = new WeakMap<object, number>();

/** A page-unique id for the n-th map rendered while building `page` (Astro.request). */
export function mapInstanceId(page: object): string {
  const n = (counts.get(page) ?? 0) + 1;
  counts.set(page, n);
  return n === 1 ? 'map' : `map-${n}`;
}
