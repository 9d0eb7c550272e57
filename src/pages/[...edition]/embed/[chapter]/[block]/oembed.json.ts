import type { APIRoute } from 'astro';
import { blockEmbeds, type Embed } from '../../../../../embed/embeds';
import { oembedFor } from '../../../../../embed/published';
import { editionPaths } from '../../../../../i18n/routes';

/* The oEmbed answer beside each block's embed page (/embed/wechat-pay/map/oembed.json). */
export async function getStaticPaths() {
  const pages = await Promise.all(
    editionPaths().map(async ({ params, props }) =>
      (await blockEmbeds(props.lang)).map((embed) => {
        const [chapter, block] = embed.address.split('/');
        return { params: { ...params, chapter, block }, props: { embed } };
      }),
    ),
  );
  return pages.flat();
}

export const GET: APIRoute = async ({ props, site }) =>
  Response.json(await oembedFor((props as { embed: Embed }).embed, site, import.meta.env.BASE_URL));
