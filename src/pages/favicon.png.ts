import type { APIRoute } from 'astro';
import { favicon } from '../story/favicon';

export const GET: APIRoute = async () => new Response(new Uint8Array(await favicon()), { headers: { 'content-type': 'image/png' } });
