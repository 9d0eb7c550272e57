import { selectAll, selectOne } from 'css-select';
import type { Element } from 'domhandler';
import { isText } from 'domhandler';
import type { Lang } from '../i18n/lang';
import { textWidth } from './fonts';
import type { StyledFigure } from './styled-figure';
import { textLines, wrap, type TextStyle } from './text';

/**
 * A chart laid out for a picture at its natural width: the figure's own <svg> elements (styled as
 * the page styles them) placed where the page's layout puts them, and the words the page writes
 * around them in HTML (the trust chart's statements, the timer's counter) set as SVG text.
 */
export interface ChartDrawing {
  lang: Lang;
  width: number;
  height: number;
  /** SVG markup in a width × height box. */
  body: string;
  title: string;
  /** The one line a reader must not miss (ChartFrame's caveat), with the colour the page gives it; '' when a chart has none. */
  caveat: { text: string; fill: string };
  description: string;
  source: string;
}

type Composer = (figure: StyledFigure, width: number) => { height: number; body: string };

const all = (selector: string, root: StyledFigure['document'] | Element) => selectAll<Element, Element>(selector, root as Element);
const one = (selector: string, root: StyledFigure['document'] | Element) => selectOne<Element, Element>(selector, root as Element) ?? undefined;

/** The ink, muted and accent colours the page gives an element's text. */
const ink = (figure: StyledFigure, element: Element | undefined, fallback = '#1a1a1a') => (element && figure.value(element, 'color')) || fallback;
const style = (figure: StyledFigure, element: Element | undefined, weight: 400 | 700 = 400): TextStyle => ({
  size: element ? figure.fontPx(element) : 14,
  weight: element && figure.value(element, 'font-weight') === '700' ? 700 : weight,
  fill: ink(figure, element),
  lang: figure.lang,
});

/** Text of an element set in lines across `width`, at its own size, weight and colour. */
function paragraph(figure: StyledFigure, element: Element | undefined, x: number, y: number, width: number, weight: 400 | 700 = 400) {
  const text = figure.text(element);
  if (!element || !text) return { markup: '', height: 0 };
  const look = style(figure, element, weight);
  return textLines(wrap(text, width, look), x, y, look);
}

const map: Composer = (figure, width) => {
  const svg = one('svg.map__svg', figure.document)!;
  const [, , vbWidth, vbHeight] = svg.attribs.viewBox.split(/\s+/).map(Number);
  const height = (width * vbHeight) / vbWidth;
  const parts = [figure.svg(svg, { x: 0, y: 0, width, height })];
  let y = height + 10;
  // The legend: each key's swatch (its own <svg>) and words, in rows.
  let x = 0;
  const keys = all('.map__key', figure.document);
  const keyStyle = style(figure, keys[0]);
  for (const key of keys) {
    const swatch = one('svg', key)!;
    const [, , sw, sh] = swatch.attribs.viewBox.split(/\s+/).map(Number);
    const swatchHeight = keyStyle.size * 1.1;
    const swatchWidth = (swatchHeight * sw) / sh;
    const wordsWidth = Math.ceil(measure(figure.text(key), keyStyle));
    const itemWidth = swatchWidth + 5 + wordsWidth;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += keyStyle.size * 1.6;
    }
    parts.push(figure.svg(swatch, { x, y: y + keyStyle.size * 0.1, width: swatchWidth, height: swatchHeight }));
    parts.push(textLines([figure.text(key)], x + swatchWidth + 5, y - keyStyle.size * 0.05, keyStyle).markup);
    x += itemWidth + keyStyle.size * 1.1;
  }
  y += keyStyle.size * 1.8;
  const claim = one('[data-claim]', figure.document);
  if (claim && claim.attribs.hidden === undefined) {
    y += 4;
    const top = y;
    for (const p of all('p', claim)) {
      const block = paragraph(figure, p, 10, y, width - 14);
      parts.push(block.markup);
      y += block.height + 2;
    }
    const bar = figure.custom(claim, '--map-wechat') ?? '#1fa37a';
    const panel = figure.custom(claim, '--map-panel') ?? '#f4f7f5';
    parts.splice(1, 0, `<rect x="0" y="${top - 4}" width="${width}" height="${y - top + 6}" fill="${panel}"/><rect x="0" y="${top - 4}" width="3" height="${y - top + 6}" fill="${bar}"/>`);
    y += 6;
  }
  return { height: y, body: parts.join('') };
};

const timer: Composer = (figure, width) => {
  const parts: string[] = [];
  const clocks = all('.timer__clock', figure.document);
  const size = 144;
  const gap = 48;
  const left = (width - clocks.length * size - (clocks.length - 1) * gap) / 2;
  let y = 0;
  clocks.forEach((clock, i) => {
    const x = left + i * (size + gap);
    parts.push(figure.svg(one('svg', clock)!, { x, y, width: size, height: size }));
    const zone = one('.timer__zone', clock)!;
    parts.push(textLines([figure.text(zone)], x + size / 2, y + size + 4, style(figure, zone), 'middle').markup);
  });
  y += size + 34;
  for (const selector of ['.timer__figure', '.timer__label', '.timer__elapsed']) {
    const element = one(selector, figure.document);
    const look = style(figure, element);
    const block = textLines(wrap(figure.text(element), width, look), width / 2, y, look, 'middle');
    parts.push(block.markup);
    y += block.height + 6;
  }
  const bar = one('svg.timer__bar', figure.document)!;
  parts.push(figure.svg(bar, { x: 0, y: y + 4, width, height: 12 }));
  y += 24;
  const note = paragraph(figure, one('.timer__note', figure.document), 0, y, width);
  parts.push(note.markup);
  return { height: y + note.height, body: parts.join('') };
};

/** Whether a layer of a trust bar's plot is seen in the state drawn: a row not reached yet shows no bar and no value. */
const shown = (figure: StyledFigure, layer: Element) => figure.value(layer, 'opacity') !== '0' && !/scaleX\(0\)/.test(figure.value(layer, 'transform') ?? '');

const trust: Composer = (figure, width) => {
  const parts: string[] = [];
  const root = one('.trust', figure.document)!;
  const gutter = 3.25 * figure.fontPx(root);
  const plotWidth = width - gutter;
  let y = 0;
  for (const group of all('.trust__group', figure.document)) {
    for (const row of all('.trust__row', group)) {
      const statement = paragraph(figure, one('.trust__statement', row), 0, y, width, 700);
      parts.push(statement.markup);
      y += statement.height + 5;
      const plotHeight = 1.35 * 16;
      // The plot's layers, stacked as on screen; a bar is as long as its share of the plot.
      for (const layer of all('.trust__plot > svg', row).filter((layer) => shown(figure, layer))) {
        const share = /^([\d.]+)%$/.exec(layer.attribs.width ?? '')?.[1];
        parts.push(figure.svg(layer, { x: 0, y, width: share === undefined ? plotWidth : (plotWidth * Number(share)) / 100, height: plotHeight }));
      }
      y += plotHeight + 5;
      const reported = one('.trust__reported', row);
      if (reported) {
        const block = paragraph(figure, reported, 0, y, width);
        parts.push(block.markup.replace(/>([^<]*)<\/text>/, '>↑ $1</text>'));
        y += block.height + 2;
      }
      y += 12;
    }
    const survey = one('.trust__survey', group);
    parts.push(`<rect x="0" y="${y}" width="${width}" height="1" fill="${figure.custom(root, '--rule') ?? '#d9d9d9'}"/>`);
    const block = paragraph(figure, survey, 0, y + 6, width);
    parts.push(block.markup);
    y += block.height + 26;
  }
  const axis = one('svg.trust__axis', figure.document)!;
  parts.push(figure.svg(axis, { x: 0, y: y - 8, width: plotWidth, height: 20 }));
  return { height: y + 14, body: parts.join('') };
};

const COMPOSERS: Record<string, Composer> = { map, timer, trust };

/** A scene's figure as a picture's chart, `width` px wide; its furniture (title, source) as text. */
export function chartDrawing(scene: string, figure: StyledFigure, width: number): ChartDrawing {
  const compose = COMPOSERS[scene];
  if (!compose) throw new Error(`src/pictures/chart-drawing.ts does not know how to lay out scene "${scene}" as a picture; add it to COMPOSERS`);
  const { height, body } = compose(figure, width);
  return {
    lang: figure.lang,
    width,
    height,
    body,
    title: figure.text(one('.chart__title', figure.document)),
    caveat: { text: figure.text(one('.chart__caveat', figure.document)), fill: ink(figure, one('.chart__caveat', figure.document)) },
    description: figure.text(one('.chart__desc', figure.document)),
    // The source line's own words, not the links that follow them.
    source: (one('.chart__source', figure.document)?.children ?? [])
      .filter(isText)
      .map((node) => node.data)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  };
}

const measure = (text: string, look: TextStyle) => textWidth(text, look.size, look.weight, look.lang);
