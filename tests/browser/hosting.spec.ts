import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../../bench/pages.mjs';
import { FIXTURE_PORT } from '../support/local-site.mjs';
import { serveWithNginx } from '../support/nginx.mjs';
import { CACHE, headerPolicy, SECURITY_HEADERS, TEXT_EXTENSIONS, type PageKind } from '../../src/hosting/policy';

/*
 * The site as the shipped nginx configuration serves it (tests/support/nginx.mjs runs Debian's
 * nginx with dist/_nginx.conf): every kind of file carries the policy's headers, hashed assets are
 * cached for good, text comes from the precompressed copies, and the header CSP is in force.
 */
const dist = process.env.STORY_OUT ?? 'dist';
const { stories, embeds, codes } = builtPages(dist);

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dist, dir, prefix)).flatMap((name) => {
    const file = join(prefix, name);
    return statSync(join(dist, dir, file)).isDirectory() ? filesUnder(dir, file) : [join(dir, file)];
  });
}
// Every file a reader can ask for: not the compressed copies, nor the host configurations.
const published = filesUnder('')
  .filter((file) => !/\.(gz|br)$/.test(file))
  .filter((file) => !file.startsWith('_') || file.startsWith('_astro/'));
const hashed = published.filter((file) => file.startsWith('_astro/'));

/** The response's bytes as they came over the wire, before any decoding. */
function rawGet(url: string, encoding: string): Promise<{ headers: Record<string, string | string[] | undefined>; bytes: number }> {
  return new Promise((done, fail) => {
    httpRequest(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => done({ headers: response.headers, bytes }));
    })
      .on('error', fail)
      .end();
  });
}

/** The CSP in the page's own <meta>, as the build wrote it. */
async function metaPolicy(page: Page): Promise<string> {
  return (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
}

test.describe('served by nginx with the shipped configuration', () => {
  // A code page gives an embed's snippet; it is the story's own page, which nobody needs to frame.
  for (const [kind, paths] of [['story', [...stories, ...codes]], ['embed', embeds]] as [PageKind, string[]][]) {
    test(`every ${kind} page carries the policy: the <meta> CSP with its frame-ancestors as a header, and the security and cache headers`, async ({ page }) => {
      test.slow();
      // A header the browser cannot read (an unknown feature, a directive out of place) it reports in the console.
      const complaints: string[] = [];
      page.on('console', (message) => /Permissions-Policy|Content.Security.Policy/i.test(message.text()) && complaints.push(message.text()));
      for (const path of paths) {
        const response = (await page.goto(path))!;
        const headers = response.headers();
        expect(headers['content-security-policy'], path).toBe(headerPolicy(await metaPolicy(page), kind));
        expect(headers['content-security-policy']).toContain(kind === 'story' ? "frame-ancestors 'self'" : 'frame-ancestors *');
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
        expect(headers['cache-control'], path).toBe(CACHE.named);
        expect(headers['x-frame-options'], path).toBeUndefined();
      }
      expect(complaints).toEqual([]);
    });
  }

  test('hashed assets are immutable and readable from any origin; other files revalidate; every file has the security headers', async ({ request }) => {
    expect(hashed.length).toBeGreaterThan(0);
    for (const file of published) {
      const response = await request.get(`/${file}`);
      expect(response.status(), file).toBe(200);
      const headers = response.headers();
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${file} ${name}`).toBe(value);
      expect(headers['cache-control'], file).toBe(file.startsWith('_astro/') ? CACHE.hashed : CACHE.named);
      if (file.endsWith('.js')) expect(headers['access-control-allow-origin'], file).toBe('*');
      if (file.endsWith('.csv')) expect(headers['content-type'], file).toBe('text/csv; charset=utf-8');
    }
  });

  test('text is sent from the precompressed copy the reader accepts, byte for byte', async ({ baseURL }) => {
    const text = published.filter((file) => TEXT_EXTENSIONS.some((extension) => file.endsWith(extension)));
    expect(text.length).toBeGreaterThan(10);
    for (const file of text) {
      const url = `${baseURL}/${file}`;
      const raw = statSync(join(dist, file)).size;
      const plain = await rawGet(url, 'identity');
      expect([plain.headers['content-encoding'], plain.bytes], file).toEqual([undefined, raw]);
      for (const [accepted, encoding, suffix] of [['gzip', 'gzip', '.gz'], ['br', 'br', '.br'], ['gzip, deflate, br', 'br', '.br']]) {
        const copy = join(dist, `${file}${suffix}`);
        const sent = await rawGet(url, accepted);
        expect(sent.headers.vary, file).toBe('Accept-Encoding');
        // A copy is written only when it is smaller; without one, the file goes as it is.
        const expected = statSync(copy, { throwIfNoEntry: false });
        expect([sent.headers['content-encoding'], sent.bytes], `${file} as ${accepted}`).toEqual(expected ? [encoding, expected.size] : [undefined, raw]);
        if (expected) expect(expected.size).toBeLessThan(raw);
      }
    }
    expect(statSync(join(dist, 'index.html.br')).size, 'the story page is precompressed').toBeLessThan(statSync(join(dist, 'index.html')).size / 4);
  });

  test('the host configurations are not served', async ({ request }) => {
    for (const file of ['_nginx.conf', '_headers']) {
      expect(readFileSync(join(dist, file), 'utf8')).toContain('src/hosting/policy.ts');
      expect((await request.get(`/${file}`)).status(), file).toBe(404);
    }
  });
});

test.describe('the header CSP in force', () => {
  // The framing page, on a second loopback origin (Chromium lets only a local page frame a local one).
  let host: Server;
  let framing = '';
  test.beforeAll(async () => {
    host = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(framing));
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  });
  test.afterAll(() => new Promise<void>((done) => host.close(() => done())));

  /** Opens a page on the other origin framing `src`; returns what the console said of frame-ancestors. */
  async function framedElsewhere(page: Page, src: string, sandbox?: string) {
    framing = `<!doctype html><title>host</title><iframe src="${src}" ${sandbox ? `sandbox="${sandbox}"` : ''} width="600" height="600"></iframe>`;
    const refused: string[] = [];
    page.on('console', (message) => message.text().includes('frame-ancestors') && refused.push(message.text()));
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    return { refused, frame: page.frames().find((frame) => frame !== page.mainFrame())! };
  }

  test('another site cannot frame the story, but may frame an embed', async ({ page, context, baseURL }) => {
    test.slow();
    const story = await framedElsewhere(page, `${baseURL}/`);
    await expect.poll(() => story.refused.length).toBeGreaterThan(0);
    expect(story.refused[0]).toContain("frame-ancestors 'self'");
    expect(await story.frame.locator('[data-scrolly]').count()).toBe(0);

    const embed = await framedElsewhere(await context.newPage(), `${baseURL}${embeds[0]}`);
    await embed.frame.waitForSelector('[data-embed][data-ready]', { state: 'attached' });
    expect(embed.refused).toEqual([]);
  });

  test('an embed framed in a sandbox that allows scripts only still runs its module scripts', async ({ page, baseURL }) => {
    test.slow();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    const embed = await framedElsewhere(page, `${baseURL}${embeds[0]}`, 'allow-scripts');
    await embed.frame.waitForSelector('[data-embed][data-ready]', { state: 'attached' });
    expect(failed).toEqual([]);
  });
});

test.describe('a chapter that hot-links another site (the chapter checks bypassed)', () => {
  // The build refuses such a chapter, so the built pages are given its markup afterwards: whatever
  // the way it got in, the policy the host sends must keep the reader's browser from fetching it.
  const hotlinks = readFileSync('tests/fixtures/third-party/hotlinks.html', 'utf8');
  const pages = ['index.html', 'embed/timer/index.html'];
  let scratch = '';
  let server: Awaited<ReturnType<typeof serveWithNginx>>;
  // One copy and one server on FIXTURE_PORT, so these tests share a worker.
  test.describe.configure({ mode: 'serial' });
  test.beforeAll(async () => {
    // Made here, not as the file loads: every worker loads it, and only one runs these tests.
    scratch = mkdtempSync(join(tmpdir(), 'story-third-party-'));
    chmodSync(scratch, 0o755); // for nginx's worker
    cpSync(dist, join(scratch, 'dist'), { recursive: true });
    for (const page of pages) {
      const file = join(scratch, 'dist', page);
      writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', `${hotlinks}</main>`));
      for (const copy of ['.gz', '.br']) rmSync(`${file}${copy}`, { force: true });
    }
    server = await serveWithNginx(join(scratch, 'dist'), FIXTURE_PORT);
  });
  test.afterAll(async () => {
    await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  for (const page of pages) {
    test(`${page} asks no other host for anything: the CSP blocks each and reports it`, async ({ page: tab }) => {
      test.slow();
      // Anything that got past the policy would reach the network here, where it is counted.
      const escaped: string[] = [];
      await tab.route((url) => url.host !== `127.0.0.1:${FIXTURE_PORT}`, (route) => {
        escaped.push(route.request().url());
        return route.abort();
      });
      await tab.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { violations: string[] }).violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
      });
      await tab.goto(`${server.url}${page.replace(/index\.html$/, '')}`);
      await expect(tab.locator('iframe[src^="https://video.example/"]')).toHaveCount(1);
      await tab.waitForLoadState('networkidle');
      await expect
        .poll(() => tab.evaluate(() => [...new Set((window as unknown as { violations: string[] }).violations)].sort()))
        // A blocked frame is reported by its origin only.
        .toEqual(['frame-src https://video.example', 'img-src https://images.example/photo.jpg', 'img-src https://tracker.example/pixel.gif']);
      expect(escaped).toEqual([]);
    });
  }
});
