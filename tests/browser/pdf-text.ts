import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page of a PDF, in the order it was drawn. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await task.destroy();
  return pages;
}

/**
 * A CJK font may draw several characters with one glyph (门 and the radical ⻔, 户 and ⼾, ／ and
 * ∕), and the PDF's text map names just one of them, which no Unicode normalisation turns back.
 * So in the PDF a radical stands for whichever character shares its glyph, and punctuation and
 * symbols are left out of the comparison on both sides: the words and numbers are what must be
 * on paper.
 */
const RADICAL = /[\u2e80-\u2fdf]/;

/** Text as compared between page and PDF: no white space (lines break differently on paper), no punctuation. */
export function comparable(text: string): string {
  return text.normalize('NFC').replace(/[\s\p{P}\p{S}]/gu, (mark) => (RADICAL.test(mark) ? mark : ''));
}

const comparables = new Map<string, string>();
const escape = (char: string) => char.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');

/** Whether the PDF text holds `needle`, both made comparable, radicals read as their glyph's character. */
export function pdfHas(pdfText: string, needle: string): boolean {
  let hay = comparables.get(pdfText);
  if (hay === undefined) comparables.set(pdfText, (hay = comparable(pdfText)));
  const want = comparable(needle);
  if (hay.includes(want)) return true;
  return new RegExp([...want].map((char) => `[${escape(char)}\\u2e80-\\u2fdf]`).join(''), 'u').test(hay);
}

/**
 * Whether a line of the page is on paper: on one page, or begun at the foot of one page and ended
 * at the head of the next (where whatever the printer drew last on that page may come between).
 */
export function onPaper(pages: readonly string[], line: string): boolean {
  if (pages.some((page) => pdfHas(page, line))) return true;
  const want = comparable(line);
  for (let i = 0; i + 1 < pages.length; i++) {
    // The longest beginning of the line on this page (a shorter beginning is there whenever a longer one is).
    let [low, high] = [0, want.length - 1];
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (pdfHas(pages[i], want.slice(0, mid))) low = mid;
      else high = mid - 1;
    }
    if (low > 0 && pdfHas(pages[i + 1], want.slice(low))) return true;
  }
  return false;
}
