// node bench/trace.mjs <url> [--min=8] [--out=trace.json] [--steps=N] [--from=PX] [--js=off] [--categories=a,b]:
// what the main thread does in a full read.
//
// Scrolls the page as bench/measure-page.mjs measureScroll does (a 390 px phone, 120 px wheel
// steps, each after the last one's frame), records a Chromium trace meanwhile, and prints every
// main-thread task that took at least --min ms of CPU, with the CPU time of what ran inside it by
// event (script by function, style, layout, paint…), largest first. Unthrottled: under CPU
// throttling Chromium's throttler spins on the main thread, which a trace counts as the task's own
// CPU time; a slow phone at 4× takes about four times these figures. CPU time, not wall-clock
// time, so that other processes on a shared machine change the figures little. Serve the page
// first (e.g. node tests/support/static-server.mjs dist 5770 /).
//
// With --steps=N it scrolls N notches from the top as `npm run bench` does (measure-page.mjs
// measureSteps: 100 ms after each) and prints, after the long tasks, the main thread's CPU time per
// notch by event, summed over every task: where a step's time goes, to compare the story at 1× with
// the story at 10× scrolled as far (bench/fixture.mjs).
//
// --from=PX starts the scroll there (one block's stretch of the page), --js=off loads the page
// without script (the same page, no scene moving: what its markup and styles cost), and
// --categories adds trace categories, e.g. disabled-by-default-devtools.timeline.invalidationTracking
// to see, with --out, which element made each frame restyle or lay out.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.mjs';

const url = process.argv[2];
const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const USAGE = 'usage: node bench/trace.mjs <url> [--min=8] [--out=trace.json] [--steps=N] [--from=PX] [--js=off] [--categories=a,b]';
/** A numeric option, or an error naming it: a mistyped one would otherwise trace something else than asked, silently. */
const count = (name, unit, fallback) => {
  const text = option(name, undefined);
  if (text === undefined) return fallback;
  if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`--${name}=${text} is not a number of ${unit}; ${USAGE}`);
  return Number(text);
};
const MIN_MS = count('min', 'ms', 8);
const STEPS = count('steps', 'notches', undefined);
// No notch scrolls nothing, and prints no notch's cost: a trace of an idle page, as if measured.
if (STEPS !== undefined && !(Number.isInteger(STEPS) && STEPS >= 1)) throw new Error(`--steps=${STEPS}: scroll at least 1 whole notch; ${USAGE}`);
const FROM = count('from', 'px', 0);
if (!['on', 'off'].includes(option('js', 'on'))) throw new Error(`--js is on or off; ${USAGE}`);
const JS = option('js', 'on') === 'on';
if (!url) throw new Error(USAGE);

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink', 'cc', 'v8.execute', ...option('categories', '').split(',').filter(Boolean)];

/** Records the trace of a full read; resolves to its events. */
async function record() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: JS });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    if (FROM) {
      const at = await page.evaluate((y) => (scrollTo(0, y), scrollY), FROM);
      if (at < FROM - 1) throw new Error(`--from=${FROM}: the page scrolls only to ${Math.round(at)} px`);
      await page.waitForTimeout(1000);
    }
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    for (let done = 0; done < (STEPS ?? 0); done++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(100);
    }
    for (let stalled = 0, last = -1; STEPS === undefined && stalled <= 20; ) {
      await page.mouse.wheel(0, 120);
      const [y, end] = await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done([scrollY, document.documentElement.scrollHeight - innerHeight])))),
      );
      if (y >= end - 1) break;
      stalled = y === last ? stalled + 1 : 0;
      last = y;
    }
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await browser.close();
  }
}

/** A name for what an event ran: a script's function and file, the layout's dirty objects. */
function label(event) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  if (['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame'].includes(event.name)) {
    return `${event.name} ${data.functionName || data.type || ''} ${(data.url ?? '').split('/').pop()}`.trim();
  }
  if (event.name === 'Layout' && data.totalObjects) return `Layout (${data.dirtyObjects} of ${data.totalObjects} objects)`;
  return event.name;
}

/** The renderer's main-thread tasks, each with the CPU time of the events inside it, by label, less their children's. */
function mainThreadTasks(events) {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) throw new Error('the trace has no renderer main thread');
  const complete = events
    .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  const open = [];
  const nodes = [];
  for (const event of complete) {
    while (open.length && open.at(-1).event.ts + open.at(-1).event.dur <= event.ts) open.pop();
    const cpu = (event.tdur ?? event.dur) / 1000;
    const node = { event, cpu, children: 0, task: open.length ? open[0].task : undefined };
    if (!node.task) {
      node.task = { start: event.ts, wallMs: event.dur / 1000, cpuMs: cpu, inside: new Map() };
      tasks.push(node.task);
    } else open.at(-1).children += cpu;
    open.push(node);
    nodes.push(node);
  }
  // Self times are known once every child is counted.
  for (const { event, cpu, children, task } of nodes) task.inside.set(label(event), (task.inside.get(label(event)) ?? 0) + Math.max(0, cpu - children));
  return tasks;
}

const events = await record();
const out = option('out', undefined);
if (out) writeFileSync(out, JSON.stringify(events));
const tasks = mainThreadTasks(events);
const start = tasks[0]?.start ?? 0;
const long = tasks.filter((task) => task.cpuMs >= MIN_MS);
console.log(`${tasks.length} main-thread tasks; ${long.length} took ${MIN_MS} ms of CPU or more (at 4× CPU, about ${MIN_MS * 4} ms):`);
for (const task of long) {
  const inside = [...task.inside].sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(`\nat ${((task.start - start) / 1000).toFixed(0)} ms: ${task.cpuMs.toFixed(1)} ms CPU (${task.wallMs.toFixed(1)} ms wall)`);
  for (const [name, ms] of inside) console.log(`  ${ms.toFixed(1).padStart(5)} ms  ${name}`);
}
if (STEPS) {
  const byEvent = new Map();
  for (const task of tasks) for (const [name, ms] of task.inside) byEvent.set(name, (byEvent.get(name) ?? 0) + ms);
  const total = tasks.reduce((sum, task) => sum + task.cpuMs, 0);
  console.log(`\nCPU ms per notch over ${STEPS} notches: ${(total / STEPS).toFixed(2)} in all; by event (self time):`);
  for (const [name, ms] of [...byEvent].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(ms / STEPS).toFixed(3).padStart(6)}  ${name}`);
}
