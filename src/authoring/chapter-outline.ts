import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { checkedScrollies, type CheckedScrolly } from './scrollies';
import { storyPlugin } from './story-plugin';

/**
 * A chapter's scroll blocks and their checked step states, read by compiling its text through the
 * very check the build uses. `file` is the chapter's path from the project root.
 */
export function chapterOutline(source: string, file: string): CheckedScrolly[] {
  const frontmatter: Record<string, unknown> = {};
  mdxToJs(source, { mdastPlugins: [storyPlugin], fileURL: pathToFileURL(resolve(file)), data: { astro: { frontmatter } } });
  return checkedScrollies(frontmatter);
}
