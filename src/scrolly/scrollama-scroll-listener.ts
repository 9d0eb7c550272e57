/*
 * scrollama 3.2 adds a scroll listener to the document at every setup() and never removes it
 * (node_modules/scrollama/src/scroll.js): the engine sets up one scrollama per block as the block
 * comes near, so after a full read every scroll event called one listener per block, all doing the
 * same thing (noting the scroll direction in the module's shared state). This build step makes
 * setupScroll add its listener once per page (once per container, should one ever be given), and
 * leaves the rest of scrollama as it is.
 */

/** The file of scrollama this changes, as Vite names it (a path, maybe with a query). */
const FILE = /[\\/]node_modules[\\/]scrollama[\\/]src[\\/]scroll\.js(\?|$)/;

const LISTEN = 'document.addEventListener("scroll", () => onScroll(container));';
const LISTEN_ONCE = `if (listening.has(container)) return;
	listening.add(container);
	${LISTEN}`;

/**
 * scroll.js with its listener added once per container. Throws, naming the file, when the text to
 * change is not there exactly once: a scrollama that changed its code must be looked at again,
 * not built with the listeners growing again unseen.
 */
export function listenOnce(code: string, file = 'scrollama/src/scroll.js'): string {
  if (code.split(LISTEN).length !== 2) {
    throw new Error(`${file}: expected scrollama 3.2's one \`${LISTEN}\` in setupScroll, to add it once per page; scrollama has changed, see src/scrolly/scrollama-scroll-listener.ts`);
  }
  return `const listening = new Set();\n${code.replace(LISTEN, LISTEN_ONCE)}`;
}

/** The Vite plugin that applies `listenOnce`, in the dev server and the build alike. */
export function scrollamaScrollListener() {
  return {
    name: 'story:scrollama-scroll-listener',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      return FILE.test(id) ? { code: listenOnce(code, id), map: null } : undefined;
    },
  };
}
