import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './build-site';

/*
 * Published embed addresses are a promise. The story is built as it stands and again with one
 * more chapter holding a map block (tests/fixtures/extra-map-chapter): every snippet the first
 * build offered must be offered again, to the same address, and every embed page the first build
 * made must show the same thing (its <main>: the drawing, the steps it can show, its controls).
 */

const SITE = 'https://news.example';
const EDITIONS = ['', 'en/'];

const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The snippets an edition's story offers, in reading order: each on the code page its "Embed this chart" links to. */
function snippets(dist: string, edition: string): string[] {
  const html = readFileSync(join(dist, edition, 'index.html'), 'utf8');
  return [...html.matchAll(/<a href="([^"]+)"[^>]*data-embed-link/g)].map(([, href]) => {
    const code = readFileSync(join(dist, href, 'index.html'), 'utf8');
    return unescape(/<pre[^>]*data-snippet[^>]*>([^<]*)<\/pre>/.exec(code)![1]);
  });
}

/** What an embed page shows: its <main>, which holds the drawing, every step's state and the controls. */
function shown(dist: string, path: string): string {
  const file = join(dist, path, 'index.html');
  expect(existsSync(file), `${path} is built`).toBe(true);
  const html = readFileSync(file, 'utf8');
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
}

const srcPath = (snippet: string) => new URL(/src="([^"]+)"/.exec(snippet)![1]).pathname;

describe('an added chapter leaves every published embed as it was', () => {
  let before: string;
  let after: string;

  beforeAll(() => {
    const scratch = mkdtempSync(join(tmpdir(), 'story-content-'));
    cpSync('content', join(scratch, 'before'), { recursive: true });
    cpSync('content', join(scratch, 'after'), { recursive: true });
    cpSync('tests/fixtures/extra-map-chapter', join(scratch, 'after'), { recursive: true });
    const builds = ['before', 'after'].map((name) => buildSite({ STORY_CONTENT: join(scratch, name), STORY_SITE: SITE, STORY_BASE: '/' }, 280_000));
    for (const build of builds) expect(build.status, build.output).toBe(0);
    [before, after] = builds.map((build) => build.outDir);
  }, 600_000);

  it('offers every earlier snippet again, word for word, and one more for the new block', () => {
    for (const edition of EDITIONS) {
      const earlier = snippets(before, edition);
      const now = snippets(after, edition);
      expect(earlier.length).toBeGreaterThan(3);
      expect(now.slice(0, earlier.length)).toEqual(earlier);
      expect(now.slice(earlier.length).map(srcPath)).toEqual([`/${edition}embed/once-more/map/`]);
    }
  });

  it('shows the same at every earlier snippet’s address, and at every address first published', () => {
    const first = ['timer', 'map', 'trust'].map((scene) => `embed/${scene}/`);
    for (const edition of EDITIONS) {
      const paths = [...snippets(before, edition).map((snippet) => srcPath(snippet).slice(1)), ...first.map((path) => `${edition}${path}`)];
      for (const path of paths) expect(shown(after, path), path).toBe(shown(before, path));
    }
  });
});
