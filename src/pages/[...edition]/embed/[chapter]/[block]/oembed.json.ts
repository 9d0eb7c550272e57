import type { APIRoute } from 'astro';
import { blockEmbedPaths, type Embed } from '../../../../../embed/embeds';
import { oembedFor } from '../../../../../embed/published';

/* The oEmbed answer beside each block's embed page (/embed/wechat-pay/map/oembed.json). */
export const getStaticPaths = blockEmbedPaths;

export const GET: APIRoute = async ({ props, site }) =>
  Response.json(await oembedFor((props as { embed: Embed }).embed, site, import.meta.env.BASE_URL));
