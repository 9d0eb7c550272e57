import type { APIRoute } from 'astro';
import { firstAddressEmbeds, type Embed } from '../../../../embed/embeds';
import { oembedFor } from '../../../../embed/published';
import { editionPaths } from '../../../../i18n/routes';

/* The oEmbed answer beside each first-published embed page (/embed/map/oembed.json). */
export async function getStaticPaths() {
  const pages = await Promise.all(
    editionPaths().map(async ({ params, props }) =>
      (await firstAddressEmbeds(props.lang)).map((embed) => ({ params: { ...params, scene: embed.address }, props: { embed } })),
    ),
  );
  return pages.flat();
}

export const GET: APIRoute = async ({ props, site }) =>
  Response.json(await oembedFor((props as { embed: Embed }).embed, site, import.meta.env.BASE_URL));
