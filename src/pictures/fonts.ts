import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkitten';
import subsetFont from 'subset-font';
import type { Lang } from '../i18n/lang';

/*
 * The pictures' typefaces, both OFL and both from the lockfile, never from the machine:
 * - Noto Sans (Latin), regular and bold, the latin files of @fontsource/noto-sans;
 * - Noto Sans CJK SC (files NotoSansHans-*, family name "Noto Sans S Chinese"), regular and bold,
 *   the OpenType files of @embedpdf/fonts-sc.
 * Each edition sets its text the way the site's stylesheet does (--font-body): English in the Latin
 * face, a character it lacks in the CJK one; Chinese in the CJK face, whose quotes and apostrophes are
 * full-width as Chinese sets them, a character it lacks in the Latin one. The renderer does the same
 * fallback, character by character, among exactly these fonts.
 */
export const LATIN = 'Noto Sans';
export const CJK = 'Noto Sans S Chinese';
export type Weight = 400 | 700;
export type Family = typeof LATIN | typeof CJK;

const require = createRequire(import.meta.url);
const latinFolder = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
const cjkFolder = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
const FILES: Record<Family, Record<Weight, string>> = {
  [LATIN]: { 400: join(latinFolder, 'noto-sans-latin-400-normal.woff2'), 700: join(latinFolder, 'noto-sans-latin-700-normal.woff2') },
  [CJK]: { 400: join(cjkFolder, 'NotoSansHans-Regular.otf'), 700: join(cjkFolder, 'NotoSansHans-Bold.otf') },
};
const WEIGHTS: Weight[] = [400, 700];


/** The families an edition's text is set in, the first preferred, character by character. */
export const families = (lang: Lang): Family[] => (lang === 'zh' ? [CJK, LATIN] : [LATIN, CJK]);

/** For an SVG: the edition's faces, then the names systems install the CJK face by, then any sans. */
export const fontStack = (lang: Lang) => `${families(lang).map((family) => `'${family}'`).join(',')},'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC',sans-serif`;

const files = new Map<string, Buffer>();
const faces = new Map<string, Font>();

function file(family: Family, weight: Weight): Buffer {
  const path = FILES[family][weight];
  let buffer = files.get(path);
  if (!buffer) files.set(path, (buffer = readFileSync(path)));
  return buffer;
}

function face(family: Family, weight: Weight): Font {
  const path = FILES[family][weight];
  let font = faces.get(path);
  if (!font) faces.set(path, (font = create(file(family, weight)) as Font));
  return font;
}

/** The family that draws `char` in an edition: the first of its families that has it. */
export function familyFor(char: string, lang: Lang, weight: Weight = 400): Family | undefined {
  const code = char.codePointAt(0)!;
  return families(lang).find((family) => face(family, weight).hasGlyphForCodePoint(code));
}

function faceFor(char: string, lang: Lang, weight: Weight): Font | undefined {
  const family = familyFor(char, lang, weight);
  return family && face(family, weight);
}

/** For a run of text its edition's first face cannot draw: the face that can, then the same fallbacks. */
export const fallbackStack = (family: Family) => `'${family}'${family === CJK ? ",'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC'" : ''},sans-serif`;

/** How wide a line of text is as an edition sets it, in px at `size` (advances, no kerning: a layout estimate). */
export function textWidth(text: string, size: number, weight: Weight = 400, lang: Lang = 'en'): number {
  let width = 0;
  for (const char of text) {
    const font = faceFor(char, lang, weight);
    if (!font) continue;
    width += (font.glyphsForString(char).reduce((sum, glyph) => sum + glyph.advanceWidth, 0) / font.unitsPerEm) * size;
  }
  return width;
}

/** The characters of `text` no picture face can draw: a picture must not show a box in their place. */
export function missingCharacters(text: string): string[] {
  return [...new Set(text)].filter((char) => /\S/.test(char) && !faceFor(char, 'en', 400));
}

/*
 * A CJK file is 8 MB, and the renderer parses every font it is given for every picture (about half
 * a second each here): the pictures get every face cut down to the characters they show.
 * The edition's first face gets them all; the other only those the first cannot draw. resvg, when
 * a line has a character its face lacks, sets the WHOLE line in the first other face that can draw
 * all of it, and the CJK face can draw English: cut to what the Latin face lacks, it cannot, and
 * only the missing characters are taken from it.
 */
/* The typographic family name (16, 17) is what tells the renderer the bold file is the same family. */
const KEPT_NAMES = [0, 1, 2, 3, 4, 5, 6, 16, 17];
const subsets = new Map<string, Promise<Uint8Array[]>>();

/** The fonts an edition's pictures are drawn with, cut to `characters`. */
export function subsetFonts(characters: string, lang: Lang): Promise<Uint8Array[]> {
  const chars = [...new Set(characters)].sort();
  const key = `${lang} ${chars.join('')}`;
  let fonts = subsets.get(key);
  if (!fonts) {
    const [first, other] = families(lang);
    const cuts = WEIGHTS.flatMap((weight) => [
      [first, weight, chars.join('')],
      [other, weight, chars.filter((char) => !face(first, weight).hasGlyphForCodePoint(char.codePointAt(0)!)).join('')],
    ] as const).filter(([, , text]) => text.trim());
    fonts = Promise.all(cuts.map(async ([family, weight, text]) => new Uint8Array(await subsetFont(file(family, weight), text, { targetFormat: 'sfnt', preserveNameIds: KEPT_NAMES }))));
    subsets.set(key, fonts);
  }
  return fonts;
}
