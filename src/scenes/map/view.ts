import type { Patch, View } from '../contract';
import { fillValue, paint, symbolOffsets, viewFor, type Box, type Company, type Evidence, type MapStep, type Presence, type Region } from './layout';

/** A data row as the view needs it: place, company, evidence, presence, and whether it has a pin. */
export type MapRow = [id: string, company: Company, evidence: Evidence, presence: Presence, pinned: 0 | 1];

/**
 * The id of a row's words for a screen reader, in full, or only its place and company for a place
 * whose notes the step shows. The page's first map defines them once (MapPlaceWords.astro) and every
 * map's places are labelled by them: a further map does not repeat a row's words (issue 24). The ids
 * are the page's, not a figure's prefix: every map of a page refers to the same ones.
 */
export const rowWordsId = (id: string, company: Company, short = false) => `map-row-${id}-${company}${short ? '-name' : ''}`;

/** What the client needs to draw any state: the ids' prefix, each region's and each place's box, the rows, the countries drawn one by one. */
export interface MapData {
  prefix: string;
  boxes: Record<Region, Box>;
  /** Each place's box (its main landmass, or its point), for a step that frames the places it names. */
  places: Record<string, Box>;
  rows: MapRow[];
  countries: string[];
}

/** The figure's shape beside the text (frameAspect): what the build frames each view for. */
export const BUILD_ASPECT = 2;

const present = (on: boolean) => (on ? '' : null);

/**
 * Everything a step changes on the map: the view framed, the countries coloured (fill and outline),
 * each place's symbols, name, pin and accessible label, the notes under the map and the claim.
 * The table under the map lists every row, whatever the step.
 * `aspect` is the figure's shape on screen, which the client measures; the build assumes the desktop's.
 */
export function mapView({ prefix, boxes, places, rows, countries }: MapData, state: MapStep, aspect = BUILD_ASPECT): View {
  const shown = paint(
    rows.map(([id, company, evidence, presence]) => ({ id, company, evidence, presence })),
    state,
  );
  const named = (id: string) => present(state.places?.includes(id) ?? false);
  const view: View = {
    svg: { attrs: { viewBox: viewFor(state, boxes, places, aspect).join(' '), 'data-view': state.zoom } },
    claim: { attrs: { hidden: present(!state.claim) } },
  };
  for (const id of countries) {
    const painted = shown.get(id);
    // A place that is only a partner's home keeps the land's colour (paint's fill is then '').
    const fill = painted?.fill ? fillValue(painted.fill, prefix) : null;
    view[`c${id}`] = { attrs: { 'data-company': painted?.companies.join(' ') ?? null, fill }, classes: { 'is-weak': painted?.weak ?? false } };
  }
  let notes = 0;
  for (const [id, company, , , pinned] of rows) {
    const painted = shown.get(id);
    const on = painted?.companies.includes(company) ?? false;
    const noted = on && named(id) !== null;
    const place: Patch = (view[`p${id}`] ??= placePatch(painted?.companies, named(id)));
    // A place the step names has its rows spelt out in the notes right after the map: its label does not say them again.
    if (on) place.attrs!['aria-labelledby'] = [place.attrs!['aria-labelledby'], rowWordsId(id, company, noted)].filter(Boolean).join(' ');
    const offsets = symbolOffsets(painted?.companies ?? rows.filter((row) => row[0] === id).map((row) => row[1]));
    const dx = offsets.get(company);
    // A symbol not shown loses its offset, so that the drawing depends on this step alone; one in the middle has none to write.
    view[`s${id}-${company}`] = { attrs: { transform: dx ? `translate(${dx} 0)` : null } };
    if (pinned) view[`pin${id}-${company}`] = { attrs: { 'data-on': present(on), 'data-named': named(id) } };
    if (noted) notes++;
    view[`n${id}-${company}`] = { attrs: { hidden: present(!noted) } };
  }
  view.notes = { attrs: { hidden: present(!notes) } };
  return view;
}

/** A place: focusable and described while a step colours it; its name shown while a step names it. */
function placePatch(companies: Company[] | undefined, named: string | null): Patch {
  const on = companies !== undefined;
  return {
    attrs: {
      'data-on': present(on),
      'data-named': named,
      'data-company': companies?.join(' ') ?? null,
      tabindex: on ? '0' : null,
      role: on ? 'img' : null,
      'aria-labelledby': on ? '' : null,
    },
  };
}
