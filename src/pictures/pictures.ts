import { LANGS, type Lang } from '../i18n/lang';
import { edition } from '../story/chapters';
import { editionBlocks, pictureFiles, pictureHref, storyCardFile, type Block } from './catalogue';
import { chartDrawing, type ChartDrawing } from './chart-drawing';
import { figureMarkup } from './figure-markup';
import { downloadPicture, shareCard, storyCard } from './layouts';
import { rasterize, shownText } from './rasterize';
import { styledFigure } from './styled-figure';

/** A chart's natural width in a picture, in CSS px: the story's chart column on a desktop. */
const NATURAL_WIDTH = 640;

interface Picture {
  svg: string;
  /** Rasterized at this zoom, or served as SVG when null. */
  zoom: number | null;
  /** What it shows, in words: the chart's description (the story's card: its headline and chart). */
  alt: string;
}

let catalogue: Promise<Map<string, Picture>> | undefined;

async function drawing(block: Block): Promise<ChartDrawing> {
  const figure = styledFigure(await figureMarkup(block.scene, block.lang, block.state), block.lang);
  return chartDrawing(block.scene, figure, NATURAL_WIDTH);
}

async function editionPictures(lang: Lang): Promise<[string, Picture][]> {
  const meta = await edition(lang);
  const site = meta.short ?? meta.headline;
  const blocks = await editionBlocks(lang);
  const pictures: [string, Picture][] = [];
  const drawings = new Map<Block, ChartDrawing>();
  for (const block of blocks) {
    const chart = await drawing(block);
    drawings.set(block, chart);
    const download = downloadPicture(chart, site);
    const alt = chart.description;
    const files = pictureFiles(block);
    pictures.push([files.card, { svg: shareCard(chart, site), zoom: 1, alt }], [files.png, { svg: download, zoom: 2, alt }], [files.svg, { svg: download, zoom: null, alt }]);
  }
  // The story's card shows the map of its last map block, where every company is on it.
  const storyChart = [...drawings].reverse().find(([block]) => block.scene === 'map')?.[1] ?? drawings.values().next().value;
  if (storyChart) {
    const alt = `${meta.headline} · ${storyChart.title}: ${storyChart.description}`;
    pictures.push([storyCardFile(lang), { svg: storyCard(meta.headline, storyChart, site), zoom: 1, alt }]);
  }
  return pictures;
}

/** Every picture the site serves, by file name under images/. */
export function allPictures(): Promise<Map<string, Picture>> {
  catalogue ??= (async () => {
    // One edition after the other, the original first: a broken chapter is reported as the story's own pages would report it.
    const pictures = new Map<string, Picture>();
    for (const lang of LANGS) for (const [file, picture] of await editionPictures(lang)) pictures.set(file, picture);
    return pictures;
  })();
  return catalogue;
}

/** The pictures' file names, known without drawing them: each block's three, and each edition's card. */
export async function pictureFileNames(): Promise<string[]> {
  const names: string[] = [];
  for (const lang of LANGS) {
    for (const block of await editionBlocks(lang)) names.push(...Object.values(pictureFiles(block)));
    names.push(storyCardFile(lang));
  }
  return names;
}

let glyphs: Promise<string> | undefined;

/** All the characters the PNGs show: one font subset for the whole build. */
function allGlyphs(): Promise<string> {
  glyphs ??= allPictures().then((pictures) => [...new Set([...pictures.values()].filter((p) => p.zoom !== null).map((p) => shownText(p.svg)).join(''))].sort().join(''));
  return glyphs;
}

/** The bytes and type of one picture. */
export async function pictureFile(file: string): Promise<{ body: Uint8Array<ArrayBuffer>; type: string }> {
  const picture = (await allPictures()).get(file);
  if (!picture) throw new Error(`no picture "${file}"`);
  if (picture.zoom === null) return { body: new TextEncoder().encode(picture.svg), type: 'image/svg+xml' };
  try {
    return { body: new Uint8Array(await rasterize(picture.svg, await allGlyphs(), picture.zoom)), type: 'image/png' };
  } catch (error) {
    // Named after the block: scene, chapter anchor, edition (double-11-map-wechat-pay-en).
    throw new Error(`picture images/${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** A picture's address under the base and its words for readers who cannot see it (og:image:alt). */
export async function pictureMeta(file: string): Promise<{ href: string; alt: string }> {
  const picture = (await allPictures()).get(file);
  if (!picture) throw new Error(`no picture "${file}"; the pictures are: ${[...(await allPictures()).keys()].join(', ')}`);
  return { href: pictureHref(file), alt: picture.alt };
}
