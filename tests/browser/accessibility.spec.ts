import { axeViolations, BUILT, expect, scenesReady, settled, test } from './fixtures';
import { expectLoadedWithoutJumps, expectTextInTypeScale, recordShifts } from './page-checks';

/*
 * axe (WCAG 2.0–2.2 A and AA) once per distinct state of each page the build made, with its scenes
 * ready and at rest. The story: light at a phone's, a tablet's and a desktop's width, dark on a
 * desktop and a phone, and read to its end (only the charts and the furniture beside them change).
 * Each embed in the light theme on a desktop; each scene's first embed address, per edition, also on
 * a phone and in the dark (a chapter's embed of the same scene differs only in its steps, which the
 * desktop run judges). A state a scene test makes (bars half revealed, a map zoomed with its tooltip
 * open) is judged in that scene's spec.
 *
 * The desktop's light load, the first (the browser's cache empty, as a new reader's), also serves the
 * checks every page gets at that size (with every-page.spec.ts's at a phone's): it names its
 * language, nothing jumps while it loads, and every text keeps to the type scale.
 */
/** `/embed/map/`, `/en/embed/timer/`: one per scene and edition, unlike `/embed/wechat-pay/map/`. */
const firstOfScene = (path: string) => /\/embed\/[a-z]+\/$/.test(path);

/** A state axe judges: the window and scheme the page is loaded in, and whether the reader went to its end. */
type State = { width?: number; colorScheme: 'light' | 'dark'; end?: boolean };

for (const path of [...BUILT.stories, ...BUILT.embeds, ...BUILT.codes]) {
  const story = BUILT.stories.includes(path);
  const states: State[] = [
    ...(story ? [1280, 320, 768] : firstOfScene(path) ? [1280, 320] : [1280]).map((width) => ({ width, colorScheme: 'light' as const })),
    ...(story ? [1280, 375] : firstOfScene(path) ? [1280] : []).map((width) => ({ width, colorScheme: 'dark' as const })),
    // Read to its end in the project's desktop window: only the charts and the furniture beside them change.
    ...(story ? (['light', 'dark'] as const).map((colorScheme) => ({ colorScheme, end: true })) : []),
  ];
  const named = ({ width, colorScheme, end }: State) => (end ? `in the charts and the page's furniture at the end of the story, in the ${colorScheme} scheme` : `at ${width}px in the ${colorScheme} scheme`);
  /** The first state, loaded with the browser's cache empty: the desktop's, in the light scheme. */
  const coldDesktop = (state: State) => state === states[0];

  // One page loads the address afresh in each state: its renderer then compiles axe once, not once a state.
  test(`axe finds no violations on ${path} ${states.map(named).join('; ')}; at 1280px it names its language, nothing jumps while it loads, and every text is in the type scale`, async ({ openPage }) => {
    // axe over a whole page (the story holds two maps of ~180 paths each), in up to seven states, is slow on a busy machine.
    test.slow();
    if (story) test.setTimeout(test.info().timeout * 2);
    const page = await openPage();
    await recordShifts(page);
    const desktop = page.viewportSize()!;
    for (const state of states) {
      await test.step(named(state), async () => {
        // A blank page between loads: the next one starts at its top, as a fresh load does.
        await page.goto('about:blank');
        await page.setViewportSize(state.width ? { width: state.width, height: 800 } : desktop);
        await page.emulateMedia({ colorScheme: state.colorScheme });
        await page.goto(path);
        if (coldDesktop(state)) {
          await expectLoadedWithoutJumps(page);
          expect(await page.locator('html').getAttribute('lang')).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN');
        }
        await scenesReady(page);
        // The story follows the reader's scheme; an embed may keep its light theme inside a host page.
        if (story && state.colorScheme === 'dark' && !state.end) expect.soft(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), named(state)).toBe('rgb(20, 20, 20)');
        if (state.end) {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await settled(page);
        }
        expect.soft(await axeViolations(page, state.end ? 'figure[data-scene], nav, [data-reading-progress]' : undefined), named(state)).toEqual([]);
        if (coldDesktop(state)) await expectTextInTypeScale(page);
      });
    }
  });
}

test('the axe check names each broken rule it is shown, in the page and in a frame of the same origin', async ({ openPage }) => {
  // Two axe runs over a page and a frame, each frame judged in full (none skipped): slow on a busy machine.
  test.slow();
  // The story's own policy allows no frames (frame-src 'none'): a host page's would.
  const page = await openPage({ bypassCSP: true });
  await page.goto('/embed/trust/');
  await page.evaluate(async () => {
    document.querySelector('h1')!.style.color = '#eee';
    const frame = document.createElement('iframe');
    frame.title = 'another chart';
    frame.src = '/embed/timer/';
    document.body.append(frame);
    await new Promise((loaded) => frame.addEventListener('load', loaded));
    frame.contentDocument!.body.append(frame.contentDocument!.createElement('img'));
  });
  expect(await axeViolations(page)).toEqual(['color-contrast: #chart-trust-title', 'image-alt: iframe img']);
  // Only the part asked about is judged.
  expect(await axeViolations(page, 'iframe')).toEqual(['image-alt: iframe img']);
});
