import { createHash } from 'node:crypto';
import { EMBED_THEME_SCRIPT } from './theme';

/* The inline theme script's hash, for the page's CSP in astro.config.mjs (Astro hashes the scripts it bundles, not inline ones). */
export const EMBED_THEME_HASH = `sha256-${createHash('sha256').update(EMBED_THEME_SCRIPT).digest('base64')}` as const;
