import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { storyPlugin, type ScrollyOutline } from './story-plugin';

/**
 * A chapter's scroll blocks and their checked step states, read by compiling its text through the
 * very check the build uses. `file` is the chapter's path from the project root.
 */
export function chapterOutline(source: string, file: string): ScrollyOutline[] {
  const { data } = mdxToJs(source, { mdastPlugins: [storyPlugin], fileURL: pathToFileURL(resolve(file)) });
  return (data.scrollies as ScrollyOutline[] | undefined) ?? [];
}
