import { BUILT, counterValue, expect, motion, scenesReady, scrollToStep, settled, test } from './fixtures';
import { countedPlaces } from './timer-places';

const STORY = '/';

test.describe('the order-count timer in the story', () => {
  test('counts up as the reader scrolls, never back, and reads exactly 10 million at the last step', async ({ page }) => {
    await page.goto(STORY);
    await scenesReady(page);
    const steps = await page.locator('[data-scene="timer"]').locator('xpath=ancestor::*[@data-scrolly]').locator('[data-step]').count();
    const seen: number[] = [];
    for (let step = 0; step < steps; step++) {
      for (const share of [0.1, 0.35, 0.6, 0.85]) {
        await scrollToStep(page, 'timer', step, share);
        seen.push(await counterValue(page));
      }
    }
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    expect(seen[0]).toBe(0);
    expect(new Set(seen).size).toBeGreaterThan(3);
    expect(seen.at(-1)).toBe(10_000_000);
    const timer = page.locator('[data-scene="timer"]');
    await expect(timer.locator('[data-clock="beijing"]')).toHaveText('19:50');
    await expect(timer.locator('[data-clock="pacific"]')).toHaveText('03:50');
    await expect(timer.locator('[data-counter]')).toHaveText('1000万');
    await expect(timer).toContainText('北京时间');
  });

  test('starts at 16:00 Beijing and 00:00 Pacific with no orders', async ({ page }) => {
    await page.goto(STORY);
    await scenesReady(page);
    await scrollToStep(page, 'timer', 0, 0.2);
    const timer = page.locator('[data-scene="timer"]');
    await expect(timer.locator('[data-clock="beijing"]')).toHaveText('16:00');
    await expect(timer.locator('[data-clock="pacific"]')).toHaveText('00:00');
    expect(await counterValue(page)).toBe(0);
  });

  test('says on screen that the count between the two published points is the average pace', async ({ page }) => {
    await page.goto(STORY);
    await expect(page.locator('[data-scene="timer"]')).toContainText('按平均速度推算');
  });

  test('a reload halfway through the chapter shows the halfway state without scrolling', async ({ page }) => {
    await page.goto(STORY);
    await scenesReady(page);
    await scrollToStep(page, 'timer', 1, 0.5);
    const before = await page.evaluate(() => scrollY);
    await page.reload();
    await scenesReady(page);
    await settled(page);
    expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThan(5);
    const value = await counterValue(page);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(10_000_000);
  });

  test('a fling straight to the end of the page shows the final state', async ({ page }) => {
    await page.goto(STORY);
    await scenesReady(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await settled(page);
    expect(await counterValue(page)).toBe(10_000_000);
  });

  test('marks the active step for assistive technology, and a keyboard focus activates a step', async ({ page }) => {
    await page.goto(STORY);
    await scenesReady(page);
    await scrollToStep(page, 'timer', 0, 0.5);
    const block = page.locator('[data-scene="timer"]').locator('xpath=ancestor::*[@data-scrolly]');
    const steps = block.locator('[data-step]');
    await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step');
    // Blocks the reader has not reached yet have no current step: one on the whole page.
    await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
    await steps.nth(2).focus();
    await expect(steps.nth(2)).toHaveAttribute('aria-current', 'step');
    await expect.poll(() => counterValue(page)).toBe(10_000_000);
  });

  test('a clock keeps its place whatever its label says, and before its label has arrived', async ({ openPage }) => {
    /*
     * Over a slow network the parser may show a clock before the words under it: a clock sized by
     * its label then moved sideways as they came (on a phone, where labels are wider than clocks).
     */
    for (const width of [320, 390, 1280]) {
      for (const path of ['/', '/en/']) {
        const page = await openPage({ viewport: { width, height: 800 }, javaScriptEnabled: false });
        await page.goto(path);
        const clocks = page.locator('[data-scene="timer"] .timer__clock svg');
        const places = () => clocks.evaluateAll((svgs) => svgs.map((svg) => Math.round(svg.getBoundingClientRect().left)));
        const labelled = await places();
        expect(labelled).toHaveLength(2);
        await page.locator('[data-scene="timer"] .timer__zone').evaluateAll((labels) => labels.forEach((label) => label.replaceChildren()));
        expect(await places(), `${path} at ${width} px, labels gone`).toEqual(labelled);
        await page.locator('[data-scene="timer"] .timer__zone').evaluateAll((labels) => labels.forEach((label) => (label.textContent = 'Pacific Standard Time 00:00')));
        expect(await places(), `${path} at ${width} px, a longer label`).toEqual(labelled);
        await page.close();
      }
    }
  });

  test('in a font whose digits are not all one width, the count, its ≈ and the time since the start keep their places', async ({ openPage }) => {
    /*
     * The figure keeps room for the widest numbers it shows by unseen copies of them (Figure.astro),
     * measured in the reader's own font. In a font without tabular figures a count of the same
     * shape can be wider than its copy ("888,888" than "999,999"): spacing the live numbers out
     * stands for that font, since no font here lacks tabular figures.
     */
    const embeds = BUILT.embeds.filter((path) => /^\/(en\/)?embed\/timer\/$/.test(path));
    expect(embeds).toHaveLength(2);
    for (const width of [390, 1280]) {
      for (const path of embeds) {
        const page = await openPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
        await page.goto(path);
        await scenesReady(page);
        await page.locator('[data-counter], [data-elapsed]').evaluateAll((numbers) => numbers.forEach((number) => ((number as HTMLElement).style.letterSpacing = '0.15em')));
        const { counts, places } = await countedPlaces(page.locator('[data-scene="timer"]'), Array.from({ length: 41 }, (_, i) => i * 25));
        // The slider drove the count from none to all of the orders.
        expect([counts[0], counts.at(-1), new Set(counts).size]).toEqual([0, 10_000_000, 41]);
        expect([...new Set(places)], `${path} at ${width} px: the numbers' places at each count`).toHaveLength(1);
        await page.close();
      }
    }
  });

  test('with less motion asked for, the scene jumps between states and runs no transition', async ({ openPage }) => {
    const page = await openPage({ reducedMotion: 'reduce' });
    await page.goto(STORY);
    await scenesReady(page);
    await scrollToStep(page, 'timer', 1, 0.3);
    // Each step shows its own end state: the scrub step jumps straight to 10 million.
    expect(await counterValue(page)).toBe(10_000_000);
    // Nothing on the page animates; no scene has a transition.
    expect((await motion(page, ':root')).animations).toBe(0);
    expect((await motion(page, '[data-scene]')).transitions).toBe(0);
  });
});
