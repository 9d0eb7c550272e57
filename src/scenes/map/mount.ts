import { prefersReducedMotion } from '../../ui/motion';
import { viewWriter } from '../apply-view';
import type { MountScene, View } from '../contract';
import { symbolScale, type Box, type MapStep } from './layout';
import { borrowNotes } from './notes';
import { mapTooltip } from './tooltip';
import { mapView, type MapData } from './view';
import { drawWorld } from './world';
import { zoomTransform, zoomVia } from './zoom';

const ZOOM_MS = 750;

/**
 * Recolours and reframes the map the build drew, with the view of each step (view.ts): the places
 * it colours (attributes on paths and symbols, styled by CSS) and the view it frames (the SVG's
 * viewBox, tweened unless the reader asks for less motion).
 */
export const mount: MountScene<MapStep, MapData> = (root, data) => {
  const host = root.querySelector<HTMLElement>('[data-map]');
  const svg = host?.querySelector<SVGSVGElement>('svg');
  if (!host || !svg) throw new Error('map: the figure has no [data-map] svg');
  borrowNotes(host);
  drawWorld(svg);
  const write = viewWriter(root);
  const patterns = [...svg.querySelectorAll<SVGPatternElement>('.map__pattern')];

  let state: MapStep | undefined;
  let shown: View = {};
  let view = svg.getAttribute('viewBox')!.split(' ').map(Number) as Box;

  /*
   * The drawing's size on screen, measured at mount and on resize only: reading it while the
   * reader scrolls would force a layout of the whole page in every frame. Measured on the box that
   * clips it, which no zoom transforms: the drawing's own box is magnified up to four times mid-zoom,
   * and shrank every label and symbol to specks when a resize came then.
   */
  const frame = svg.parentElement!;
  const measure = () => frame.getBoundingClientRect();
  let size = measure();
  const aspect = () => (size.width > 0 && size.height > 0 ? size.width / size.height : 2);

  /** Sets a CSS variable on the drawing; false when it already had that value. */
  const setVariable = (name: string, value: string) => {
    if (svg.style.getPropertyValue(name) === value) return false;
    svg.style.setProperty(name, value);
    return true;
  };

  /*
   * Symbols, labels and hatching keep their size on screen whatever the view: they are resized with
   * it, and shrunk by `scale` where places crowd. Both variables restyle the whole drawing, so they
   * change together, in the frame that draws the new view, never in the frame that recolours.
   */
  const draw = (box: Box, scale: number) => {
    view = box;
    if (svg.getAttribute('viewBox') !== box.join(' ')) svg.setAttribute('viewBox', box.join(' '));
    /*
     * Exact, not rounded: labels then come out at the type scale's size on screen at every zoom,
     * and share the font the page already has. A rounded unit made each view a new font size,
     * which the browser looked up and reshaped the labels with inside the step's frame.
     */
    const unit = String(box[2] / (size.width || 1));
    setVariable('--s', String(scale));
    // Each of these restyles the whole drawing, even to the same value: they are written only when they change.
    if (!setVariable('--u', unit)) return;
    // Hatching is diagonal; a mix's checkerboard stays square, so that the two cannot be confused.
    for (const pattern of patterns) pattern.setAttribute('patternTransform', `${pattern.hasAttribute('data-mix') ? '' : 'rotate(45) '}scale(${unit})`);
  };

  /*
   * A zoom is a CSS transform of the drawing, which the compositor runs: its frames need no
   * layout or paint (redrawing the view in every frame was the longest task of a slow phone's
   * scroll). Zooming in, the old view is magnified, then the new one drawn; zooming out, the new
   * view is drawn at once and starts magnified. Either way the drawing holds the view shown, so it
   * covers its frame: between two views neither of which holds the other, the zoom goes out to a
   * view of both, then in (zoomVia).
   */
  let zoom: Animation | undefined;
  let pending = 0;
  /* Where a zoom started or waiting to start is going: what `settle` draws at once. */
  let heading: { target: Box; scale: number } | undefined;
  /** Ends any zoom, running or about to start, on the view it was going to. */
  const settle = () => {
    zoom?.cancel();
    zoom = undefined;
    clearTimeout(pending);
    pending = 0;
    if (heading) draw(heading.target, heading.scale);
    heading = undefined;
  };
  /*
   * Drawing a new view restyles and lays out the whole drawing: more than a slow phone's frame can
   * hold besides the scroll's own work and the step's colours. So it is done in a task of its own,
   * after the frame that recolours the map (one restyle per frame, not two), and laid out there.
   * Nothing is painted between that task and the next frame, which shows all it changed at once.
   */
  const soon = (then: () => void) => {
    clearTimeout(pending);
    pending = window.setTimeout(() => {
      pending = 0;
      then();
      frame.getBoundingClientRect();
    });
  };
  const frameTo = (target: Box, scale: number, animate: boolean, apart = false) => {
    settle();
    const from = view;
    heading = { target, scale };
    // A first view off screen is drawn apart from the first colours too, even where the reader asks for less motion.
    if (apart) return soon(settle);
    if (!animate || typeof svg.animate !== 'function' || from.every((v, i) => Math.abs(v - target[i]) < 0.01)) return settle();
    soon(() => zoomTo(from, target, scale));
  };
  const zoomTo = (from: Box, target: Box, scale: number) => {
    const via = zoomVia(from, target, aspect());
    if (!via) return leg(from, target, scale, ZOOM_MS);
    // Two legs in about the time of one and a half: the reader sees where the new place lies.
    leg(from, via, scale, ZOOM_MS * 0.6, () => leg(via, target, scale, ZOOM_MS * 0.6));
  };
  /* One drawing magnified: the shown view must lie inside the drawn one (zoomVia). */
  const leg = (from: Box, target: Box, scale: number, duration: number, then?: () => void) => {
    const zoomingIn = target[2] < from[2];
    const identity = 'translate(0px, 0px) scale(1)';
    const keyframes = zoomingIn ? [identity, zoomTransform(target, from, size.width)] : [zoomTransform(from, target, size.width), identity];
    if (!zoomingIn) draw(target, scale);
    const running = svg.animate(
      keyframes.map((transform) => ({ transform })),
      { duration, easing: 'cubic-bezier(0.65, 0, 0.35, 1)', fill: 'forwards' },
    );
    zoom = running;
    running.onfinish = () => {
      if (zoom !== running) return;
      /*
       * The last leg's last frame stays on screen (fill: forwards) until a task after it draws the
       * step's view in its place, as `settle` does, and lays it out: the next frame paints them as
       * one, with no flash between them, and no frame both animates and restyles the whole drawing.
       */
      if (!then) return soon(settle);
      if (zoomingIn) draw(target, scale);
      running.cancel();
      zoom = undefined;
      then();
    };
  };

  const tooltip = mapTooltip(host, svg, (id) => (shown[`p${id}`]?.attrs?.['data-company'] ?? '').split(' '));
  // No frames are painted while a page prints: a zoom under way ends at once, and the state asked for then is drawn at once.
  let printing = false;
  const onBeforePrint = () => {
    printing = true;
    settle();
  };
  const onAfterPrint = () => (printing = false);
  window.addEventListener('beforeprint', onBeforePrint);
  window.addEventListener('afterprint', onAfterPrint);

  return {
    update(next) {
      if (state && JSON.stringify(state) === JSON.stringify(next)) {
        // The same state again changes nothing, but one that must be drawn at once (print, less motion) ends the zoom to it.
        if (printing || prefersReducedMotion()) settle();
        return;
      }
      const first = !state;
      /*
       * On screen, a frame painted between two tasks would show this step's colours on the build's
       * view (its last step's): there the first colours and view are drawn together. Read before
       * the scene writes anything, so that it costs no second layout.
       */
      const apart = first && !printing && !inSight(measure());
      state = next;
      // The view's viewBox is the zoom's target: the zoom writes it (frameTo), in its own frame.
      shown = mapView(data, next, aspect());
      const { svg: framed, ...rest } = shown;
      write({ ...rest, svg: { attrs: { 'data-view': next.zoom } } });
      tooltip.hide();
      frameTo(boxOf(framed.attrs!.viewBox!), symbolScale(next.zoom, size.width), !first && !printing && !prefersReducedMotion(), apart);
    },
    resize() {
      // A zoom under way was sized for the old frame: it ends where it was going, then the view is fitted anew.
      settle();
      size = measure();
      if (!state) return;
      frameTo(boxOf(mapView(data, state, aspect()).svg.attrs!.viewBox!), symbolScale(state.zoom, size.width), false);
    },
    destroy() {
      zoom?.cancel();
      clearTimeout(pending);
      heading = undefined;
      tooltip.destroy();
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    },
  };
};

const boxOf = (viewBox: string) => viewBox.split(' ').map(Number) as Box;
const inSight = ({ top, bottom }: DOMRect) => bottom > 0 && top < window.innerHeight;
