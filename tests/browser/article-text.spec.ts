import { readFileSync } from 'node:fs';
import { counterValue, expect, seedSentences, test } from './fixtures';

/*
 * The seed article, whole, without JavaScript: no sentence of it lost or silently reworded. The
 * story's own editor's notes (src/story/Note.astro) are set aside first: one may stand between two
 * halves of an article sentence that two steps share.
 */
const STORY = '/';

test.describe('the story without JavaScript', () => {
  test('holds every sentence of the original article and the timer at its final state', async ({ openPage }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(STORY);
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const notes = (await page.locator('main [role="note"]').allInnerTexts()).map(squeeze);
    const text = notes.reduce((rest, note) => rest.replace(note, ''), squeeze(await page.locator('main').innerText()));
    const missing = seedSentences(readFileSync('tests/fixtures/seed-article-zh.txt', 'utf8')).filter((s) => !text.includes(s));
    expect(missing).toEqual([]);
    const timer = page.locator('[data-scene="timer"]');
    await expect(timer.locator('svg').first()).toBeVisible();
    expect(await counterValue(page)).toBe(10_000_000);
  });
});
