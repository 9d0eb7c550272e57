/*
 * The HTML a newsroom pastes to embed one chart: the iframe, marked so that our host script sizes
 * it (and nothing else), its height at the host's column width, and the host script. Absolute URLs,
 * since it is pasted into other sites.
 */

export const EMBED_MARKER = 'data-double11-embed';
/** The column width, in px, whose height a snippet's `height` attribute holds (heights.ts): a typical article column. */
export const SNIPPET_COLUMN = 640;

/**
 * From column width `from` px on (until the next step): `px` tall, or, with `cqw`, `px` plus `cqw`
 * hundredths of the column's width, rounded up to a whole px as a chart reports its height. A
 * chart's height steps where a line of its text wraps; one with a drawing sized to the column's
 * width also grows with it in between.
 */
export type HeightStep = readonly [from: number, px: number, cqw?: number];

/** `value` escaped for a double-quoted HTML attribute. */
export const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The id Datawrapper's older host script looks for (`datawrapper-chart-<key>`) to size a frame. */
export const datawrapperFrameId = (chartId: string) => `datawrapper-chart-${chartId}`;

/** `value`, a number that goes into the snippet's style, or an error: nothing else may be written there. */
function figure(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`a snippet's height is ${value}, not a number`);
  return String(value);
}

/** A step's height, rounded up to a whole px as the chart reports its own. */
function stepHeight([, px, cqw]: HeightStep): string {
  if (cqw === undefined) return `${figure(px)}px`;
  return `round(up,${figure(cqw)}cqw ${px < 0 ? '-' : '+'} ${figure(Math.abs(px))}px,1px)`;
}

/**
 * The style that gives the frame its chart's height at the width of the column it stands in (its
 * wrapper, the container queried), step by step, narrower than the first step as at the first. In
 * the wrapper's class, so that two charts on one page keep their own. Nested in the frame's rule,
 * so that a browser that cannot read it all reads none of it, and the `height` attribute holds. The
 * wrapper is given the column's width: in a flex or grid host a box whose width is contained would
 * shrink to nothing, where the frame alone took the column's width.
 */
function heightStyle(name: string, steps: readonly HeightStep[]): string {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`a snippet's class must be lowercase letters, digits and hyphens: ${name}`);
  // The frame's page is laid out a whole px wide (a 911.6 px frame holds a 912 px page): a step begins half a px before its width.
  const rules = steps.map((step, i) => `@container (width>=${i ? figure(step[0] - 0.5) : 0}px){height:${stepHeight(step)}}`);
  return `<style>.${name}{container-type:inline-size;width:100%}\n.${name} iframe{\n${rules.join('\n')}\n}</style>`;
}

/**
 * `height` holds until the chart reports its own (or for good, on a host that runs no script). With
 * `steps`, the style sets the frame's height at the width of the host's column before any script
 * runs (`height` is the chart's at SNIPPET_COLUMN, for a host that strips the style), and the height
 * embed.js writes on the frame itself overrides it. Were the frame still to change height crossing
 * the top of the screen, the browser's scroll anchoring would hold the frame still and push the
 * reader's text below it down: `overflow-anchor: none` leaves the frame out (and its wrapper, else
 * the anchor held still in its place), so the text stays and the frame grows above the screen. In
 * the style attributes, so that pym's and Datawrapper's host scripts and a host that strips the
 * snippet's <style> get it too.
 */
export function embedSnippet({ src, script, title, chartId, lang, height, steps = [] }: { src: URL; script: URL; title: string; chartId: string; lang: string; height: number; steps?: readonly HeightStep[] }): string {
  // Each edition's chart wraps its own text: its own heights, which another's on the same page must not override.
  const sized = `${chartId}-${lang}`;
  const iframe = `<iframe ${EMBED_MARKER} id="${attribute(datawrapperFrameId(chartId))}" src="${attribute(src.href)}" title="${attribute(title)}" width="100%" height="${figure(height)}" loading="lazy" style="border:0;overflow-anchor:none"></iframe>`;
  return [...(steps.length ? [heightStyle(sized, steps), `<div class="${sized}" style="overflow-anchor:none">${iframe}</div>`] : [iframe]), `<script src="${attribute(script.href)}" async></script>`].join('\n');
}
