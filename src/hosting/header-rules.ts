import { hostScriptPath } from '../embed/urls';
import { CACHE, headerPolicy, SCRIPT_CORS, SECURITY_HEADERS, type PageKind } from './policy';

/*
 * The policy applied to one built site: which headers go with which URL. Both host configurations
 * (nginx, `_headers`) are written from these rules, so they cannot disagree.
 */

export interface BuiltPage {
  /** The page's URL path, e.g. /graphics/double-11/embed/timer/ */
  path: string;
  /** Its file under the output folder, e.g. embed/timer/index.html */
  file: string;
  kind: PageKind;
  /** The policy in the page's own <meta>, with the hashes of its scripts and styles. */
  metaPolicy: string;
}

export interface BuiltSite {
  /** The site's base path, with both slashes: / or /graphics/double-11/ */
  base: string;
  pages: BuiltPage[];
  /** Every published file, relative to the output folder, with / separators. */
  files: string[];
}

export type Headers = Record<string, string>;

export interface HeaderRule {
  /** A URL path: one file, or with `prefix` every URL under it. */
  path: string;
  prefix?: boolean;
  headers: Headers;
}

const named: Headers = { ...SECURITY_HEADERS, 'Cache-Control': CACHE.named };

/** The headers for the hashed assets, the host script, each page, and (last) everything else. */
export function headerRules(site: BuiltSite): { assets: HeaderRule; hostScript: HeaderRule; pages: (HeaderRule & { file: string })[]; rest: HeaderRule } {
  return {
    assets: { path: `${site.base}_astro/`, prefix: true, headers: { ...SECURITY_HEADERS, 'Cache-Control': CACHE.hashed, ...SCRIPT_CORS } },
    hostScript: { path: hostScriptPath(site.base), headers: { ...named, ...SCRIPT_CORS } },
    pages: site.pages.map((page) => ({ path: page.path, file: page.file, headers: { ...named, 'Content-Security-Policy': headerPolicy(page.metaPolicy, page.kind) } })),
    rest: { path: site.base, prefix: true, headers: named },
  };
}
