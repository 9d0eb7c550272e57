/*
 * The HTML a newsroom pastes to embed one chart: the iframe, marked so that our host script sizes
 * it (and nothing else), and the host script. Absolute URLs, since it is pasted into other sites.
 */

export const EMBED_MARKER = 'data-double11-embed';
/** Until the chart reports its height (or when a host runs no script at all). */
export const INITIAL_HEIGHT = 500;

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet({ src, script, title }: { src: URL; script: URL; title: string }): string {
  return [
    `<iframe ${EMBED_MARKER} src="${attribute(src.href)}" title="${attribute(title)}" width="100%" height="${INITIAL_HEIGHT}" loading="lazy" style="border:0"></iframe>`,
    `<script src="${attribute(script.href)}" async></script>`,
  ].join('\n');
}
