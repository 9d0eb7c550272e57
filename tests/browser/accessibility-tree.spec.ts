import { MAP_LABELS } from '../../src/scenes/map/labels';
import { expect, mapFigure, type Page, sceneEnded, scenesReady, scrollToStep, test } from './fixtures';

/*
 * What a screen reader is given, read from Chromium's own accessibility tree (CDP), not from the
 * markup: a label drawn but hidden must not be there, and a place is not described twice in a row.
 */

/** The names and texts of the tree's nodes that are not ignored, in reading order. */
async function readingOrder(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { nodeId: string; ignored: boolean; role?: { value: string }; name?: { value: string }; childIds?: string[]; parentId?: string }[];
  };
  await cdp.detach();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const read: string[] = [];
  const walk = (id: string) => {
    const node = byId.get(id);
    if (!node) return;
    const name = node.name?.value?.trim();
    const role = node.role?.value ?? '';
    // Text is read as it comes; an image (a place's symbol, role="img") is read as its name, its content never.
    if (!node.ignored && name && (role === 'StaticText' || role === 'image')) {
      read.push(name);
      return;
    }
    for (const child of node.childIds ?? []) walk(child);
  };
  walk(nodes.find((node) => !node.parentId)!.nodeId);
  return read;
}

test.describe('the map as a screen reader gets it', () => {
  test('holds no text of a pin or a name the step hides', async ({ page }) => {
    await page.goto('/');
    await scenesReady(page);
    // Chapter 2's first step shows Paris and its pin; Helsinki's pin, which chapter 4 shows, is hidden there.
    await scrollToStep(page, 'map', 0, 0.5, 0);
    await sceneEnded(page, 'map');
    const cdp = await page.context().newCDPSession(page);
    // Every label of the maps not drawn: display:none on itself or a group around it (checkVisibility says true for SVG).
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll('[data-scene="map"] svg text')].filter((text) => { for (let el = text; el && el.tagName !== 'svg'; el = el.parentElement) if (getComputedStyle(el).display === 'none') return true; return false; })`,
    })) as { result: { objectId: string } };
    const { result: count } = (await cdp.send('Runtime.callFunctionOn', { objectId: result.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true })) as { result: { value: number } };
    expect(count.value).toBeGreaterThan(5);
    const exposed: string[] = [];
    for (let i = 0; i < count.value; i++) {
      const { result: text } = (await cdp.send('Runtime.callFunctionOn', { objectId: result.objectId, functionDeclaration: `function () { return this[${i}]; }` })) as { result: { objectId: string } };
      const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { objectId: text.objectId, fetchRelatives: false })) as { nodes: { ignored: boolean; name?: { value: string } }[] };
      const { result: words } = (await cdp.send('Runtime.callFunctionOn', { objectId: text.objectId, functionDeclaration: 'function () { return this.textContent; }', returnByValue: true })) as { result: { value: string } };
      if (nodes.some((node) => !node.ignored)) exposed.push(words.value);
    }
    await cdp.detach();
    expect(exposed).toEqual([]);
  });

  test('reads no place’s description twice in a row, at four steps of the two maps', async ({ page }) => {
    await page.goto('/');
    await scenesReady(page);
    const repeats: string[] = [];
    // Down the story, as a reader meets them: map 0 at steps 0 and 1, map 1 at steps 0 and 3.
    for (const [step, block] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [3, 1],
    ]) {
      await scrollToStep(page, 'map', step, 0.5, block);
      await sceneEnded(page, 'map');
      // Both maps draw the page's one table's rows (the first map holds it, the second links to it).
      const rows = await page
        .locator('table.map__table tbody tr')
        .evaluateAll((rows) => rows.map((row) => ({ name: (row as HTMLTableRowElement).cells[0].textContent!.trim(), what: (row as HTMLTableRowElement).cells[2].textContent!.trim() })));
      expect(rows.length).toBeGreaterThan(10);
      const read = await readingOrder(page);
      // What is read with words in it: a label or a sentence, not a separator.
      const worded = read.flatMap((text, i) => (/\p{L}{2}/u.test(text) ? [i] : []));
      for (const { name, what } of rows) {
        // The place's description: in its label (with its name), or in a note (after its name).
        const said = worded.filter((i, k) => (read[i].startsWith(name) && read[i].includes(what)) || (read[i] === what && read[worded[k - 1]]?.startsWith(name)));
        for (let k = 1; k < said.length; k++) {
          const between = worded.filter((i) => i > said[k - 1] && i < said[k] && !read[i].startsWith(name));
          if (!between.length) repeats.push(`map ${block}, step ${step}: ${name}: “${what.slice(0, 30)}…” read at ${said[k - 1]} and again at ${said[k]}`);
        }
      }
    }
    expect(repeats).toEqual([]);
  });
});

/** Each coloured place of the `block`-th map: its id and the name Chromium's accessibility tree gives it. */
async function placeNames(page: Page, block: number): Promise<{ place: string; role: string; name: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = (await cdp.send('Runtime.evaluate', {
    expression: `[...document.querySelectorAll('[data-scene="map"]')[${block}].querySelectorAll('.map__place[data-on]')]`,
  })) as { result: { objectId: string } };
  const call = async <T>(objectId: string, body: string) =>
    ((await cdp.send('Runtime.callFunctionOn', { objectId, functionDeclaration: `function () { ${body} }`, returnByValue: true })) as { result: { value: T } }).result.value;
  const places: { place: string; role: string; name: string }[] = [];
  for (let i = 0; i < (await call<number>(result.objectId, 'return this.length;')); i++) {
    const { result: place } = (await cdp.send('Runtime.callFunctionOn', { objectId: result.objectId, functionDeclaration: `function () { return this[${i}]; }` })) as { result: { objectId: string } };
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { objectId: place.objectId, fetchRelatives: false })) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
    places.push({ place: await call<string>(place.objectId, 'return this.dataset.place;'), role: nodes[0].role?.value ?? '', name: nodes[0].name?.value ?? '' });
  }
  await cdp.detach();
  return places;
}

/*
 * The second map says no row's words of its own (its places are labelled by the words the first map
 * defines for the page): a screen reader must still hear, for each coloured place, every row the step
 * shows there, in full, or its place and company where the notes under the map spell the row out.
 */
for (const [path, lang] of [
  ['/', 'zh'],
  ['/en/', 'en'],
] as const) {
  test(`${path}: the second map names each coloured place by its rows’ words, with JS and without`, async ({ page, openPage }) => {
    const labels = MAP_LABELS[lang];
    const expected = async (target: Page, named: string[]) => {
      const rows = await target.locator('table.map__table tbody tr').evaluateAll((rows) =>
        rows.map((row) => ({ id: (row as HTMLElement).dataset.id!, company: (row as HTMLElement).dataset.company!, cells: [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent!.trim()) })),
      );
      const shown = await mapFigure(target, 1)
        .locator('.map__place[data-on]')
        .evaluateAll((places) => places.map((place) => ({ place: (place as SVGElement).dataset.place!, companies: (place as SVGElement).dataset.company!.split(' ') })));
      return shown.map(({ place, companies }) => ({
        place,
        role: 'image',
        name: rows
          .filter((row) => row.id === place && companies.includes(row.company))
          .map(({ cells: [name, company, what, , evidence] }) => (named.includes(place) ? labels.placeLabel(name, company) : labels.placeLabel(name, company, what, evidence)))
          .join(' '),
      }));
    };
    const still = await openPage({ javaScriptEnabled: false });
    await still.goto(path);
    const drawn = await placeNames(still, 1);
    expect(drawn.length).toBeGreaterThan(15);
    expect(drawn).toEqual(await expected(still, []));
    await page.goto(path);
    await scenesReady(page);
    // Finland named (its notes follow the map), then the whole world.
    for (const [step, named] of [
      [0, ['246']],
      [-1, []],
    ] as const) {
      await scrollToStep(page, 'map', step, 0.5, 1);
      await sceneEnded(page, 'map');
      const names = await placeNames(page, 1);
      expect(names.length).toBeGreaterThan(0);
      expect(names).toEqual(await expected(page, [...named]));
    }
  });
}
