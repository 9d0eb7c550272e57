import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGS } from '../i18n/lang';
import { storyPath } from '../i18n/routes';
import type { BuiltPage, BuiltSite } from './header-rules';
import { HEADERS_FILE, headersFile, NGINX_FILE, nginxConfig } from './host-config';
import { FRAMES, PAGE_DIRECTIVES, type PageKind } from './policy';
import { precompress } from './precompress';

/** Every file the build made, relative to `root`: not the compressed copies, nor the host configurations. */
function builtFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !/\.(gz|br)$/.test(file) && file !== NGINX_FILE && file !== HEADERS_FILE)
    .sort();
}

const underEmbed = (path: string, base: string) => LANGS.some((lang) => path.startsWith(`${storyPath(lang, base)}embed/`));
/** An embed's code page (urls.ts codePath): the only page that frames anything (its preview), and a page of the story's, which no other site needs to frame. */
const isCodePage = (path: string, base: string) => underEmbed(path, base) && path.endsWith('/code/');

/** An embed page is framed by other sites; every other page, its code page included, is the story's. */
function kindOf(path: string, base: string): PageKind {
  return underEmbed(path, base) && !isCodePage(path, base) ? 'embed' : 'story';
}

const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** A page's <meta> policy, which must carry every directive of the policy: a header cannot be laxer than the page. */
function metaPolicy(root: string, file: string, frames: string): string {
  const html = readFileSync(join(root, file), 'utf8');
  const found = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!found) throw new Error(`${file}: the page has no Content-Security-Policy <meta> (security.csp in astro.config.mjs).`);
  const policy = decode(found[1]);
  const missing = [...PAGE_DIRECTIVES, frames].filter((directive) => !policy.split(';').some((part) => part.trim() === directive));
  if (missing.length) throw new Error(`${file}: its Content-Security-Policy <meta> lacks ${missing.join('; ')}.`);
  return policy;
}

function builtPages(root: string, files: string[], base: string): BuiltPage[] {
  return files
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const path = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
      return { path, file, kind: kindOf(path, base), metaPolicy: metaPolicy(root, file, isCodePage(path, base) ? FRAMES.self : FRAMES.none) };
    });
}

/**
 * After the build: writes the nginx configuration and the `_headers` file for this build's pages
 * (their policies carry this build's script and style hashes), then the precompressed copies.
 */
export function hosting(): AstroIntegration {
  let base = '/';
  return {
    name: 'story-hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = builtFiles(root);
        const site: BuiltSite = { base, files, pages: builtPages(root, files, base) };
        writeFileSync(join(root, NGINX_FILE), nginxConfig(site));
        writeFileSync(join(root, HEADERS_FILE), headersFile(site));
        const compressed = precompress(root, files);
        const total = (key: 'raw' | 'gzip' | 'brotli') => compressed.reduce((sum, file) => sum + (file[key] ?? file.raw), 0);
        logger.info(
          `${NGINX_FILE} and ${HEADERS_FILE} for ${site.pages.length} pages; ${compressed.length} text files precompressed: ` +
            `${total('raw')} bytes, ${total('gzip')} gzip, ${total('brotli')} brotli`,
        );
      },
    },
  };
}
