import { expect, expectNoAxeViolations, motion, sceneEnded, scenesReady, scrollToStep, shownBars, test, type Page } from './fixtures';

const STORY = '/';
const TRUST = '[data-scene="trust"]';

/** Brings the bars' transitions to their ends, so that lengths are measured at rest. */
const barsAtRest = (page: Page) => sceneEnded(page, 'trust');

/** Each bar as drawn: its value, where it starts and its length. */
async function bars(page: Page) {
  return page.locator(`${TRUST} [data-value]`).evaluateAll((rects) =>
    rects.map((rect) => {
      const box = rect.getBoundingClientRect();
      return { value: Number(rect.getAttribute('data-value')), left: box.left, width: box.width };
    }),
  );
}

/** The bars' lengths and the axis, checked against the values they claim. */
async function expectProportionalFromZero(page: Page) {
  const drawn = await bars(page);
  expect(drawn.map((bar) => bar.value)).toEqual([72, 10, 24]);
  const perPoint = drawn[0].width / drawn[0].value;
  for (const bar of drawn) expect(Math.abs(bar.width / perPoint - bar.value) / bar.value).toBeLessThan(0.01);
  const zero = page.locator(`${TRUST} [data-tick="0"]`);
  await expect(zero).toHaveText('0%');
  const tick = await zero.boundingBox();
  for (const bar of drawn) expect(Math.abs(tick!.x + tick!.width / 2 - bar.left)).toBeLessThan(1.5);
}

test.describe('the UK trust-survey bars', () => {
  test('draw bar lengths in proportion to 72 : 24 : 10 on an axis that starts at 0%', async ({ page }) => {
    await page.goto(STORY);
    await scenesReady(page);
    await scrollToStep(page, 'trust', 2, 0.5);
    await barsAtRest(page);
    await expectProportionalFromZero(page);
  });

  test('reveal the 72% bar, then the 10%, then the 24%, and hide them again on the way back', async ({ page }) => {
    await page.goto(STORY);
    await scenesReady(page);
    const seen: number[][] = [];
    for (const step of [0, 1, 2, 1, 0]) {
      await scrollToStep(page, 'trust', step, 0.5);
      await barsAtRest(page);
      seen.push(await shownBars(page));
    }
    expect(seen).toEqual([[72], [72, 10], [72, 10, 24], [72, 10], [72]]);
    // The bar the text is talking about stands out.
    await expect(page.locator(`${TRUST} .is-highlighted [data-value]`)).toHaveAttribute('data-value', '72');
  });

  test('label each bar with what was asked, print its value, and name each survey with its date and sample', async ({ page }) => {
    await page.goto(STORY);
    const trust = page.locator(TRUST);
    await expect(trust.locator('[data-statement]')).toHaveText([/担心使用非接触或智能手机支付会产生危险\s*：72%\s*72%/, /完全安全.*10%/s, /一点也不安全.*24%.*原文写作“四分之一”/s]);
    await expect(trust.locator('.trust__survey')).toHaveText(['Thales e-Security调查 · 2016年10月28日发布 · 样本2,000人', 'Ofcom调查 · 2016年4月发布 · 样本1,841人']);
    const description = await trust.getAttribute('aria-describedby');
    await expect(page.locator(`#${description}`)).toContainText('不能相加');
  });

  test('with less motion asked for, bars appear without any transition', async ({ openPage }) => {
    const page = await openPage({ reducedMotion: 'reduce' });
    await page.goto(STORY);
    await scenesReady(page);
    await scrollToStep(page, 'trust', 1, 0.5);
    expect(await shownBars(page)).toEqual([72, 10]);
    expect(await motion(page, TRUST)).toEqual({ animations: 0, transitions: 0 });
  });

  test('without JavaScript, all three bars are drawn, in proportion, from zero', async ({ openPage }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(STORY);
    expect(await shownBars(page)).toEqual([72, 10, 24]);
    await expectProportionalFromZero(page);
  });

  test('axe finds no violations in the chart while the bars are half revealed', async ({ page }) => {
    await page.goto(STORY);
    await scenesReady(page);
    await scrollToStep(page, 'trust', 1, 0.5);
    await barsAtRest(page);
    await expectNoAxeViolations(page, TRUST);
  });
});
