import type { Lang } from '../i18n/lang';
import { storyPath } from '../i18n/routes';
import { embedBlock, pictureFiles, pictureHref } from '../pictures/catalogue';
import { CARD } from '../pictures/layouts';
import { edition } from '../story/chapters';
import type { Embed } from './embeds';
import { snippetHeights } from './heights';
import { chartId } from './protocol';
import { embedSnippet, SNIPPET_COLUMN } from './snippet';
import { embedPath, hostScriptPath } from './urls';

/* What the site publishes about an embed for other sites: its snippet and its oEmbed answer. */

/** The snippet for `embed` (its address with `query`, e.g. a theme), as its code page (CodePage.astro) shows it. */
export function snippetFor(embed: Embed, site: URL | undefined, base: string, query = ''): string {
  return embedSnippet({
    src: new URL(`${embedPath(embed.address, embed.lang, base)}${query}`, site),
    script: new URL(hostScriptPath(base), site),
    title: embed.title,
    chartId: chartId(embed.address),
    lang: embed.lang,
    ...snippetHeights(embed),
  });
}

/** Where an embed page's oEmbed answer lives: beside it. */
export function oembedPath(address: string, lang: Lang, base: string): string {
  return `${embedPath(address, lang, base)}oembed.json`;
}

/**
 * The oEmbed answer (oembed.com, "rich") for an embed page, served as a static file: a CMS that
 * discovers it from the page's <link rel="alternate"> embeds the chart from its URL alone.
 */
export async function oembedFor(embed: Embed, site: URL | undefined, base: string) {
  const meta = await edition(embed.lang);
  const block = await embedBlock(embed);
  return {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: meta.short ?? meta.headline,
    provider_url: new URL(storyPath(embed.lang, base), site).href,
    html: snippetFor(embed, site, base),
    width: SNIPPET_COLUMN,
    height: snippetHeights(embed).height,
    // Its share card, the picture its page previews as (src/pictures/).
    ...(block && { thumbnail_url: new URL(pictureHref(pictureFiles(block).card, base), site).href, thumbnail_width: CARD.width, thumbnail_height: CARD.height }),
  };
}
