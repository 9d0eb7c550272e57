/*
 * A page may show the same scene more than once (the story shows the map in chapters 2 and 4), so
 * the ids a figure's markup needs (its title and description, the map's fill patterns) are numbered
 * per page and scene: "map", then "map-2".
 */
const counts = new WeakMap<object, Map<string, number>>();

/** A page-unique id for the n-th figure of `scene` rendered while building `page` (Astro.request). */
export function instanceId(page: object, scene: string): string {
  const scenes = counts.get(page) ?? new Map<string, number>();
  counts.set(page, scenes);
  const n = (scenes.get(scene) ?? 0) + 1;
  scenes.set(scene, n);
  return n === 1 ? scene : `${scene}-${n}`;
}

/** Whether an id from instanceId is its scene's first figure on the page: the one that defines what all of them share. */
export const firstInstance = (id: string, scene: string): boolean => id === scene;
