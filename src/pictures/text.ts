import { textWidth, type Weight } from './fonts';

export interface TextStyle {
  size: number;
  weight?: Weight;
  fill: string;
  lineHeight?: number;
}

/* Chinese breaks between any two characters; other scripts between words. */
const PIECES = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]+|\s+/g;

/** `text` broken into lines no wider than `width`, measured in the pictures' typeface. */
export function wrap(text: string, width: number, style: TextStyle, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.match(PIECES) ?? []) {
    const next = line + piece;
    if (line.trim() && textWidth(next.trimEnd(), style.size, style.weight) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && textWidth(`${last}…`, style.size, style.weight) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Lines of text as SVG, the first baseline one size below `y`; returns the markup and the height used. */
export function textLines(lines: string[], x: number, y: number, style: TextStyle, anchor: 'start' | 'middle' = 'start'): { markup: string; height: number } {
  const step = style.size * (style.lineHeight ?? 1.35);
  const markup = lines
    .map((line, i) => `<text x="${round(x)}" y="${round(y + style.size + i * step)}" font-size="${style.size}" font-weight="${style.weight ?? 400}" fill="${style.fill}"${anchor === 'middle' ? ' text-anchor="middle"' : ''}>${escape(line)}</text>`)
    .join('');
  return { markup, height: lines.length ? (lines.length - 1) * step + style.size * 1.3 : 0 };
}

export const round = (n: number) => Math.round(n * 100) / 100;

export const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
