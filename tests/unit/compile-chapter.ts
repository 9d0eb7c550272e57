import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { mdxToJs } from 'satteri';
import { storyPlugin } from '../../src/authoring/story-plugin';

/** Compiles chapter text through the site's own chapter check, as if it were `file`. */
export function compileChapter(source: string, file = 'content/zh/99-test.mdx') {
  return mdxToJs(source, { mdastPlugins: [storyPlugin], fileURL: pathToFileURL(resolve(file)) }).code;
}
