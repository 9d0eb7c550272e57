/*
 * The HTML a newsroom pastes to embed one chart: the iframe, marked so that our host script sizes
 * it (and nothing else), and the host script. Absolute URLs, since it is pasted into other sites.
 */

export const EMBED_MARKER = 'data-double11-embed';
/** The column width, in px, at which a snippet's height is the chart's own (heights.ts): a typical article column. */
export const SNIPPET_COLUMN = 640;

/** `value` escaped for a double-quoted HTML attribute. */
export const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The id Datawrapper's older host script looks for (`datawrapper-chart-<key>`) to size a frame. */
export const datawrapperFrameId = (chartId: string) => `datawrapper-chart-${chartId}`;

/**
 * `height` holds until the chart reports its own (or for good, on a host that runs no script): the
 * chart's height at SNIPPET_COLUMN, so the first paint is right before any script runs. In another
 * column the chart's height differs, and a frame crossing the top of the screen when its height
 * arrives would be what the browser's scroll anchoring holds still, pushing the reader's text
 * below it down: `overflow-anchor: none` leaves the frame out, so the text stays and the frame
 * grows above the screen (what shows of the chart moves up instead). In the style, so that pym's
 * and Datawrapper's host scripts get it too.
 */
export function embedSnippet({ src, script, title, chartId, height }: { src: URL; script: URL; title: string; chartId: string; height: number }): string {
  return [
    `<iframe ${EMBED_MARKER} id="${attribute(datawrapperFrameId(chartId))}" src="${attribute(src.href)}" title="${attribute(title)}" width="100%" height="${height}" loading="lazy" style="border:0;overflow-anchor:none"></iframe>`,
    `<script src="${attribute(script.href)}" async></script>`,
  ].join('\n');
}
