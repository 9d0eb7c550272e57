import { render } from 'astro:content';
import { checkedScrollies } from '../authoring/scrollies';
import type { Lang } from '../i18n/lang';
import type { SceneId } from '../scenes/registry';
import { editionChapters } from '../story/chapters';

/** The start of every picture's file name: the story's, so a picture saved to a desktop says where it is from. */
export const STORY_SLUG = 'double-11';

/** One <Scrolly> block, as its pictures draw it: at its last step, the state readers without JS see. */
export interface Block {
  scene: SceneId;
  lang: Lang;
  /** Its chapter's anchor, and its place among that chapter's blocks of the same scene (from 1). */
  anchor: string;
  nth: number;
  state: unknown;
  /** The block's steps as the chapter check recorded them (the key SceneScrolly.astro is given). */
  steps: string;
  /** double-11-map-wechat-pay-en: scene, chapter (and place), edition. */
  name: string;
}

const cache = new Map<Lang, Promise<Block[]>>();

/** Every block of an edition's chapters, in reading order. */
export function editionBlocks(lang: Lang): Promise<Block[]> {
  let blocks = cache.get(lang);
  if (!blocks) cache.set(lang, (blocks = collect(lang)));
  return blocks;
}

async function collect(lang: Lang): Promise<Block[]> {
  const blocks: Block[] = [];
  for (const chapter of await editionChapters(lang)) {
    const { remarkPluginFrontmatter } = await render(chapter);
    const seen = new Map<SceneId, number>();
    for (const { scene, steps } of checkedScrollies(remarkPluginFrontmatter)) {
      const nth = (seen.get(scene) ?? 0) + 1;
      seen.set(scene, nth);
      const anchor = chapter.data.anchor;
      const name = [STORY_SLUG, scene, anchor, ...(nth > 1 ? [String(nth)] : []), lang].join('-');
      blocks.push({ scene, lang, anchor, nth, state: steps.at(-1), steps: JSON.stringify(steps), name });
    }
  }
  return blocks;
}

/** Where a picture is served, under the configured base. */
export function pictureHref(file: string, base: string = import.meta.env.BASE_URL): string {
  return `${base}images/${file}`;
}

export const cardFile = (name: string) => `${name}-card.png`;
export const storyCardFile = (lang: Lang) => `${STORY_SLUG}-${lang}-card.png`;

/** A block's pictures by kind, as file names under images/. */
export interface PictureFiles {
  card: string;
  png: string;
  svg: string;
}

export const pictureFiles = (block: Pick<Block, 'name'>): PictureFiles => ({ card: cardFile(block.name), png: `${block.name}.png`, svg: `${block.name}.svg` });

/** The block a <Scrolly> of `scene` with these steps is (SceneScrolly.astro gets its steps as this JSON). */
export async function findBlock(lang: Lang, scene: string, steps: string): Promise<Block | undefined> {
  return (await editionBlocks(lang)).find((block) => block.scene === scene && block.steps === steps);
}

/** The block whose last state is `state`: what an older address, showing several blocks' steps, draws by default. */
export async function blockEndingAt(lang: Lang, scene: string, state: unknown): Promise<Block | undefined> {
  return (await editionBlocks(lang)).find((block) => block.scene === scene && JSON.stringify(block.state) === JSON.stringify(state));
}

/** The block an embed page shows: its own, or for an older per-scene address, the block whose end it shows. */
export async function embedBlock(embed: { lang: Lang; scene: string; steps: unknown[] }): Promise<Block | undefined> {
  return (await findBlock(embed.lang, embed.scene, JSON.stringify(embed.steps))) ?? (await blockEndingAt(embed.lang, embed.scene, embed.steps.at(-1)));
}
