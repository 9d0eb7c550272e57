import { prefersReducedMotion, type MountScene } from '../contract';
import { MAP_LABELS } from './labels';
import { easeInOut, fillValue, lerpView, paint, symbolOffsets, symbolScale, viewFor, type Box, type Company, type Evidence, type MapStep, type Paint, type PlaceRow, type Region } from './layout';

interface MapConfig {
  prefix: string;
  lang: 'zh' | 'en';
  boxes: Record<Region, Box>;
  rows: [string, Company, Evidence][];
}

const ZOOM_MS = 750;

/**
 * Recolours and reframes the map the build drew. Every state is a function of the step alone:
 * the places it colours (attributes on paths and symbols, styled by CSS) and the view it frames
 * (the SVG's viewBox, tweened unless the reader asks for less motion).
 */
export const mount: MountScene<MapStep> = (root) => {
  const host = root.querySelector<HTMLElement>('[data-map]');
  const svg = host?.querySelector<SVGSVGElement>('svg');
  if (!host || !svg) throw new Error('map: the figure has no [data-map] svg');
  const config = JSON.parse(host.dataset.map ?? '{}') as MapConfig;
  const rows: PlaceRow[] = config.rows.map(([id, company, evidence]) => ({ id, company, evidence }));
  const countries = new Map([...svg.querySelectorAll<SVGPathElement>('.map__countries path[data-id]')].map((path) => [path.dataset.id!, path]));
  const places = [...svg.querySelectorAll<SVGGElement>('.map__place')];
  const pins = [...svg.querySelectorAll<SVGGElement>('.map__pin')];
  const patterns = [...svg.querySelectorAll<SVGPatternElement>('.map__pattern')];
  const ring = svg.querySelector<SVGPathElement>('[data-ring]')!;
  const tip = host.querySelector<HTMLElement>('[data-tip]')!;
  const claim = host.querySelector<HTMLElement>('[data-claim]');
  const notes = host.querySelector<HTMLElement>('[data-notes]');
  const tableRows = [...host.querySelectorAll<HTMLTableRowElement>('tbody tr')];

  let state: MapStep | undefined;
  let shown = new Map<string, Paint>();
  let view = svg.getAttribute('viewBox')!.split(' ').map(Number) as Box;
  let frame = 0;

  /*
   * The drawing's size on screen, measured at mount and on resize only: reading it while the
   * reader scrolls would force a layout of the whole page in every frame.
   */
  let size = svg.getBoundingClientRect();
  const aspect = () => (size.width > 0 && size.height > 0 ? size.width / size.height : 2);

  /*
   * Symbols, labels and hatching keep their size on screen whatever the zoom. They are resized
   * once the view has settled, not in every frame of a zoom: restyling every symbol and hatch in
   * each frame made frames too long for a slow phone.
   */
  const draw = (box: Box, settled = true) => {
    view = box;
    svg.setAttribute('viewBox', box.join(' '));
    if (!settled) return;
    const unit = String(Math.round((box[2] / (size.width || 1)) * 1000) / 1000);
    svg.style.setProperty('--u', unit);
    for (const pattern of patterns) pattern.setAttribute('patternTransform', `rotate(45) scale(${unit})`);
  };

  const frameTo = (target: Box, animate: boolean) => {
    cancelAnimationFrame(frame);
    if (!animate || view.every((v, i) => Math.abs(v - target[i]) < 0.01)) return draw(target);
    const from = view;
    const start = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / ZOOM_MS);
      // The last frame is the target itself, not an interpolation that lands near it.
      draw(t < 1 ? lerpView(from, target, easeInOut(t)) : target, t >= 1);
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  };

  /* What a row says, read from the figure's own table so the words exist once in the page. */
  const rowTexts = (id: string, companies: readonly string[]) =>
    tableRows
      .filter((tr) => tr.dataset.id === id && companies.includes(tr.dataset.company ?? ''))
      .map((tr) => [...tr.cells].map((cell) => cell.textContent?.trim() ?? ''));

  const recolour = (next: MapStep) => {
    shown = paint(rows, next);
    for (const [id, path] of countries) {
      const painted = shown.get(id);
      if (painted) {
        path.dataset.company = painted.companies.join(' ');
        path.setAttribute('fill', fillValue(painted.fill, config.prefix));
      } else {
        delete path.dataset.company;
        path.removeAttribute('fill');
      }
      path.classList.toggle('is-weak', painted?.weak ?? false);
    }
    for (const place of places) {
      const id = place.dataset.place!;
      const painted = shown.get(id);
      place.toggleAttribute('data-named', next.places?.includes(id) ?? false);
      place.toggleAttribute('data-on', Boolean(painted));
      if (painted) {
        place.dataset.company = painted.companies.join(' ');
        const offsets = symbolOffsets(painted.companies);
        for (const symbol of place.querySelectorAll<SVGPathElement>('[data-sym]')) {
          const dx = offsets.get(symbol.dataset.sym as Company);
          // A symbol not shown loses its offset, so that the drawing depends on this step alone.
          if (dx !== undefined) symbol.setAttribute('transform', `translate(${dx} 0)`);
          else symbol.removeAttribute('transform');
        }
        place.setAttribute('tabindex', '0');
        place.setAttribute('role', 'img');
        place.setAttribute('aria-label', rowTexts(id, painted.companies).map(([name, company, what]) => MAP_LABELS[config.lang].placeLabel(name, company, what)).join(' ') || id);
      } else {
        delete place.dataset.company;
        for (const attribute of ['tabindex', 'role', 'aria-label']) place.removeAttribute(attribute);
      }
    }
    for (const pin of pins) {
      const id = pin.dataset.id!;
      pin.toggleAttribute('data-on', shown.get(id)?.companies.includes(pin.dataset.pin as Company) ?? false);
      pin.toggleAttribute('data-named', next.places?.includes(id) ?? false);
    }
    claim?.toggleAttribute('hidden', !next.claim);
    if (notes) {
      const named = (next.places ?? []).flatMap((id) => rowTexts(id, shown.get(id)?.companies ?? []));
      notes.replaceChildren(...named.map((cells) => rowNote(cells, ' · ')));
      notes.hidden = !named.length;
    }
  };

  /* A row as a short paragraph: place and company, what happened, then source and date. */
  const rowNote = ([name, company, what, date, , source]: string[], joiner: string) => {
    const p = document.createElement('p');
    const lead = document.createElement('strong');
    lead.textContent = `${name}${joiner}${company}`;
    const meta = document.createElement('span');
    meta.className = 'map__meta';
    meta.textContent = `${source} · ${date}`;
    p.append(lead, what, meta);
    return p;
  };

  /* The tooltip: the place's rows for the companies shown, beside the pointer or the focused symbol. */
  const showTip = (id: string, x: number, y: number) => {
    const painted = shown.get(id);
    const texts = painted ? rowTexts(id, painted.companies) : [];
    if (!texts.length) return hideTip();
    tip.replaceChildren(...texts.map((cells) => rowNote(cells, ' · ')));
    tip.hidden = false;
    const stage = tip.parentElement!.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    const left = Math.min(Math.max(0, x - stage.left + 12), stage.width - box.width);
    const below = y - stage.top + 16;
    const top = below + box.height > stage.height && y - stage.top - box.height - 12 > 0 ? y - stage.top - box.height - 12 : below;
    tip.style.setProperty('left', `${Math.max(0, left)}px`);
    tip.style.setProperty('top', `${top}px`);
    const path = countries.get(id);
    ring.setAttribute('d', path ? (path.getAttribute('d') ?? '') : '');
  };
  const hideTip = () => {
    tip.hidden = true;
    ring.setAttribute('d', '');
  };
  const placeOf = (target: EventTarget | null) => {
    const element = (target as Element | null)?.closest?.('.map__place[data-on], .map__countries path[data-company]') as SVGElement | null;
    return element ? (element.dataset.place ?? element.dataset.id) : undefined;
  };

  const onPointer = (event: PointerEvent) => {
    const id = placeOf(event.target);
    if (id) showTip(id, event.clientX, event.clientY);
    else hideTip();
  };
  const onFocus = (event: FocusEvent) => {
    const id = placeOf(event.target);
    if (!id) return;
    const box = (event.target as Element).getBoundingClientRect();
    showTip(id, box.right, box.bottom);
  };
  svg.addEventListener('pointermove', onPointer);
  // A tap fires no pointermove: it opens (or, elsewhere, closes) the tooltip too.
  svg.addEventListener('pointerdown', onPointer);
  svg.addEventListener('pointerleave', hideTip);
  // Focus listeners on an <svg> would make Chromium give the svg itself a tab stop: they sit on its wrapper.
  host.addEventListener('focusin', onFocus);
  host.addEventListener('focusout', hideTip);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') hideTip();
  };
  host.addEventListener('keydown', onKey);
  // No frames are painted while a page prints: the state asked for then must be drawn at once.
  let printing = false;
  const onBeforePrint = () => (printing = true);
  const onAfterPrint = () => (printing = false);
  window.addEventListener('beforeprint', onBeforePrint);
  window.addEventListener('afterprint', onAfterPrint);

  return {
    update(next) {
      if (state && JSON.stringify(state) === JSON.stringify(next)) return;
      const first = !state;
      state = next;
      recolour(next);
      svg.dataset.view = next.zoom;
      svg.style.setProperty('--s', String(symbolScale(next.zoom, size.width)));
      hideTip();
      frameTo(viewFor(next.zoom, config.boxes, aspect()), !first && !printing && !prefersReducedMotion());
    },
    resize() {
      size = svg.getBoundingClientRect();
      if (!state) return;
      svg.style.setProperty('--s', String(symbolScale(state.zoom, size.width)));
      frameTo(viewFor(state.zoom, config.boxes, aspect()), false);
    },
    destroy() {
      cancelAnimationFrame(frame);
      svg.removeEventListener('pointermove', onPointer);
      svg.removeEventListener('pointerdown', onPointer);
      svg.removeEventListener('pointerleave', hideTip);
      host.removeEventListener('focusin', onFocus);
      host.removeEventListener('focusout', hideTip);
      host.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    },
  };
};
