import { describe, expect, it } from 'vitest';
import type { BuiltSite } from '../../src/hosting/header-rules';
import { headersFile, nginxConfig } from '../../src/hosting/host-config';
import { CACHE, FRAMES, PAGE_DIRECTIVES } from '../../src/hosting/policy';

const meta = `${[...PAGE_DIRECTIVES, FRAMES.none].join('; ')}; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def=';`;

function site(base: string): BuiltSite {
  return {
    base,
    files: ['index.html', 'embed/timer/index.html', '_astro/mount.Ab12.js', 'embed.js', 'data/timer.csv', 'share.png'],
    pages: [
      { path: base, file: 'index.html', kind: 'story', metaPolicy: meta },
      { path: `${base}embed/timer/`, file: 'embed/timer/index.html', kind: 'embed', metaPolicy: meta },
    ],
  };
}

/** The `_headers` file as { path: { header: value } }. */
function parseHeaders(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> = {};
  for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
    if (!line.startsWith(' ')) rules.set(line, (current = {}));
    else current[line.trim().split(': ')[0]] = line.trim().split(': ').slice(1).join(': ');
  }
  return rules;
}

describe('the host configurations written from the policy', () => {
  it('give each page its own hashes with the frame-ancestors of its kind, in both formats', () => {
    const rules = parseHeaders(headersFile(site('/')));
    expect(rules.get('/')!['Content-Security-Policy']).toBe(`${meta.slice(0, -1)}; frame-ancestors 'self'`);
    expect(rules.get('/embed/timer/')!['Content-Security-Policy']).toMatch(/sha256-abc=.*; frame-ancestors \*$/);
    const nginx = nginxConfig(site('/'));
    expect(nginx).toContain(`location = /index.html {`);
    expect(nginx).toMatch(/location = \/embed\/timer\/index\.html \{[^}]*frame-ancestors \*" always;/);
  });

  it('name every published file once in _headers, so a host merging matches never doubles a header', () => {
    const rules = parseHeaders(headersFile(site('/')));
    const matching = (file: string) => [...rules.keys()].filter((path) => (path.endsWith('*') ? `/${file}`.startsWith(path.slice(0, -1)) : path === `/${file}`.replace(/index\.html$/, '')));
    for (const file of site('/').files) expect(matching(file), file).toHaveLength(1);
    expect(rules.get('/_astro/*')!['Cache-Control']).toBe(CACHE.hashed);
    expect(rules.get('/data/timer.csv')!['Cache-Control']).toBe(CACHE.named);
    expect(rules.get('/embed.js')!['Access-Control-Allow-Origin']).toBe('*');
  });

  it('put every location under a sub-path base', () => {
    const nginx = nginxConfig(site('/graphics/double-11/'));
    const locations = [...nginx.matchAll(/^location (?:[=^~]+ )?(\S+) \{/gm)].map((m) => m[1]);
    expect(locations.length).toBeGreaterThan(4);
    for (const location of locations) expect(location.startsWith('/graphics/double-11/'), location).toBe(true);
    expect([...parseHeaders(headersFile(site('/graphics/double-11/'))).keys()].every((path) => path.startsWith('/graphics/double-11/'))).toBe(true);
  });

  it('refuse a header value nginx would read as a variable', () => {
    const bad = site('/');
    bad.pages[0].metaPolicy = "script-src 'self' $evil";
    expect(() => nginxConfig(bad)).toThrow(/cannot contain "\$"/);
  });
});
