import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { Lang } from '../i18n/lang';

/* The same Figure.astro the pages render, found the same way (src/scenes/SceneFigure.astro). */
const figures = import.meta.glob<{ default: AstroComponentFactory }>('../scenes/*/Figure.astro', { eager: true });

let container: Promise<AstroContainer> | undefined;

/** The markup a page serves for one scene at one state: the build's own drawing, as HTML. */
export async function figureMarkup(scene: string, lang: Lang, state: unknown): Promise<string> {
  const Figure = figures[`../scenes/${scene}/Figure.astro`]?.default;
  if (!Figure) throw new Error(`scene "${scene}" has no Figure.astro to draw a picture from`);
  container ??= AstroContainer.create();
  return (await container).renderToString(Figure, { props: { lang, state } });
}
