import { createHash } from 'node:crypto';

/*
 * Phones fold the contents, leaving the first screen to the story. The script runs inline, as the
 * parser reaches the contents and before the first paint, so nothing below ever moves (no layout
 * shift); the markup stays open for readers without JS. Its hash is added to the page's CSP in
 * astro.config.mjs (Astro hashes the scripts it bundles, not inline ones).
 */
export const FOLD_CONTENTS = "if (matchMedia('(max-width: 720px)').matches) document.currentScript.previousElementSibling.open = false;";

export const FOLD_CONTENTS_HASH = `sha256-${createHash('sha256').update(FOLD_CONTENTS).digest('base64')}` as const;
