import { render } from 'astro:content';
import { checkedScrollies, placesInChapter } from '../authoring/scrollies';
import type { Lang } from '../i18n/lang';
import { editionPaths } from '../i18n/routes';
import { SCENE_IDS, SCENES, type SceneId } from '../scenes/registry';
import { editionChapters } from '../story/chapters';
import { FIRST_ADDRESSES } from './first-addresses';
import type { ResolvedControls } from './spec';
import { blockAddress } from './urls';

/**
 * One embed page: a scene, the chapter it comes from, and the steps it can show. Each scrolly
 * block has one at its own address (urls.ts blockAddress), showing that block's steps; the
 * addresses published before that (one per scene) live on as pages of their own (FIRST_ADDRESSES).
 */
export interface Embed {
  /** Its address under the edition's embed/: "wechat-pay/map", or "map" for a first address. */
  address: string;
  scene: SceneId;
  lang: Lang;
  title: string;
  chapter: { title: string; anchor: string };
  steps: unknown[];
  controls: ResolvedControls;
}

const cache = new Map<Lang, Promise<{ blocks: Embed[]; first: Embed[] }>>();

function embedsOf(lang: Lang) {
  let embeds = cache.get(lang);
  if (!embeds) cache.set(lang, (embeds = collect(lang)));
  return embeds;
}

/** Every scrolly block of an edition, in reading order, each as the embed at its own address. */
export async function blockEmbeds(lang: Lang): Promise<Embed[]> {
  return (await embedsOf(lang)).blocks;
}

/** The pages at the addresses first published (/embed/<scene>/), for the scenes the edition still shows. */
export async function firstAddressEmbeds(lang: Lang): Promise<Embed[]> {
  return (await embedsOf(lang)).first;
}

const titleOf = (scene: SceneId, lang: Lang, chapterTitle: string) => SCENES[scene].embedTitle(lang) ?? chapterTitle;
const controlsOf = (scene: SceneId, steps: unknown[], lang: Lang) => SCENES[scene].embedControls(steps, lang);

async function collect(lang: Lang) {
  const blocks: Embed[] = [];
  for (const chapter of await editionChapters(lang)) {
    const { remarkPluginFrontmatter } = await render(chapter);
    const scrollies = checkedScrollies(remarkPluginFrontmatter);
    const places = placesInChapter(scrollies);
    scrollies.forEach(({ scene, steps }, i) => {
      blocks.push({
        address: blockAddress(chapter.data.anchor, scene, places[i]),
        scene,
        lang,
        title: titleOf(scene, lang, chapter.data.title),
        chapter: { title: chapter.data.title, anchor: chapter.data.anchor },
        steps,
        controls: controlsOf(scene, steps, lang),
      });
    });
  }
  return { blocks, first: firstAddresses(blocks, lang) };
}

/**
 * A first address shows, as it did when published, the steps of the blocks it was made of, end to
 * end, from that list alone: a chapter added since never joins it. Its blocks that a chapter no
 * longer has are left out; a scene with none left has no page there.
 */
function firstAddresses(blocks: Embed[], lang: Lang): Embed[] {
  return SCENE_IDS.flatMap((scene) => {
    const parts = (FIRST_ADDRESSES[scene] ?? []).flatMap((address) => blocks.filter((block) => block.address === address));
    if (!parts.length) return [];
    const steps = parts.flatMap((part) => part.steps);
    return { ...parts[0], address: scene, steps, controls: controlsOf(scene, steps, lang) };
  });
}

/**
 * The static paths of every page and file beside a block's embed (its page, its code page, its
 * oEmbed answer): /embed/wechat-pay/map/…, /en/embed/wechat-pay/map/…, each with its embed.
 */
export async function blockEmbedPaths() {
  const pages = await Promise.all(
    editionPaths().map(async ({ params, props }) =>
      (await blockEmbeds(props.lang)).map((embed) => {
        const [chapter, block] = embed.address.split('/');
        return { params: { ...params, chapter, block }, props: { embed } };
      }),
    ),
  );
  return pages.flat();
}
