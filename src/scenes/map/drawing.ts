import { formatFact, loadFacts, requireFact } from '../../datasets/facts';
import { sourceName } from '../../datasets/source';
import type { Lang } from '../../i18n/lang';
import { isPoint, loadExpansions, type Expansion } from './data';
import { atlasIds, borders, countries, countryPath, framableViews, homeAndOverseas, labelPoint, landWithout, mainlandBox, outlineAtlas, project, regionBoxes, worldProjection } from './geometry';
import type { ClaimFigures } from './labels';
import { COMPANIES, mixes, ORIGIN_ID, type Box, type Company } from './layout';
import type { MapData, MapRow } from './view';

/**
 * What the build computes once per map figure, whatever its state: the projected outlines, places
 * and pins, the words of each row in the edition's language, and the data its client draws any
 * state from. Node only: the projection and the atlas never reach the browser.
 */
export function mapDrawing(lang: Lang, prefix: string) {
  const rows = loadExpansions();
  const known = atlasIds();
  const shapes = countries();
  const projection = worldProjection(shapes);
  const name = (row: Expansion) => (lang === 'zh' ? row.name_zh : row.name_en);
  const what = (row: Expansion) => (lang === 'zh' ? row.what_zh : row.what_en);
  const pinned = (row: Expansion) => !isPoint(row, known) && row.lon !== undefined;

  /* One place per id, in the order of the data file: the keyboard visits them in that order. */
  const places = [...new Map(rows.map((row) => [row.id, rows.filter((r) => r.id === row.id)])).values()].map((placeRows) => {
    const first = placeRows[0];
    const point = isPoint(first, known);
    const anchor = point ? project(projection, first.lon!, first.lat!) : labelPoint(projection, shapes.find((shape) => String(shape.id) === first.id)!);
    // The name goes on the side away from a pinned store (Helsinki lies south of Finland's centre, Paris north of France's).
    const pinBelow = placeRows.some((row) => pinned(row) && project(projection, row.lon!, row.lat!)[1] > anchor[1]);
    const symbols = COMPANIES.flatMap((company) =>
      placeRows.filter((row) => row.company === company).map((row) => ({ company, weak: row.evidence === 'weak', partner: row.presence === 'partner' })),
    );
    return { id: first.id, name: name(first), point, anchor, symbols, nameDy: pinBelow ? '-1.2em' : '1.75em' };
  });
  const pins = rows.filter(pinned).map((row) => ({ id: row.id, company: row.company, at: project(projection, row.lon!, row.lat!), text: lang === 'zh' ? row.place_zh : row.place_en }));

  /*
   * Only the countries a step can colour (and China, where it all starts) are drawn one by one; the
   * rest of the land is one outline under them, and the borders one more. A country is drawn
   * without its overseas parts (French Guiana), which go with the land (geometry.ts).
   */
  const colourable = new Set([ORIGIN_ID, ...places.filter((place) => !place.point).map((place) => place.id)]);
  const boxes = regionBoxes(projection, shapes);
  const placeBoxes: Record<string, Box> = Object.fromEntries(
    places.map((place) => [place.id, place.point ? [...place.anchor, 0, 0] : mainlandBox(projection, shapes.find((shape) => String(shape.id) === place.id)!)]),
  );
  /* The outlines keep only the detail the views a step can frame show (geometry.ts outlineAtlas). */
  const drawn = outlineAtlas(projection, framableViews(boxes, placeBoxes), boxes.world);
  const outlines = countries(drawn)
    .filter((shape) => colourable.has(String(shape.id)))
    .map((shape) => ({ id: String(shape.id), d: countryPath(projection, homeAndOverseas(shape).home) }));

  const facts = loadFacts();
  const wechatRows = rows.filter((row) => row.company === 'wechat' && row.presence === 'local');
  const claim: ClaimFigures = {
    countries: formatFact(requireFact(facts, 'wechatpay.countries'), lang),
    merchants: formatFact(requireFact(facts, 'wechatpay.merchants'), lang),
    currencies: formatFact(requireFact(facts, 'wechatpay.currencies'), lang),
    places: wechatRows.filter((row) => row.evidence === 'strong').length,
    weak: wechatRows.filter((row) => row.evidence === 'weak').length,
    markets: formatFact(requireFact(facts, 'wechatpay.marketsJul2017'), lang),
  };

  const mixFills = mixes(rows);
  /* The legend keys each mix some place has in full (a pair a step could show alone is not keyed). */
  const localSets = places.map((place) => COMPANIES.filter((company) => place.symbols.some((symbol) => symbol.company === company && !symbol.partner)).join('-'));
  const data: MapData = {
    prefix,
    boxes,
    places: placeBoxes,
    rows: rows.map((row): MapRow => [row.id, row.company, row.evidence, row.presence, pinned(row) ? 1 : 0]),
    countries: outlines.map((outline) => outline.id),
  };
  return {
    data,
    rows: rows.map((row) => ({ ...row, name: name(row), what: what(row), source: sourceName(row, lang) })),
    places,
    pins,
    outlines,
    /* French Guiana is drawn with the land, not as part of the France a Paris story colours (geometry.ts). */
    land: landWithout(projection, colourable, drawn),
    borders: borders(projection, drawn),
    /*
     * China's name ends at 112°E and runs west from there: centred, it reached past 120°E on a 320 px
     * map, where the symbols of Korea, Japan, Taiwan and Hong Kong crowd (its size on screen is fixed,
     * so the narrower the map, the more degrees it covers).
     */
    originAt: project(projection, 112, 36),
    claim,
    mixes: mixFills,
    legend: {
      companies: COMPANIES.filter((company: Company) => rows.some((row) => row.company === company)),
      mixes: mixFills.filter((mix) => localSets.includes(mix.join('-'))),
      /* A hollow symbol marks a place that is only a company's partner's home (Baidu × PayPal in the US). */
      partner: rows.find((row) => row.presence === 'partner')?.company,
    },
  };
}

export type MapDrawing = ReturnType<typeof mapDrawing>;
