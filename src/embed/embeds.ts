import { render } from 'astro:content';
import { checkedScrollies } from '../authoring/scrollies';
import type { Lang } from '../i18n/lang';
import { SCENE_IDS, SCENES, type SceneDefinition, type SceneId } from '../scenes/registry';
import { editionChapters } from '../story/chapters';
import { resolveControls, type ResolvedControls } from './spec';

/** One chart's embed page: the scene, the chapter it comes from, and that chapter's checked steps. */
export interface Embed {
  scene: SceneId;
  lang: Lang;
  title: string;
  chapter: { title: string; anchor: string };
  steps: unknown[];
  controls: ResolvedControls;
}

const cache = new Map<Lang, Promise<Embed[]>>();

/**
 * Every registered scene that an edition's chapters show, each with the steps of the first
 * <Scrolly> that shows it, as the chapter check recorded them. A scene no chapter shows yet has
 * no embed page: there would be no state to draw nor a chapter to link to.
 */
export function editionEmbeds(lang: Lang): Promise<Embed[]> {
  let embeds = cache.get(lang);
  if (!embeds) cache.set(lang, (embeds = collect(lang)));
  return embeds;
}

async function collect(lang: Lang): Promise<Embed[]> {
  const found = new Map<SceneId, Embed>();
  for (const chapter of await editionChapters(lang)) {
    const { remarkPluginFrontmatter } = await render(chapter);
    for (const { scene, steps } of checkedScrollies(remarkPluginFrontmatter)) {
      if (found.has(scene)) continue;
      const spec = (SCENES[scene] as SceneDefinition).embed;
      found.set(scene, {
        scene,
        lang,
        title: spec?.title?.(lang) ?? chapter.data.title,
        chapter: { title: chapter.data.title, anchor: chapter.data.anchor },
        steps,
        controls: resolveControls(spec?.controls, steps, lang),
      });
    }
  }
  return SCENE_IDS.flatMap((scene) => found.get(scene) ?? []);
}
