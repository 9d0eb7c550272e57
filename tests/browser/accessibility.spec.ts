import { axeViolations, BUILT, expect, expectNoAxeViolations, scenesReady, settled, test } from './fixtures';

/*
 * axe (WCAG 2.0–2.2 A and AA) once per distinct state of each page the build made, with its scenes
 * ready and at rest. The story: light at a phone's, a tablet's and a desktop's width, dark on a
 * desktop and a phone, and read to its end (only the charts and the furniture beside them change).
 * Each embed in the light theme on a desktop; each scene's first embed address, per edition, also on
 * a phone and in the dark (a chapter's embed of the same scene differs only in its steps, which the
 * desktop run judges). A state a scene test makes (bars half revealed, a map zoomed with its tooltip
 * open) is judged in that scene's spec.
 */
/** `/embed/map/`, `/en/embed/timer/`: one per scene and edition, unlike `/embed/wechat-pay/map/`. */
const firstOfScene = (path: string) => /\/embed\/[a-z]+\/$/.test(path);

for (const path of [...BUILT.stories, ...BUILT.embeds]) {
  const story = BUILT.stories.includes(path);
  test.describe(`axe on ${path}`, () => {
    // axe over a whole page (the story holds two maps of ~180 paths each) is slow on a busy machine.
    test.slow();

    const light = story ? [320, 768, 1280] : firstOfScene(path) ? [320, 1280] : [1280];
    for (const width of light) {
      test(`finds no violations at ${width}px in the light scheme`, async ({ openPage }) => {
        const page = await openPage({ viewport: { width, height: 800 }, colorScheme: 'light' });
        await page.goto(path);
        await scenesReady(page);
        await expectNoAxeViolations(page);
      });
    }

    const dark = story ? [1280, 375] : firstOfScene(path) ? [1280] : [];
    for (const width of dark) {
      test(`finds no violations at ${width}px in the dark scheme`, async ({ openPage }) => {
        const page = await openPage({ viewport: { width, height: 800 }, colorScheme: 'dark' });
        await page.goto(path);
        await scenesReady(page);
        // The story follows the reader's scheme; an embed may keep its light theme inside a host page.
        if (story) expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 20, 20)');
        await expectNoAxeViolations(page);
      });
    }

    if (!story) return;
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`finds no violations in the charts and the page's furniture at the end of the story, in the ${colorScheme} scheme`, async ({ openPage }) => {
        const page = await openPage({ colorScheme });
        await page.goto(path);
        await scenesReady(page);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await settled(page);
        await expectNoAxeViolations(page, 'figure[data-scene], nav, [data-reading-progress]');
      });
    }
  });
}

test('the axe check names each broken rule it is shown, in the page and in a frame of the same origin', async ({ openPage }) => {
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
