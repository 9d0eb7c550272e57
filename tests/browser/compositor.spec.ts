import { BUILT, expect, settled, test } from './fixtures';

/*
 * The scenes' motion (a map's zoom, a trust bar growing, its value fading in) is run by the
 * compositor, not by the page's main thread: a slow phone then keeps scrolling the words while a
 * scene moves. Chromium's trace names every animation it could not run there (compositeFailed);
 * a bar drawn as a shape inside an <svg> was one, and every frame of its growth restyled, laid
 * out and painted the chart on the main thread (issue 24).
 */

/*
 * Chromium's reason for an animation of a scene that is off screen (kAnimationHasNoVisibleChange
 * in its compositor_animations.h): there is no frame to draw, on either thread.
 */
const NOTHING_TO_SHOW = 1 << 17;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  id?: string;
  id2?: { local?: string };
  args?: { data?: { nodeName?: string; displayName?: string; compositeFailed?: number } };
}

for (const path of BUILT.stories) {
  test(`${path}: read through on a phone, every scene’s animation runs on the compositor`, async ({ openPage }) => {
    const page = await openPage({ viewport: { width: 390, height: 844 } });
    await page.goto(path);
    await settled(page);
    const browser = page.context().browser()!;
    await browser.startTracing(page, { categories: ['blink.animations', 'devtools.timeline'] });
    // Step by step through every block, each after the last one's scene has had time to move.
    await page.evaluate(async () => {
      for (const step of document.querySelectorAll('[data-step]')) {
        step.scrollIntoView({ block: 'center' });
        await new Promise((done) => setTimeout(done, 150));
      }
    });
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    // An animation's events share an id, which a later animation may take again: read in order.
    const running = new Map<string, NonNullable<TraceEvent['args']>['data']>();
    const moved = new Set<string>();
    const failed = new Set<string>();
    for (const event of events.filter(({ name }) => name === 'Animation').sort((a, b) => a.ts - b.ts)) {
      const id = event.id ?? event.id2?.local ?? '';
      const data = event.args?.data;
      if (event.ph === 'b') {
        running.set(id, data);
        moved.add(data?.nodeName?.match(/class='([^' ]+)/)?.[1] ?? '');
      }
      if ((data?.compositeFailed ?? 0) & ~NOTHING_TO_SHOW) failed.add(`${running.get(id)?.nodeName ?? 'an element'}'s ${running.get(id)?.displayName || 'animation'} (reasons ${data!.compositeFailed})`);
    }
    // The read has made every kind of scene move: a test that saw none would prove nothing.
    expect([...moved]).toEqual(expect.arrayContaining(['map__svg', 'trust__bar', 'trust__value']));
    expect([...failed], 'animations the main thread ran, frame by frame').toEqual([]);
  });
}
