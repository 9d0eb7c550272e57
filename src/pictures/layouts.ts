import type { ChartDrawing } from './chart-drawing';
import { LOCALE, type Lang } from '../i18n/lang';
import { fontStack } from './fonts';
import { round, textLines, wrap } from './text';

/*
 * The three pictures made of a chart: the share card a link preview shows, the picture a reader
 * downloads, and the story's own card. Light theme, the site's paper and ink.
 */
export const CARD = { width: 1200, height: 630 } as const;
const PAPER = '#ffffff';
const INK = '#1a1a1a';
/** Where a card's title goes (its first baseline one size below y), and how it wraps. */
export interface TitleLayout {
  x: number;
  y: number;
  width: number;
  size: number;
  weight: 400 | 700;
  lines: number;
  fill: string;
  lineHeight: number;
}
export const CARD_TITLE: TitleLayout = { x: 56, y: 34, width: CARD.width - 112, size: 44, weight: 700, lines: 2, fill: INK, lineHeight: 1.2 };
export const STORY_TITLE: TitleLayout = { x: 56, y: 60, width: 440, size: 50, weight: 700, lines: 5, fill: INK, lineHeight: 1.2 };
const MUTED = '#555555';
const ACCENT = '#b3001b';

const document = (lang: Lang, width: number, height: number, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}" xml:lang="${LOCALE[lang]}" style="font-family:${fontStack(lang)}"><rect width="100%" height="100%" fill="${PAPER}"/>${body}</svg>`;

/** `drawing` scaled to fit a box, centred in it. */
function fitted(drawing: ChartDrawing, x: number, y: number, width: number, height: number): string {
  const scale = Math.min(width / drawing.width, height / drawing.height);
  const dx = x + (width - drawing.width * scale) / 2;
  const dy = y + (height - drawing.height * scale) / 2;
  return `<g transform="translate(${round(dx)} ${round(dy)}) scale(${round(scale * 1000) / 1000})">${drawing.body}</g>`;
}

/** The band at the foot of a card that carries the site's name. */
export const CARD_FOOT = 76;

/** The site's name along the foot of a card, with the accent rule the story's pages carry. */
function signature(site: string, lang: Lang): string {
  return `<rect x="0" y="${CARD.height - 10}" width="${CARD.width}" height="10" fill="${ACCENT}"/>${textLines([site], 56, CARD.height - 58, { size: 24, weight: 700, fill: ACCENT, lang }).markup}`;
}

/** 1200 × 630: the chart's title and caveat, the chart, the site's name. */
export function shareCard(drawing: ChartDrawing, site: string): string {
  const look = { ...CARD_TITLE, lang: drawing.lang };
  const title = textLines(wrap(drawing.title, CARD_TITLE.width, look, CARD_TITLE.lines), CARD_TITLE.x, CARD_TITLE.y, look);
  // The caveat goes wherever the chart goes (ChartFrame.astro): a card without it would say more than the chart does.
  const caveatLook = { size: 22, weight: 700 as const, fill: drawing.caveat.fill, lang: drawing.lang };
  const caveat = textLines(wrap(drawing.caveat.text, CARD_TITLE.width, caveatLook, 1), CARD_TITLE.x, CARD_TITLE.y + title.height + 4, caveatLook);
  const top = CARD_TITLE.y + title.height + (caveat.height ? caveat.height + 4 : 0) + 20;
  return document(drawing.lang, CARD.width, CARD.height, `${title.markup}${caveat.markup}${fitted(drawing, 56, top, CARD.width - 112, CARD.height - CARD_FOOT - top)}${signature(site, drawing.lang)}`);
}

/** The story's card: its headline beside a chart. */
export function storyCard(headline: string, drawing: ChartDrawing, site: string): string {
  const look = { ...STORY_TITLE, lang: drawing.lang };
  const title = textLines(wrap(headline, STORY_TITLE.width, look, STORY_TITLE.lines), STORY_TITLE.x, STORY_TITLE.y, look);
  return document(drawing.lang, CARD.width, CARD.height, `${title.markup}${fitted(drawing, 540, 40, 620, CARD.height - 130)}${signature(site, drawing.lang)}`);
}

/** The downloadable picture: title, caveat, description, chart, source and site, at the chart's natural width. */
export function downloadPicture(drawing: ChartDrawing, site: string): string {
  const { lang } = drawing;
  const pad = 24;
  const width = drawing.width + 2 * pad;
  let y = pad;
  const title = textLines(wrap(drawing.title, drawing.width, { size: 19.2, weight: 700, fill: INK, lang }), pad, y, { size: 19.2, weight: 700, fill: INK, lang });
  y += title.height + 6;
  const caveat = textLines(wrap(drawing.caveat.text, drawing.width, { size: 12.8, weight: 700, fill: drawing.caveat.fill, lang }), pad, y, { size: 12.8, weight: 700, fill: drawing.caveat.fill, lang });
  y += caveat.height + (caveat.height ? 6 : 0);
  const description = textLines(wrap(drawing.description, drawing.width, { size: 14.4, fill: MUTED, lang }), pad, y, { size: 14.4, fill: MUTED, lineHeight: 1.5, lang });
  y += description.height + 14;
  const chart = `<g transform="translate(${pad} ${round(y)})">${drawing.body}</g>`;
  y += drawing.height + 12;
  const source = textLines(wrap(drawing.source, drawing.width, { size: 12.8, fill: MUTED, lang }), pad, y, { size: 12.8, fill: MUTED, lineHeight: 1.5, lang });
  y += source.height + 6;
  const name = textLines([site], pad, y, { size: 12.8, weight: 700, fill: ACCENT, lang });
  y += name.height + pad;
  return document(lang, width, y, `${title.markup}${caveat.markup}${description.markup}${chart}${source.markup}${name.markup}`);
}
