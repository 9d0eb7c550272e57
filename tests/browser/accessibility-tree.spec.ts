import { expect, type Page, sceneAtRest, scenesReady, scrollToStep, test } from './fixtures';

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
    await sceneAtRest(page, 'map');
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

  for (const [step, block] of [
    [0, 0],
    [1, 0],
    [0, 1],
    [3, 1],
  ]) {
    test(`reads no place's description twice in a row (map ${block}, step ${step})`, async ({ page }) => {
      await page.goto('/');
      await scenesReady(page);
      await scrollToStep(page, 'map', step, 0.5, block);
      await sceneAtRest(page, 'map');
      const rows = await page
        .locator('[data-scene="map"]')
        .nth(block)
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((row) => ({ name: (row as HTMLTableRowElement).cells[0].textContent!.trim(), what: (row as HTMLTableRowElement).cells[2].textContent!.trim() })));
      const read = await readingOrder(page);
      // What is read with words in it: a label or a sentence, not a separator.
      const worded = read.flatMap((text, i) => (/\p{L}{2}/u.test(text) ? [i] : []));
      const repeats: string[] = [];
      for (const { name, what } of rows) {
        // The place's description: in its label (with its name), or in a note (after its name).
        const said = worded.filter((i, k) => (read[i].startsWith(name) && read[i].includes(what)) || (read[i] === what && read[worded[k - 1]]?.startsWith(name)));
        for (let k = 1; k < said.length; k++) {
          const between = worded.filter((i) => i > said[k - 1] && i < said[k] && !read[i].startsWith(name));
          if (!between.length) repeats.push(`${name}: “${what.slice(0, 30)}…” read at ${said[k - 1]} and again at ${said[k]}`);
        }
      }
      expect(repeats).toEqual([]);
    });
  }
});
