// Where a build's absolute URLs (embed snippets, canonical and og: links) point. A build to
// publish says so (STORY_PUBLISH=1, or `npm run build:publish`) and must name its site; any other
// build is a preview for this machine and says that its snippets point here.

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/i;
const HOW = 'set where the story will live, e.g. STORY_SITE=https://news.example.org/graphics/double-11/ npm run build:publish';

/** `localSite` is where this machine serves the story (http://127.0.0.1:$STORY_PORT). */
export function publishTarget(env: Record<string, string | undefined>, localSite: string): { site: string; base: string; notice?: string } {
  const publishing = env.STORY_PUBLISH === '1' || env.STORY_PUBLISH === 'true';
  const raw = env.STORY_SITE;
  if (!raw) {
    if (publishing) throw new Error(`A build to publish needs STORY_SITE: without it every snippet, canonical link and og: URL would say ${localSite}. ${HOW}`);
    return {
      site: localSite,
      base: env.STORY_BASE ?? '/',
      notice: `Preview build: its embed snippets, canonical and share links point at ${localSite}, this machine. To publish, ${HOW}`,
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`STORY_SITE="${raw}" is not a web address: ${HOW}`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`STORY_SITE="${raw}" must start with https:// (or http://): ${HOW}`);
  if (publishing && LOOPBACK.test(url.hostname)) throw new Error(`STORY_SITE="${raw}" is this machine, which no reader can reach: ${HOW}`);
  // A site with a path is where the story lives: that path is its base, unless STORY_BASE says the same.
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const base = env.STORY_BASE ?? path;
  const normalised = base.endsWith('/') ? base : `${base}/`;
  if (path !== '/' && normalised !== path) {
    throw new Error(`STORY_SITE's path (${path}) and STORY_BASE (${base}) differ: give the path once, in STORY_SITE (${url.origin}${normalised}), and leave STORY_BASE out`);
  }
  const site = url.origin;
  const notice = LOOPBACK.test(url.hostname) ? `Preview build: its embed snippets, canonical and share links point at ${site}, this machine. To publish, ${HOW}` : undefined;
  return { site, base, notice };
}
