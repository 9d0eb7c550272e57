import { contains, fitView, type Box } from './layout';

/* The geometry of the map client's zooms (mount.ts): pure functions, tested without a browser. */

/**
 * The CSS transform (origin at the top left) that makes a drawing of the `drawn` view, `width` CSS
 * pixels wide, show the `shown` view instead: how a zoom runs on the compositor, with no layout or
 * paint in its frames. Both views have the figure's shape.
 */
export function zoomTransform(shown: Box, drawn: Box, width: number): string {
  const scale = drawn[2] / shown[2];
  const pixels = (width / drawn[2]) * scale;
  const [x, y] = [(drawn[0] - shown[0]) * pixels, (drawn[1] - shown[1]) * pixels];
  return `translate(${round(x)}px, ${round(y)}px) scale(${Math.round(scale * 10_000) / 10_000})`;
}

/**
 * The view a zoom passes through between two views neither of which holds the other (North America
 * to South-East Asia, Finland to Korea), or undefined when one does. A zoom magnifies one drawing,
 * and only what that drawing holds can be shown: aimed at a view outside it, it slid the drawing off
 * its frame and showed nothing until the new view was drawn. It goes out to a view of both, then in.
 */
export function zoomVia(from: Box, to: Box, aspect: number): Box | undefined {
  if (contains(from, to) || contains(to, from)) return undefined;
  const [x0, y0] = [Math.min(from[0], to[0]), Math.min(from[1], to[1])];
  const [x1, y1] = [Math.max(from[0] + from[2], to[0] + to[2]), Math.max(from[1] + from[3], to[1] + to[3])];
  return fitView([x0, y0, x1 - x0, y1 - y0], aspect);
}

const round = (n: number) => Math.round(n * 100) / 100;
