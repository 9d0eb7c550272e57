import type { APIRoute } from 'astro';
import { worldFile } from '../../scenes/map/world-file';

/*
 * The maps' land and borders (src/scenes/map/world-file.ts), beside the bundled assets: its name
 * changes with its content, as theirs do, so hosts keep it as long as them.
 */
export function getStaticPaths() {
  return [{ params: { assets: '_astro', file: worldFile().name } }];
}

export const GET: APIRoute = () => new Response(worldFile().body, { headers: { 'content-type': 'image/svg+xml' } });
