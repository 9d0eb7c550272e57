/*
 * What a host must send with the story, in one place: the Content-Security-Policy (as each page's
 * <meta> and as its header), the other security headers and the cache policy. The nginx server
 * block and the `_headers` file are generated from these at build (src/hosting/host-config.ts);
 * the browser suite runs against that nginx configuration and asserts these values.
 */

/**
 * Every page's policy beyond the script and style hashes Astro adds: the story loads nothing from
 * another host, draws no image from one (a hot-linked pixel or a chapter's stray <img> is blocked),
 * embeds no plugin, submits no form and cannot be re-based. What it may frame is FRAMES.
 */
export const PAGE_DIRECTIVES = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'none'"] as const;

/**
 * What a page may frame: nothing, but for an embed's code page, whose preview is the snippet
 * itself, framing the embed page from this site (each page adds its own: src/layouts/Page.astro).
 */
export const FRAMES = { none: "frame-src 'none'", self: "frame-src 'self'" } as const;

export type PageKind = 'story' | 'embed';

/**
 * Who may frame a page. A <meta> cannot say this (browsers ignore frame-ancestors there), so it
 * exists only in the header: the story only in itself, an embed page in anyone's article.
 */
export const FRAME_ANCESTORS: Record<PageKind, string> = {
  story: "frame-ancestors 'self'",
  embed: 'frame-ancestors *',
};

/** The header policy for a page whose <meta> policy is `metaPolicy`. */
export function headerPolicy(metaPolicy: string, kind: PageKind): string {
  const directives = metaPolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
  return [...directives, FRAME_ANCESTORS[kind]].join('; ');
}

/**
 * Features the story never uses, turned off for it and for anything it might ever frame. Left on:
 * clipboard-write, which "Copy link" and an embed's code page use. Only names Chromium knows: an
 * unknown one is an error in the reader's console.
 */
const UNUSED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Sent with every response. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // Links out to the sources tell them the site, never the reader's page within it.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': UNUSED_FEATURES.map((feature) => `${feature}=()`).join(', '),
} as const;

export const CACHE = {
  /** Files under _astro/ are named by their content's hash: a changed file is a new name. */
  hashed: 'public, max-age=31536000, immutable',
  /** Everything else keeps its name across builds (pages, CSV, PNG, embed.js): ask the host each time. */
  named: 'public, no-cache',
} as const;

/**
 * Embed pages framed in a sandbox with allow-scripts only have an opaque origin, so their module
 * scripts are fetched in CORS mode: the scripts must be readable by any origin. They are public
 * code, so nothing is lost.
 */
export const SCRIPT_CORS = { 'Access-Control-Allow-Origin': '*' } as const;

/** Built files worth precompressing, by extension: text. PNG is compressed already. */
export const TEXT_EXTENSIONS = ['.html', '.js', '.mjs', '.css', '.csv', '.svg', '.json', '.txt', '.xml', '.webmanifest'];

/** The content type of text files a host might not know (Debian's nginx serves .csv as a download). */
export const CONTENT_TYPES: Record<string, string> = { '.csv': 'text/csv' };
