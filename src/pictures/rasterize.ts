import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import sharp from 'sharp';
import { isLang, type Lang } from '../i18n/lang';
import { CJK, LATIN, missingCharacters, subsetFonts } from './fonts';

/*
 * SVG → PNG with resvg compiled to WebAssembly: one binary for every machine, which cannot see the
 * machine's fonts at all (it is given the project's own, fonts.ts, and nothing else to fall back on), so a journalist's laptop and CI
 * draw the same pixels. sharp (librsvg) would ask fontconfig, and draw with whatever it finds.
 */
/*
 * resvg's WebAssembly may be started once per process, but the dev server evaluates this module
 * afresh after an edit while keeping resvg's: the promise lives on the process, not the module.
 */
const perProcess = globalThis as typeof globalThis & { resvgReady?: Promise<void> };

function start(): Promise<void> {
  perProcess.resvgReady ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return perProcess.resvgReady;
}

/** The text an SVG shows, as characters (its tags and attributes left out). */
export function shownText(svg: string): string {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((match) => match[1].replace(/<[^>]+>/g, ''))
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The edition an SVG's words are from, as its root says (xml:lang, written by layouts.ts). */
export function svgLang(svg: string): Lang | undefined {
  const lang = /^<svg\b[^>]*\sxml:lang="([a-z]+)/.exec(svg)?.[1];
  return isLang(lang) ? lang : undefined;
}

/**
 * A PNG of `svg` (`scale` times its own size), its text drawn in its edition's typefaces from the
 * characters `glyphs` (all the text of a set of pictures, so that one font subset serves them all).
 */
export async function rasterize(svg: string, glyphs: string, scale = 1): Promise<Buffer> {
  const text = shownText(svg);
  const missing = missingCharacters(text);
  if (missing.length) throw new Error(`the picture fonts (${LATIN}, ${CJK}) cannot draw ${missing.map((c) => `"${c}"`).join(' ')}; change the text or the fonts in src/pictures/fonts.ts`);
  const uncovered = [...new Set(text)].filter((char) => !glyphs.includes(char));
  if (uncovered.length) throw new Error(`a picture shows characters missing from its font subset: ${uncovered.join('')}`);
  const lang = svgLang(svg);
  if (text.trim() && !lang) throw new Error('a picture with words must say their language on its root (<svg xml:lang="en">): its fonts depend on it');
  await start();
  // A picture without words (the tab icon) needs no font at all.
  const fontBuffers = text.trim() && lang ? await subsetFonts(glyphs, lang) : [];
  const image = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: LATIN, sansSerifFamily: LATIN } }).render();
  // Palette colours and the best compression: a share card stays far under the 150 KB social sites like.
  return sharp(Buffer.from(image.pixels), { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ compressionLevel: 9, palette: true, dither: 0 })
    .toBuffer();
}
