import type { APIRoute } from 'astro';
import sharp from 'sharp';

/** A route that serves an SVG drawn at build time as a PNG (palette colours, best compression). */
export const pngRoute =
  (svg: () => string): APIRoute =>
  async () => {
    const png = await sharp(Buffer.from(svg())).png({ compressionLevel: 9, palette: true }).toBuffer();
    return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
  };
