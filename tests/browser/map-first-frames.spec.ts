import { BUILT, expect, sceneAtRest, scenesReady, test, type Page } from './fixtures';

/*
 * The build draws each map at its block's last step; opened at a map chapter's address, the client
 * then shows the chapter's first step: its colours (with the view's name, data-view) and its view
 * (the viewBox). Every frame painted meanwhile shows one step's colours in that step's view, never
 * the new colours on the build's view.
 */

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** From the first frame on, records what each map shows in every frame in which it changed: "view viewBox". */
const recordFrames = (page: Page) =>
  page.addInitScript(() => {
    const frames: string[][] = [];
    (window as unknown as { mapFrames: string[][] }).mapFrames = frames;
    const frame = () => {
      const maps = [...document.querySelectorAll('[data-scene="map"] svg.map__svg')].map((svg) => `${svg.getAttribute('data-view')} ${svg.getAttribute('viewBox')}`);
      if (maps.join() !== frames.at(-1)?.join()) frames.push(maps);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });

for (const path of BUILT.stories) {
  test(`${path}: opened at a map chapter's address, every frame shows the colours and the view of one step`, async ({ openPage }) => {
    test.setTimeout(120_000);
    const probe = await openPage();
    await probe.goto(path);
    const chapters = await probe.locator('.chapter:has([data-scene="map"])').evaluateAll((all) =>
      all.map((chapter) => ({ id: chapter.id, map: [...document.querySelectorAll('[data-scene="map"]')].indexOf(chapter.querySelector('[data-scene="map"]')!) })),
    );
    expect(chapters.length).toBe(2);
    const built = await probe.locator('[data-scene="map"] svg.map__svg').evaluateAll((svgs) => svgs.map((svg) => `${svg.getAttribute('data-view')} ${svg.getAttribute('viewBox')}`));
    for (const viewport of SIZES) {
      for (const { id, map } of chapters) {
        const page = await openPage({ viewport });
        await recordFrames(page);
        // Loaded as a slow phone loads it: frames then fall between the client's tasks, as they may on any machine.
        const cpu = await page.context().newCDPSession(page);
        await cpu.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(`${path}#${id}`);
        await scenesReady(page);
        await sceneAtRest(page, 'map');
        await cpu.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        const shown = (await page.evaluate(() => (window as unknown as { mapFrames: string[][] }).mapFrames)).map((maps) => maps[map]).filter(Boolean);
        const where = `#${id} at ${viewport.width} px, each change of the map:\n${shown.join('\n')}`;
        // The map took the chapter's first step: the test sees a change of view and colours.
        expect(shown[0], where).toBe(built[map]);
        expect(shown.at(-1)!.split(' ')[0], where).not.toBe(built[map].split(' ')[0]);
        // The step's colours are only ever seen in the step's view.
        const [view] = shown.at(-1)!.split(' ');
        expect(new Set(shown.filter((frame) => frame.startsWith(`${view} `))), where).toEqual(new Set([shown.at(-1)]));
      }
    }
  });
}
