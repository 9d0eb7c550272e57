import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { listenOnce } from '../../src/scrolly/scrollama-scroll-listener';

const SCROLL_JS = 'node_modules/scrollama/src/scroll.js';

/** scroll.js as the build ships it (listenOnce applied, or not), loaded as a module of its own. */
async function load(transform: (code: string) => string) {
  const file = join(mkdtempSync(join(tmpdir(), 'scroll-js-')), 'scroll.mjs');
  writeFileSync(file, transform(readFileSync(SCROLL_JS, 'utf8')));
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { setupScroll: (container?: unknown) => void };
}

/** A document that counts its scroll listeners. */
function countingDocument() {
  const listeners: string[] = [];
  (globalThis as { document?: unknown }).document = { addEventListener: (type: string) => listeners.push(type) };
  return listeners;
}

describe('scrollama’s scroll listener, once per page', () => {
  afterEach(() => delete (globalThis as { document?: unknown }).document);

  it('adds one document scroll listener however many blocks set up a scrollama', async () => {
    const listeners = countingDocument();
    const { setupScroll } = await load(listenOnce);
    for (let block = 0; block < 40; block++) setupScroll();
    expect(listeners).toEqual(['scroll']);
  });

  it('adds one per block without it: what the build step is for', async () => {
    const listeners = countingDocument();
    const { setupScroll } = await load((code) => code);
    for (let block = 0; block < 3; block++) setupScroll();
    expect(listeners).toEqual(['scroll', 'scroll', 'scroll']);
  });

  it('refuses, naming the file, a scroll.js that no longer adds its listener as scrollama 3.2 does', () => {
    expect(() => listenOnce('document.addEventListener("scroll", onScroll);', '/x/node_modules/scrollama/src/scroll.js')).toThrow(
      /\/x\/node_modules\/scrollama\/src\/scroll\.js: expected scrollama 3\.2's one/,
    );
  });
});
