/*
 * The proof that each scene's drawing is written once: for every step of every <Scrolly> in both
 * editions, the figure the build renders at that step (Astro's Container API) must equal what the
 * scene's client makes of the figure the page ships (the block's last step) after
 * mount().update(step, 1), in Chromium. Every attribute and text of the figure is compared; only
 * what depends on the reader's screen rather than the state (below) is left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../bench/chromium.mjs';
import { chapterOutline } from '../../src/authoring/chapter-outline';
import { LANGS } from '../../src/i18n/lang';
import SceneFigure from '../../src/scenes/SceneFigure.astro';
import { SCENE_IDS } from '../../src/scenes/registry';

/**
 * Written by the client for the screen it finds, not for the state: the map's sizing variables
 * (style) and its hatching's scale (patternTransform), and the trust bars' "no transition yet" flag.
 */
const RUNTIME = ['style', 'patterntransform', 'data-instant'];

/**
 * The figure's shape beside the text on a desktop, which the build's views assume (the map's 2:1).
 * The map's client measures the frame that clips the drawing (map/mount.ts), so that is what is sized.
 */
const DESKTOP = '.map__viewport { width: 720px } .map__svg { display: block; width: 100%; aspect-ratio: 2 / 1 }';

const blocks = LANGS.flatMap((lang) =>
  readdirSync(`content/${lang}`)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const file = `content/${lang}/${name}`;
      return chapterOutline(readFileSync(file, 'utf8'), file).scrollies.map((block) => ({ ...block, lang, file }));
    }),
);

let browser: Browser;
let page: Page;
const clients = new Map<string, string>();
let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const scene of SCENE_IDS) {
    const bundle = await build({
      stdin: { contents: `export { mount } from './src/scenes/${scene}/mount.ts';`, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      format: 'iife',
      globalName: 'sceneClient',
      write: false,
    });
    clients.set(scene, bundle.outputFiles[0].text);
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const render = (scene: string, lang: string, state: unknown) => container.renderToString(SceneFigure, { props: { scene, lang, state } });

/** Every element of the figure as one line: its tag, its attributes (sorted, runtime ones left out) and its own text. */
async function drawing(html: string, script: string, state: unknown, step: number | null): Promise<string[]> {
  await page.setContent(`<!doctype html><html><head><style>${DESKTOP}</style></head><body>${html}</body></html>`);
  if (step !== null) await page.addScriptTag({ content: script });
  return page.evaluate(
    async ({ state, mount, runtime }) => {
      const root = document.querySelector<HTMLElement>('[data-scene]')!;
      if (mount) {
        const client = (window as unknown as { sceneClient: { mount: (root: HTMLElement, data: unknown) => { update: (s: unknown, p: number) => void } } }).sceneClient;
        client.mount(root, JSON.parse(root.dataset.config ?? 'null')).update(state, 1);
        // A scene may draw part of its first state in a task of its own after the update (the map's view): it has done so after the next frame.
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      }
      return [root, ...root.querySelectorAll('*')].map((element) => {
        const attributes = [...element.attributes]
          .filter((attribute) => !runtime.includes(attribute.name.toLowerCase()))
          // A class list is a set: the order the build and the client give it says nothing.
          .map(({ name, value }) => `${name}="${name === 'class' ? value.split(/\s+/).sort().join(' ') : value}"`)
          .sort();
        const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
        return `<${element.localName} ${attributes.join(' ')}>${text}`;
      });
    },
    { state, mount: step !== null, runtime: RUNTIME },
  );
}

describe('each scene is drawn once: the build at any step equals the client at that step', () => {
  test('the story has blocks of every scene in both editions', () => {
    for (const lang of LANGS) expect(new Set(blocks.filter((block) => block.lang === lang).map((block) => block.scene))).toEqual(new Set(SCENE_IDS));
  });

  for (const block of blocks) {
    test(`${block.file}:${block.line} <Scrolly scene="${block.scene}">, ${block.steps.length} steps`, async () => {
      const shipped = await render(block.scene, block.lang, block.steps.at(-1));
      for (const [step, state] of block.steps.entries()) {
        const built = await drawing(await render(block.scene, block.lang, state), '', state, null);
        const client = await drawing(shipped, clients.get(block.scene)!, state, step);
        expect(client, `step ${step + 1} of ${block.steps.length}: ${JSON.stringify(state)}`).toEqual(built);
      }
    }, 120_000);
  }
});
