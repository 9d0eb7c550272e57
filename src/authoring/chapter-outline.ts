import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { checkedScrollies, citingParagraphs, type CheckedScrolly, type CitingParagraph } from './scrollies';
import { storyPlugin } from './story-plugin';

export interface ChapterOutline {
  scrollies: CheckedScrolly[];
  /** Paragraphs outside the scroll blocks that cite facts. */
  prose: CitingParagraph[];
}

/**
 * A chapter's scroll blocks, their checked step states and the facts its prose cites, read by
 * compiling its text (the whole file, front matter included, so that lines are the file's) through
 * the very check the build uses. `file` is the chapter's path from the project root.
 */
export function chapterOutline(source: string, file: string): ChapterOutline {
  const frontmatter: Record<string, unknown> = {};
  // The check records into Astro's compile data; seed the same shape Astro gives it.
  const astro = { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  mdxToJs(source, { mdastPlugins: [storyPlugin], fileURL: pathToFileURL(resolve(file)), data: { astro } });
  return { scrollies: checkedScrollies(frontmatter), prose: citingParagraphs(frontmatter) };
}
