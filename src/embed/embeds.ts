import { render } from 'astro:content';
import { checkedScrollies } from '../authoring/scrollies';
import type { Lang } from '../i18n/lang';
import { SCENE_IDS, SCENES, type SceneDefinition, type SceneId } from '../scenes/registry';
import { editionChapters } from '../story/chapters';
import { resolveControls, type ResolvedControls } from './spec';

/**
 * One chart's embed page: the scene, the chapter it first appears in, and the steps of every
 * <Scrolly> that shows it, in reading order, as the chapter check recorded them. A scene the
 * story shows twice (the map) is one chart on its own, told through both blocks' steps.
 */
export interface Embed {
  scene: SceneId;
  lang: Lang;
  title: string;
  chapter: { title: string; anchor: string };
  steps: unknown[];
  /** Each <Scrolly> showing the scene, as its steps' JSON and the index of its last step in `steps`. */
  blocks: { steps: string; last: number }[];
  controls: ResolvedControls;
}

const cache = new Map<Lang, Promise<Embed[]>>();

/**
 * Every registered scene that an edition's chapters show. A scene no chapter shows yet has no
 * embed page: there would be no state to draw nor a chapter to link to.
 */
export function editionEmbeds(lang: Lang): Promise<Embed[]> {
  let embeds = cache.get(lang);
  if (!embeds) cache.set(lang, (embeds = collect(lang)));
  return embeds;
}

async function collect(lang: Lang): Promise<Embed[]> {
  const found = new Map<SceneId, Omit<Embed, 'controls'>>();
  for (const chapter of await editionChapters(lang)) {
    const { remarkPluginFrontmatter } = await render(chapter);
    for (const { scene, steps } of checkedScrollies(remarkPluginFrontmatter)) {
      const embed = found.get(scene) ?? {
        scene,
        lang,
        title: (SCENES[scene] as SceneDefinition).embed?.title?.(lang) ?? chapter.data.title,
        chapter: { title: chapter.data.title, anchor: chapter.data.anchor },
        steps: [],
        blocks: [],
      };
      embed.steps.push(...steps);
      embed.blocks.push({ steps: JSON.stringify(steps), last: embed.steps.length - 1 });
      found.set(scene, embed);
    }
  }
  return SCENE_IDS.flatMap((scene) => {
    const embed = found.get(scene);
    if (!embed) return [];
    return { ...embed, controls: resolveControls((SCENES[scene] as SceneDefinition).embed?.controls, embed.steps, lang) };
  });
}

/**
 * The `?step=` (counted from 1) at which an embed shows what a reader of one <Scrolly> last saw:
 * none for the last block, whose end is the embed's default state.
 */
export function stepShownBy(embed: Embed, blockSteps: string): number | null {
  const block = embed.blocks.find((candidate) => candidate.steps === blockSteps);
  return block && block.last !== embed.steps.length - 1 ? block.last + 1 : null;
}
