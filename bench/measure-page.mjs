import { gzipSync } from 'node:zlib';

/**
 * Loads a page in Chromium and sums what it transferred, gzipped as a server would send it:
 * all of it (first view, no scrolling) and its JavaScript alone.
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
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).map((s) => s.textContent ?? '').join('\n'));
  const all = await Promise.all(bodies);
  await page.close();
  const sum = (list) => list.reduce((total, item) => total + item.gz, 0);
  const inlineJs = inline ? gzipSync(inline, { level: 9 }).length : 0;
  return { firstView: sum(all), js: sum(all.filter((r) => r.type === 'script')) + inlineJs, requests: all.map((r) => r.url) };
}

/**
 * Scrolls the whole page as a reader on a slow phone would (CPU slowed 4×), recording every long
 * task (over 50 ms) the main thread runs meanwhile.
 */
export async function measureScroll(context, url) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
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
    await page.mouse.wheel(0, 120);
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
