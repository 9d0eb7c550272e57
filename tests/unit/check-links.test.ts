import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function site(pages: Record<string, string>) {
  const dist = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), html);
  }
  const run = spawnSync(process.execPath, ['tests/support/check-links.mjs', dist, '/'], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout };
}

describe('the link crawl of the built site', () => {
  it('passes links to built pages and existing anchors', () => {
    const result = site({ 'index.html': '<a href="/en/#top">x</a>', 'en/index.html': '<h1 id="top">x</h1>' });
    expect(result.output).toContain('1 internal links and anchors in 2 pages, 0 broken');
    expect(result.status).toBe(0);
  });

  it('fails on a page that was not built and on a missing anchor', () => {
    const result = site({ 'index.html': '<a href="/nowhere/">x</a> <a href="#gone">y</a>' });
    expect(result.status).toBe(1);
    expect(result.output).toContain('href="/nowhere/" leads nowhere');
    expect(result.output).toContain('href="#gone" names no anchor on its page');
  });
});
