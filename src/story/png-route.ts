import type { APIRoute } from 'astro';
import { rasterize } from '../pictures/rasterize';

/** A route that serves an SVG drawn at build time as a PNG, by the renderer every picture of the site uses. */
export const pngRoute =
  (svg: () => string): APIRoute =>
  async () => {
    const png = await rasterize(svg(), '');
    return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
  };
