import type { Lang } from '../i18n/lang';
import { fallbackStack, families, familyFor, textWidth, type Family, type Weight } from './fonts';

export interface TextStyle {
  size: number;
  weight?: Weight;
  fill: string;
  lineHeight?: number;
  /** The edition whose faces set it (src/pictures/fonts.ts). */
  lang: Lang;
}

/*
 * Chinese breaks between any two characters; other scripts between words. Curly quotes are Chinese
 * punctuation in the Chinese edition and part of a word (don’t, “Double 11”) in the English one.
 */
const HAN = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const pieces = (chars: string) => new RegExp(`[${chars}]|[^\\s${chars}]+|\\s+`, 'g');
const PIECES: Record<Lang, RegExp> = { zh: pieces(`${HAN}“”‘’`), en: pieces(HAN) };

/** `text` broken into lines no wider than `width`, measured in the pictures' typeface. */
export function wrap(text: string, width: number, style: TextStyle, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.match(PIECES[style.lang]) ?? []) {
    const next = line + piece;
    if (line.trim() && textWidth(next.trimEnd(), style.size, style.weight, style.lang) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && textWidth(`${last}…`, style.size, style.weight, style.lang) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Lines of text as SVG, the first baseline one size below `y`; returns the markup and the height used. */
export function textLines(lines: string[], x: number, y: number, style: TextStyle, anchor: 'start' | 'middle' = 'start'): { markup: string; height: number } {
  const step = style.size * (style.lineHeight ?? 1.35);
  const markup = lines
    .map((line, i) => `<text x="${round(x)}" y="${round(y + style.size + i * step)}" font-size="${style.size}" font-weight="${style.weight ?? 400}" fill="${style.fill}"${anchor === 'middle' ? ' text-anchor="middle"' : ''}>${textContent(line, style.lang)}</text>`)
    .join('');
  return { markup, height: lines.length ? (lines.length - 1) * step + style.size * 1.3 : 0 };
}

export const round = (n: number) => Math.round(n * 100) / 100;

export const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `text` as SVG text content, each run of characters the edition's first face cannot draw in a
 * <tspan> naming the face that can. Left to itself the renderer would set the whole line in the
 * fallback face as soon as that face could draw all of it (resvg does), and the CJK face can draw
 * English: its full-width quotes would come back into an English line that names one Chinese place.
 */
export function textContent(text: string, lang: Lang): string {
  const first = families(lang)[0];
  let markup = '';
  let run = '';
  let runFamily: Family = first;
  const flush = () => {
    if (run) markup += runFamily === first ? escape(run) : `<tspan style="font-family:${fallbackStack(runFamily)}">${escape(run)}</tspan>`;
    run = '';
  };
  for (const char of text) {
    // A space belongs to the run it is in: every face has one.
    const family = /\s/.test(char) ? runFamily : (familyFor(char, lang) ?? first);
    if (family !== runFamily) {
      flush();
      runFamily = family;
    }
    run += char;
  }
  flush();
  return markup;
}
