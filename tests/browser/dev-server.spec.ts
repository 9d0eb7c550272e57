import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEV_PORT } from '../support/local-site.mjs';

/*
 * What a journalist sees in the browser while `npm run dev` runs and they edit: `astro dev` over a
 * scratch copy of content/ and data/ (STORY_CONTENT, STORY_DATA), edited as they would edit it. Every
 * mistake must show in the page, in the error overlay, and go by itself once fixed; every save must
 * reload the page once.
 */
const ORIGIN = `http://127.0.0.1:${DEV_PORT}`;
/*
 * The same folder on every run: the dev server's content store (.astro/data-store.json, in the
 * project) keeps each chapter's path while its text is unchanged, and a path that moved would be
 * read by a later run. The store as it was is put back afterwards, for the next `npm run dev` here.
 */
const scratch = join(tmpdir(), `story-dev-${DEV_PORT}`);
const STORE = '.astro/data-store.json';
const keptStore = join(tmpdir(), `story-dev-${DEV_PORT}-store.json`);
let server: ChildProcess;
let log = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch);
  if (existsSync(STORE)) copyFileSync(STORE, keptStore);
  cpSync('content', join(scratch, 'content'), { recursive: true });
  cpSync('data', join(scratch, 'data'), { recursive: true });
  server = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(DEV_PORT), '--host', '127.0.0.1'], {
    env: { ...process.env, STORY_CONTENT: join(scratch, 'content'), STORY_DATA: join(scratch, 'data'), STORY_CACHE: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [server.stdout!, server.stderr!]) stream.on('data', (chunk: Buffer) => (log += chunk));
  await expect
    .poll(async () => (await fetch(`${ORIGIN}/en/`).catch(() => null))?.status, { timeout: 150_000 })
    .toBe(200)
    .catch((error: Error) => {
      throw new Error(`${error.message}\nastro dev said:\n${log.slice(-3000)}`);
    });
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('astro dev output', { body: log });
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((done) => server.once('exit', done));
    server.kill();
    await exited;
  }
  rmSync(scratch, { recursive: true, force: true });
  if (existsSync(keptStore)) {
    copyFileSync(keptStore, STORE);
    rmSync(keptStore);
  } else rmSync(STORE, { force: true });
});

/** A file of the scratch story, to read and to save as an editor would. */
const file = (path: string) => {
  const full = join(scratch, path);
  const original = readFileSync(full, 'utf8');
  return {
    original,
    save: (text: string) => writeFileSync(full, text),
    restore: () => writeFileSync(full, original),
    remove: () => rmSync(full),
  };
};

const overlay = (page: Page) => page.locator('vite-error-overlay #message-content');
const story = (page: Page) => page.locator('main h1').first();

/** Whether the server has served the story to a page yet (the tests run in order, on one server). */
let served = false;

/** The story's English edition in the dev server, counting the times the page (re)loads. */
async function openStory(page: Page) {
  const loads = { count: 0 };
  page.on('load', () => loads.count++);
  await page.goto(`${ORIGIN}/en/`, { timeout: 90_000 });
  // The first page a fresh server serves may be reloaded once by Vite (a reload it kept for the
  // first client): let that pass before counting. A later page has none to wait for.
  if (!served) await page.waitForTimeout(3_000);
  served = true;
  await expect(story(page)).toContainText('Double 11', { timeout: 60_000 });
  loads.count = 0;
  return loads;
}

/**
 * After the page shows what a save should show, waits a while for a second reload before counting:
 * one save, one reload.
 */
async function reloadsAfterSave(page: Page, loads: { count: number }) {
  await page.waitForTimeout(5_000);
  return loads.count;
}

test('a chapter save shows the new words after one reload', async ({ page }) => {
  test.setTimeout(120_000);
  const chapter = file('content/en/01-double-11.mdx');
  const loads = await openStory(page);
  chapter.save(chapter.original.replace('Because of the time difference', 'Owing to the time difference'));
  await expect(page.getByText('Owing to the time difference')).toBeVisible({ timeout: 60_000 });
  expect(await reloadsAfterSave(page, loads)).toBe(1);
  chapter.restore();
  await expect(page.getByText('Because of the time difference')).toBeVisible({ timeout: 60_000 });
});

test('a data edit reloads the page; a broken data row shows in the overlay and goes by itself once fixed', async ({ page }) => {
  test.setTimeout(180_000);
  const facts = file('data/facts.csv');
  const loads = await openStory(page);
  facts.save(facts.original.replace('aliexpress.paidOrders,10000000,', 'aliexpress.paidOrders,12000000,'));
  await expect(page.getByText('12 million').first()).toBeVisible({ timeout: 60_000 });
  expect(await reloadsAfterSave(page, loads)).toBe(1);

  const lines = facts.original.split('\n');
  lines.splice(3, 0, '');
  facts.save(lines.join('\n'));
  await expect(overlay(page)).toContainText('facts.csv, row 4: a blank line; delete it (only the end of the file may have blank lines)', { timeout: 60_000 });

  facts.restore();
  await expect(overlay(page)).toHaveCount(0, { timeout: 60_000 });
  await expect(story(page)).toContainText('Double 11');
  await expect(page.getByText('10 million').first()).toBeVisible();
});

test('a chapter without its opening --- is named in the overlay, not only in the terminal, and the fix clears it', async ({ page }) => {
  test.setTimeout(120_000);
  const chapter = file('content/en/01-double-11.mdx');
  await openStory(page);
  chapter.save(chapter.original.replace(/^---\n/, ''));
  await expect(overlay(page)).toContainText('01-double-11.mdx:1: the front matter has no opening ---: put a line of three dashes above "title: Double 11 across the time zones"', { timeout: 60_000 });
  chapter.restore();
  await expect(overlay(page)).toHaveCount(0, { timeout: 60_000 });
  await expect(story(page)).toContainText('Double 11');
});

test('a deleted English chapter is named as a missing translation, and the story comes back with it', async ({ page }) => {
  test.setTimeout(150_000);
  const chapter = file('content/en/02-wechat-pay.mdx');
  const messages: string[] = [];
  page.on('websocket', (socket) => socket.on('framereceived', (frame) => messages.push(String(frame.payload))));
  await openStory(page);
  chapter.remove();
  await expect(overlay(page)).toContainText('zh/02-wechat-pay.mdx: has no translation in content/en/ (no chapter there with anchor: wechat-pay)', { timeout: 60_000 });
  // Never an internal error first (it was "Failed to load url …?astroPropagatedAssets", or ENOENT).
  expect(messages.filter((message) => message.includes('"type":"error"') && !message.includes('has no translation'))).toEqual([]);
  chapter.restore();
  await expect(overlay(page)).toHaveCount(0, { timeout: 60_000 });
  await expect(page.locator('#wechat-pay')).toBeAttached();
});
