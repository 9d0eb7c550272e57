import type { APIRoute } from 'astro';
import { csvPaths, csvResponse } from '../../scenes/data-download';

/** "Get the data" for the Chinese edition: /data/<scene>.csv. */
export const getStaticPaths = csvPaths;
export const GET: APIRoute = ({ params }) => csvResponse(params.scene, 'zh');
