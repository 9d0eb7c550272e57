import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import Scrolly from './ScrollyWithoutEmbed.astro';
import Step from '../../src/scrolly/Step.astro';
import Fact from '../../src/story/Fact.astro';
import Literal from '../../src/story/Literal.astro';

/**
 * A chapter file compiled through the site's own MDX pipeline (the chapter check included) and
 * rendered with the components the story gives it, through Astro's Container API: what the story
 * page would show, without building the site.
 */
export async function renderChapter(file: string) {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const chapter = await import(/* @vite-ignore */ file);
  const html = await container.renderToString(chapter.default, { props: { components: { Scrolly, Step, Fact, Literal } } });
  return { html, frontmatter: chapter.frontmatter as unknown };
}
