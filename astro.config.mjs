// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { dataReload } from './src/authoring/data-reload.ts';
import { devClient } from './src/authoring/dev-client.ts';
import { storyProcessor } from './src/authoring/processor.ts';
import { EMBED_THEME_HASH } from './src/embed/theme-hash.ts';
import { hosting } from './src/hosting/integration.ts';
import { PAGE_DIRECTIVES } from './src/hosting/policy.ts';
import { publishTarget } from './src/hosting/publish-target.ts';
import { scrollamaScrollListener } from './src/scrolly/scrollama-scroll-listener.ts';
import { FOLD_CONTENTS_HASH } from './src/story/fold-contents.ts';
import { LOCAL_SITE, PORT } from './tests/support/local-site.mjs';

/*
 * Where the story is published, path included:
 * STORY_SITE=https://news.example.org/graphics/double-11/ npm run build:publish
 * Without STORY_SITE the build is a preview for this machine (http://127.0.0.1:$STORY_PORT) and says
 * so; a build to publish (STORY_PUBLISH=1) refuses to run without it (src/hosting/publish-target.ts).
 */
const { site, base, notice } = publishTarget(process.env, LOCAL_SITE);

/*
 * Vite wraps every dynamic import in a helper that first fetches the imported module's own
 * dependencies (and CSS) beside it, and ships that helper with the page however the build is set.
 * The story's dynamic imports are its scene clients, each needing only what the page has already
 * loaded, so the helper only ever costs bytes: with module preloading off (build.modulePreload)
 * it is given no dependencies to fetch, and this replaces it with a plain call.
 */
function noPreloadHelper() {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'story:no-preload-helper',
    enforce: /** @type {const} */ ('pre'),
    apply: /** @type {const} */ ('build'),
    load: (/** @type {string} */ id) => (id === helper ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

export default defineConfig({
  site,
  base,
  server: { port: PORT },
  trailingSlash: 'always',
  outDir: process.env.STORY_OUT ?? './dist',
  // Separate caches let the tests build fixture chapters beside the real story.
  cacheDir: process.env.STORY_CACHE ?? './node_modules/.astro',
  markdown: { processor: storyProcessor(), syntaxHighlight: false },
  // A preview build is the normal local case, so it is said as information, not a warning; a build
  // for publishing without STORY_SITE fails instead (src/hosting/publish-target.ts).
  integrations: [{ name: 'publish-target', hooks: { 'astro:build:start': ({ logger }) => void (notice && logger.info(notice)) } }, mdx(), hosting(), dataReload(), devClient()],
  // Astro adds the hashes of the scripts and styles it bundles; the rest of the policy is src/hosting/policy.ts.
  security: { csp: { directives: [...PAGE_DIRECTIVES], scriptDirective: { hashes: [FOLD_CONTENTS_HASH, EMBED_THEME_HASH] } } },
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: {
    resolve: {
      // scrollama's package points bundlers at its UMD build (its "browser" field), which Vite wraps
      // in a CommonJS shim; its own ES modules need neither.
      alias: [{ find: /^scrollama$/, replacement: 'scrollama/index.js' }],
    },
    // scrollama adds a document scroll listener at every setup, one per block after a full read: once
    // per page instead, in the build and in the dev server, which bundles scrollama beforehand.
    plugins: [noPreloadHelper(), scrollamaScrollListener()],
    optimizeDeps: { rolldownOptions: { plugins: [scrollamaScrollListener()] } },
    build: {
      modulePreload: false,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks each chapter's module with its own "use astro:head-inject" directive, reads
          // it before bundling, and Rolldown then warns, once per chapter, that it may not keep it:
          // withastro/astro#18087. Nothing a journalist or we can act on; every other warning stays.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
