import { createHash } from 'node:crypto';
import { mapDrawing } from './drawing';
import type { Box } from './layout';

/*
 * The land and the borders of the story's maps as a file of their own: two thirds of the page's
 * map weight, which a reader who never reaches a map need not download (issue 24). It serves twice:
 * as a picture under the drawing, for readers without JS, on paper and until the client has the
 * land, where its own colours apply (Chromium gives a picture the page's colour scheme); and as the
 * source of the paths the map client puts in the page (world.ts), which the page's CSS colours as
 * it coloured the inline outlines. Its style matches only where the file is the root document.
 * Node only: the projection never reaches the browser.
 */

/* The land and border colours of Figure.astro's --map-land and --map-border (tests/unit/map-world-file.test.ts keeps them equal). */
export const PICTURE_COLOURS = {
  light: { land: '#dedad2', border: '#ffffff' },
  dark: { land: '#3b3934', border: '#1a1f26' },
} as const;

export const WORLD_LAND = 'world-land';
export const WORLD_BORDERS = 'world-borders';

export interface WorldFile {
  /** Named by its content, so that a host may keep it for good (the `_astro/` rule of src/hosting). */
  name: string;
  body: string;
  /** Where it lies in the maps' drawing: the picture is placed there. */
  box: Box;
}

let built: WorldFile | undefined;

export function worldFile(): WorldFile {
  if (built) return built;
  // The land and the borders do not depend on the edition: one file for both.
  const drawing = mapDrawing('en', 'map');
  // A margin keeps the borders' strokes at the world's edge inside the picture.
  const [x, y, width, height] = drawing.data.boxes.world;
  const box: Box = [x - 2, y - 2, width + 4, height + 4];
  const { light, dark } = PICTURE_COLOURS;
  const rules = (colours: { land: string; border: string }) =>
    `:root>#${WORLD_LAND}{fill:${colours.land};stroke:${colours.border}}:root>#${WORLD_BORDERS}{fill:none;stroke:${colours.border}}`;
  const style = `:root>path{stroke-width:.6px;stroke-linejoin:round}${rules(light)}@media (prefers-color-scheme:dark){${rules(dark)}}`;
  const path = (id: string, d: string) => `<path id="${id}" d="${d}" vector-effect="non-scaling-stroke"/>`;
  const body =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.join(' ')}"><style>${style}</style>` +
    `${path(WORLD_LAND, drawing.land)}${path(WORLD_BORDERS, drawing.borders)}</svg>`;
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 8);
  built = { name: `world.${hash}.svg`, body, box };
  return built;
}

/** The file's address on a site built under `base` (import.meta.env.BASE_URL). */
export const worldHref = (base: string) => `${base.endsWith('/') ? base : `${base}/`}_astro/${worldFile().name}`;
