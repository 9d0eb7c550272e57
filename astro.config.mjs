// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { storyProcessor } from './src/authoring/processor.ts';
import { hosting } from './src/hosting/integration.ts';
import { PAGE_DIRECTIVES } from './src/hosting/policy.ts';
import { FOLD_CONTENTS_HASH } from './src/story/fold-contents.ts';
import { PORT, SITE } from './tests/support/local-site.mjs';

/*
 * Where the story is published. A newsroom serving it under a sub-path sets both, e.g.
 * STORY_SITE=https://news.example.org STORY_BASE=/graphics/double-11/ npm run build
 * Without STORY_SITE the site is where this machine serves it (http://127.0.0.1:$STORY_PORT).
 */
const base = process.env.STORY_BASE ?? '/';

export default defineConfig({
  site: SITE,
  base,
  server: { port: PORT },
  trailingSlash: 'always',
  outDir: process.env.STORY_OUT ?? './dist',
  // Separate caches let the tests build fixture chapters beside the real story.
  cacheDir: process.env.STORY_CACHE ?? './node_modules/.astro',
  markdown: { processor: storyProcessor(), syntaxHighlight: false },
  integrations: [mdx(), hosting()],
  // Astro adds the hashes of the scripts and styles it bundles; the rest of the policy is src/hosting/policy.ts.
  security: { csp: { directives: [...PAGE_DIRECTIVES], scriptDirective: { hashes: [FOLD_CONTENTS_HASH] } } },
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
