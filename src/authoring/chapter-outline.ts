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
  // The check records into Astro's compile data; seed the same shape Astro gives it.
  const astro = { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  mdxToJs(source, { mdastPlugins: [storyPlugin], fileURL: pathToFileURL(resolve(file)), data: { astro } });
  return checkedScrollies(frontmatter);
}
