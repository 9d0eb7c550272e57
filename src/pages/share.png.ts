import type { APIRoute } from 'astro';
import { shareImage } from '../story/share-image';

export const GET: APIRoute = async () => new Response(new Uint8Array(await shareImage()), { headers: { 'content-type': 'image/png' } });
