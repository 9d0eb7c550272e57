import { satteri } from '@astrojs/markdown-satteri';
import { storyPlugin } from './story-plugin';

/** The Markdown processor the site compiles chapters with; tests compile fixtures through it too. */
export const storyProcessor = () => satteri({ mdastPlugins: [storyPlugin] });
