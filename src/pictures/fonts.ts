import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkitten';
import subsetFont from 'subset-font';

/*
 * The pictures' only typeface: Noto Sans CJK SC (files NotoSansHans-*, family name "Noto Sans S
 * Chinese", OFL), regular and bold, as the
 * OpenType files the npm package @embedpdf/fonts-sc ships. It draws Chinese and Latin alike, so a
 * picture never needs a fallback font, and it comes from the lockfile, never from the machine.
 */
export const FONT_FAMILY = 'Noto Sans S Chinese';
/** For an SVG opened elsewhere: the same face under the names systems install it by, then any sans. */
export const FONT_STACK = `'${FONT_FAMILY}','Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC',sans-serif`;
const FILES = { 400: 'NotoSansHans-Regular.otf', 700: 'NotoSansHans-Bold.otf' } as const;
export type Weight = keyof typeof FILES;

const folder = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
const files = new Map<Weight, Buffer>();
const faces = new Map<Weight, Font>();

function file(weight: Weight): Buffer {
  let buffer = files.get(weight);
  if (!buffer) files.set(weight, (buffer = readFileSync(join(folder, FILES[weight]))));
  return buffer;
}

function face(weight: Weight): Font {
  let font = faces.get(weight);
  if (!font) faces.set(weight, (font = create(file(weight)) as Font));
  return font;
}

/** How wide a line of text is in this typeface, in px at `size` (advances, no kerning: a layout estimate). */
export function textWidth(text: string, size: number, weight: Weight = 400): number {
  const font = face(weight);
  return (font.glyphsForString(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0) / font.unitsPerEm) * size;
}

/** The characters of `text` the typeface cannot draw: a picture must not show a box in their place. */
export function missingCharacters(text: string): string[] {
  const font = face(400);
  return [...new Set(text)].filter((char) => /\S/.test(char) && !font.hasGlyphForCodePoint(char.codePointAt(0)!));
}

/*
 * Each file is 8 MB, and the renderer parses every font it is given for every picture (about half a
 * second each here): the pictures get both weights cut down to the characters they show.
 */
/* The typographic family name (16, 17) is what tells the renderer the bold file is the same family. */
const KEPT_NAMES = [0, 1, 2, 3, 4, 5, 6, 16, 17];
const subsets = new Map<string, Promise<Uint8Array[]>>();

export function subsetFonts(characters: string): Promise<Uint8Array[]> {
  const key = [...new Set(characters)].sort().join('');
  let fonts = subsets.get(key);
  if (!fonts) {
    fonts = Promise.all((Object.keys(FILES).map(Number) as Weight[]).map(async (weight) => new Uint8Array(await subsetFont(file(weight), key, { targetFormat: 'sfnt', preserveNameIds: KEPT_NAMES }))));
    subsets.set(key, fonts);
  }
  return fonts;
}
