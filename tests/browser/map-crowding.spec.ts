import { expect, sceneEnded, scenesReady, scrollToStep, test } from './fixtures';

/* China's name stays clear of the symbols at every step of both maps, on the narrowest phone and on a desktop. */
for (const path of ['/', '/en/']) {
  for (const width of [320, 1280]) {
    test(`${path} at ${width} px: no symbol is drawn over China’s name`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(path);
      await scenesReady(page);
      const over: string[] = [];
      for (const [block, steps] of [
        [0, 2],
        [1, 6],
      ]) {
        for (let step = 0; step < steps; step++) {
          await scrollToStep(page, 'map', step, 0.5, block);
          await sceneEnded(page, 'map');
          const hits = await page.evaluate((block) => {
            const figure = document.querySelectorAll('[data-scene="map"]')[block];
            const name = figure.querySelector('text.map__origin')!.getBoundingClientRect();
            return [...figure.querySelectorAll<SVGElement>('.map__place[data-on] .map__sym')]
              .filter((symbol) => {
                const box = symbol.getBoundingClientRect();
                return box.width > 0 && box.left < name.right && name.left < box.right && box.top < name.bottom && name.top < box.bottom;
              })
              .map((symbol) => `${symbol.closest<SVGElement>('.map__place')!.dataset.place} ${symbol.dataset.sym}`);
          }, block);
          over.push(...hits.map((hit) => `map ${block}, step ${step}: ${hit}`));
        }
      }
      expect(over).toEqual([]);
      await context.close();
    });
  }
}
