// The reference page the story's scroll is measured against, in the same run and the same
// browser: scrollama's own sticky-side example (node_modules/scrollama/docs/sticky-side), the
// pattern the story's blocks follow. It loads d3 5 from unpkg for six selection calls; nothing
// may load from another host here, so a few lines of DOM stand in for them (its scroll cost is
// scrollama's and the browser's, which it keeps as shipped).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DOCS = 'node_modules/scrollama/docs';
const D3_SCRIPT = '<script src="https://unpkg.com/d3@5.9.1/dist/d3.min.js"></script>';

/** What the example calls of d3: select, selectAll, and a selection's select, selectAll, style, classed, text, each. */
const D3_STAND_IN = `<script>
window.d3 = (() => {
  const wrap = (nodes) => ({
    select: (s) => wrap(nodes.map((n) => n.querySelector(s)).filter(Boolean)),
    selectAll: (s) => wrap(nodes.flatMap((n) => [...n.querySelectorAll(s)])),
    style(name, value) { for (const n of nodes) n.style.setProperty(name, value); return this; },
    classed(name, test) { nodes.forEach((n, i) => n.classList.toggle(name, Boolean(test(undefined, i)))); return this; },
    text(value) { for (const n of nodes) n.textContent = value; return this; },
    each(f) { nodes.forEach((n, i) => f.call(n, undefined, i)); return this; },
  });
  return { select: (s) => wrap([document.querySelector(s)]), selectAll: (s) => wrap([...document.querySelectorAll(s)]) };
})();
</script>`;

/** Writes the reference page into `dir` (sticky-side/index.html beside the docs' style and scrollama); returns its path. */
export function writeReference(dir) {
  mkdirSync(join(dir, 'sticky-side'), { recursive: true });
  for (const file of ['style.css', 'scrollama.min.js']) copyFileSync(join(DOCS, file), join(dir, file));
  const html = readFileSync(join(DOCS, 'sticky-side', 'index.html'), 'utf8');
  if (!html.includes(D3_SCRIPT)) throw new Error(`${DOCS}/sticky-side/index.html no longer loads d3 as the benchmark expects: update bench/reference.mjs`);
  // Its console.log of every step would be measured too; the reader's console is closed.
  writeFileSync(join(dir, 'sticky-side', 'index.html'), html.replace(D3_SCRIPT, D3_STAND_IN).replace('console.log(response);', ''));
  return '/sticky-side/';
}
