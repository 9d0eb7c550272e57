/**
 * The map's tooltip: copies of the place's notes (written at build, one per row) for the companies
 * the step shows there (`companiesOf`), beside the pointer or the focused symbol, and a ring around
 * the place's outline.
 */
export function mapTooltip(host: HTMLElement, svg: SVGSVGElement, companiesOf: (id: string) => string[]) {
  const countries = new Map([...svg.querySelectorAll<SVGUseElement>('.map__countries use[data-id]')].map((use) => [use.dataset.id!, use]));
  const ring = svg.querySelector<SVGUseElement>('[data-ring]')!;
  const tip = host.querySelector<HTMLElement>('[data-tip]')!;
  const notes = [...host.querySelectorAll<HTMLElement>('[data-note]')];

  const showTip = (id: string, x: number, y: number) => {
    const companies = companiesOf(id);
    const rows = notes.filter((note) => companies.some((company) => note.dataset.note === `${id} ${company}`));
    if (!rows.length) return hideTip();
    tip.replaceChildren(
      ...rows.map((note) => {
        const copy = note.cloneNode(true) as HTMLElement;
        copy.hidden = false;
        copy.removeAttribute('data-v');
        return copy;
      }),
    );
    tip.hidden = false;
    const stage = tip.parentElement!.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    const left = Math.min(Math.max(0, x - stage.left + 12), stage.width - box.width);
    const below = y - stage.top + 16;
    const top = below + box.height > stage.height && y - stage.top - box.height - 12 > 0 ? y - stage.top - box.height - 12 : below;
    tip.style.setProperty('left', `${Math.max(0, left)}px`);
    tip.style.setProperty('top', `${top}px`);
    // The ring draws the country's outline that the page defines once (MapSvg.astro), by the same reference.
    const href = countries.get(id)?.getAttribute('href');
    if (href) ring.setAttribute('href', href);
    else ring.removeAttribute('href');
  };
  const hideTip = () => {
    tip.hidden = true;
    if (ring.hasAttribute('href')) ring.removeAttribute('href');
  };
  const placeOf = (target: EventTarget | null) => {
    const element = (target as Element | null)?.closest?.('.map__place[data-on], .map__countries use[data-company]') as SVGElement | null;
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
  return {
    hide: hideTip,
    destroy() {
      svg.removeEventListener('pointermove', onPointer);
      svg.removeEventListener('pointerdown', onPointer);
      svg.removeEventListener('pointerleave', hideTip);
      host.removeEventListener('focusin', onFocus);
      host.removeEventListener('focusout', hideTip);
      host.removeEventListener('keydown', onKey);
    },
  };
}
