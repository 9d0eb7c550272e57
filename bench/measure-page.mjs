import { gzipSync } from 'node:zlib';

/**
 * Loads a page in Chromium and sums what it transferred, gzipped as a server would send it: the
 * first view (everything fetched until the network stays idle, then a second longer than that, so
 * a script the page starts after its first frame is counted on a loaded machine too), the
 * JavaScript of that first view (what a reader who stops there pays for), and all of it, counted
 * after the page is scrolled through (a scene loaded only as its block comes near is the story's
 * JavaScript all the same).
 */
export async function measureTransfer(context, url) {
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    bodies.push(
      response
        .body()
        .then((body) => ({ type, url: response.url(), gz: gzipSync(body, { level: 9 }).length }))
        .catch(() => ({ type, url: response.url(), gz: 0 })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  await page.waitForLoadState('networkidle');
  const firstView = await Promise.all(bodies);
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).map((s) => s.textContent ?? '').join('\n'));
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((frame) => requestAnimationFrame(() => setTimeout(frame, 50)));
    }
  });
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  await page.close();
  const sum = (list) => list.reduce((total, item) => total + item.gz, 0);
  const inlineJs = inline ? gzipSync(inline, { level: 9 }).length : 0;
  const scripts = (list) => sum(list.filter((r) => r.type === 'script')) + inlineJs;
  return { firstView: sum(firstView), firstViewJs: scripts(firstView), js: scripts(all), requests: all.map((r) => r.url) };
}

/** A phone's viewport: the story's narrow layout, where every block's figure is sticky over its steps. */
const PHONE = { width: 390, height: 844 };
/** One notch of a mouse wheel, the scroll step every figure here is per. */
export const STEP_PX = 120;

/** CDP Performance.getMetrics as an object; durations in seconds. */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/**
 * What one scroll step costs the page's main thread: the page is scrolled `steps` wheel notches
 * from the top (or to its end when `steps` is not given), one notch at a time with a pause for its
 * frames, and the main thread's work over the whole scroll is divided by the notches.
 *
 * `cpuMsPerStep` is the main thread's CPU time (ThreadTime), measured unthrottled: CPU time is what
 * the page makes the thread do, and stays the same when other processes take the machine's cores,
 * where wall-clock task time (`taskMsPerStep`, TaskDuration) grows with their load. Under CPU
 * throttling Chromium's throttler spins on the main thread and ThreadTime means nothing, so this is
 * measured at 1×: a slow phone multiplies both the story's and the reference's cost alike.
 * The page is asked where it is only every tenth notch, so the measuring costs the page little.
 *
 * With `until` (a selector), the scroll ends once that element's top has come on screen: the story
 * is measured over its chapters, not the list of sources after them. The story at 10× scrolled as
 * many notches then crosses the same chapters; measured to the end of the 1× page instead, its
 * last third was the 1× story's plain list of sources against the 10× story's second copy of the
 * timer and the map, and the ratio compared different words, not different lengths.
 */
export async function measureSteps(context, url, steps, until) {
  const page = await context.newPage();
  await page.setViewportSize(PHONE);
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await cdp.send('Performance.enable');
  const before = await metrics(cdp);
  let done = 0;
  for (let stalled = 0, last = -1; steps === undefined || done < steps; ) {
    await page.mouse.wheel(0, STEP_PX);
    await page.waitForTimeout(100);
    done += 1;
    if (steps !== undefined || done % 10) continue;
    const [y, end, reached] = await page.evaluate(
      (selector) => {
        const mark = selector === undefined ? undefined : document.querySelector(selector);
        return [scrollY, document.documentElement.scrollHeight - innerHeight, mark === null ? null : mark !== undefined && mark.getBoundingClientRect().top < innerHeight];
      },
      until,
    );
    // A page without the element would be scrolled to its end and compared as if it stopped there.
    if (reached === null) throw new Error(`${url}: no ${until} to stop at: the story's list of sources has moved (bench/run.mjs STORY_END)`);
    if (y >= end - 1 || reached) break;
    stalled = y === last ? stalled + 1 : 0;
    last = y;
    if (stalled > 2) throw new Error(`${url}: the scroll stopped at ${y} px of ${end}`);
  }
  const after = await metrics(cdp);
  await page.close();
  const per = (name) => Number((((after[name] - before[name]) * 1000) / done).toFixed(2));
  return {
    steps: done,
    cpuMsPerStep: per('ThreadTime'),
    taskMsPerStep: per('TaskDuration'),
    scriptMsPerStep: per('ScriptDuration'),
    layoutMsPerStep: per('LayoutDuration'),
    styleMsPerStep: per('RecalcStyleDuration'),
  };
}

/**
 * Scrolls the whole page as a reader on a slow phone would (CPU slowed 4×), recording every long
 * task (over 50 ms) the main thread runs meanwhile.
 */
export async function measureScroll(context, url) {
  const page = await context.newPage();
  await page.setViewportSize(PHONE);
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  /*
   * Read again after every step: the sources' entries not drawn yet count at an estimated height, so
   * the page's grows as the reader nears them. Read after the frame, not inside it: a reader's phone
   * runs no script that asks for the page's height in every frame, and asking inside a frame lays
   * the page out there once more, a cost the scroll measured would then include.
   */
  for (let stalled = 0, last = -1; ; ) {
    await page.mouse.wheel(0, STEP_PX);
    const [y, end] = await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done([scrollY, document.documentElement.scrollHeight - innerHeight])))),
    );
    if (y >= end - 1) break;
    stalled = y === last ? stalled + 1 : 0;
    last = y;
    if (stalled > 20) throw new Error(`${url}: the scroll stopped at ${y} px of ${end}`);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const tasks = await page.evaluate(() => window.__longTasks);
  await page.close();
  return { longTasks: tasks.length, longestTaskMs: Math.round(Math.max(0, ...tasks)) };
}

/**
 * What each map block's figure adds to its page's gzipped HTML, in reading order: the page
 * gzipped as it is, less the page gzipped without that figure. The first pays for the world; each
 * further one should pay only its colours and symbols. A figure is the <figure data-scene="map">
 * element, its drawing, legend and data table.
 */
export function mapFigureCosts(html) {
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  const whole = gz(html);
  const costs = [];
  for (const match of html.matchAll(/<figure\b[^>]*\bdata-scene="map"[^>]*>/g)) {
    let depth = 0;
    const tags = /<(\/?)figure\b[^>]*>/g;
    tags.lastIndex = match.index;
    let end;
    for (let tag; (tag = tags.exec(html)); ) {
      depth += tag[1] ? -1 : 1;
      if (depth === 0) {
        end = tags.lastIndex;
        break;
      }
    }
    if (end === undefined) throw new Error(`a map figure at character ${match.index} has no end`);
    costs.push(whole - gz(html.slice(0, match.index) + html.slice(end)));
  }
  return costs;
}
