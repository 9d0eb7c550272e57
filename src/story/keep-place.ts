/**
 * The reader keeps their place when the window changes: a phone rotated, a desktop window
 * narrowed. The browser's own scroll anchoring cannot do it here: the gaps between a block's step
 * cards are in vh, so a new window height changes their margins and paddings, which switches the
 * browser's anchoring off for everything inside (a suppression trigger), and where it does run it
 * anchors the first box on screen, in a block often the whole column of cards, which reflows by
 * hundreds of pixels at a new width. And not every browser anchors at all.
 *
 * So the story remembers, each time a scroll comes to rest, the text at the top of the screen: the
 * block of text crossing its top edge and how far through it the edge is, or, in a gap, the next
 * block and the share of the screen above it (the gaps scale with the screen). When the window has
 * changed since and the page's layout follows, the page is scrolled to bring that text back. The
 * scenes follow by themselves: they are drawn from where the steps are, never from the scrolls
 * that led there.
 */
export function keepPlace(doc: Document = document): void {
  let place: Place | undefined;
  /*
   * Set once the window has changed since the place was taken, until the reader scrolls: a new
   * size lays the page out more than once (far chapters are laid out again, then measured), and a
   * window turned back to its first size is a change too.
   */
  let held = false;
  // The scroll the page made itself, not the reader: the place it restores stays the one remembered.
  let restoredTo = Number.NaN;
  const take = () => {
    if (window.scrollY === restoredTo) return;
    place = placeAt(doc.body);
    held = false;
  };
  /*
   * Taken when a scroll comes to rest, not at each of its events: finding the place reads a box per
   * chapter above the reader, a cost that would grow with the story's length in every frame of a
   * scroll. Where scrollend is missing (Safari), a scroll is at rest once its events stop for a
   * moment. And taken once the page has loaded, for a reader who turns the phone before scrolling.
   */
  window.addEventListener('load', take, { once: true });
  if (window.onscrollend !== undefined) window.addEventListener('scrollend', take);
  else {
    let pause = 0;
    window.addEventListener(
      'scroll',
      () => {
        clearTimeout(pause);
        pause = window.setTimeout(take, 150);
      },
      { passive: true },
    );
  }
  const restore = () => {
    if (!place) return;
    held ||= place.width !== window.innerWidth || place.height !== window.innerHeight;
    if (!held) return;
    const box = place.element.getBoundingClientRect();
    if (!place.element.isConnected || !box.height) return;
    const off = box.top - (place.share * window.innerHeight - place.within * box.height);
    if (Math.abs(off) < 1) return;
    window.scrollBy({ top: off, behavior: 'instant' });
    restoredTo = window.scrollY;
  };
  /*
   * Called after each layout that changed the page's size, before it is painted (a resize event
   * comes a frame later). Not at a resize alone: a phone's address bar sliding away changes the
   * window's height but not the page, and the browser already keeps the text still.
   */
  new ResizeObserver(restore).observe(doc.documentElement);
}

interface Place {
  element: Element;
  /** How far through the element the top of the screen is, 0–1 (0 when the element starts below it). */
  within: number;
  /** Where the element's top is, as a share of the screen's height, when it starts below the top. */
  share: number;
  width: number;
  height: number;
}

/** Elements that hold other blocks: the search goes down into them, unless they hold words of their own. Any other is a block of text (or a picture). */
const CONTAINERS = new Set(['BODY', 'MAIN', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'DIV', 'UL', 'OL', 'DL', 'DETAILS', 'TABLE', 'TBODY']);

/**
 * The text at the top of the screen: the first block of text, in the page's order, that reaches
 * below the top edge. The search goes down only into the boxes that reach there, so it reads the
 * boxes of the chapters above the reader but not their insides, and never enters a far chapter.
 * Boxes out of the flow (a sticky figure, the progress bar, words only for screen readers) move
 * with the screen, not the text, and are passed over. A box whose own end is what
 * reaches the top (the space after a block's last card) leads on to the box after it.
 */
function placeAt(root: Element): Place | undefined {
  const found = firstText(root);
  if (!found) return undefined;
  const [element, box] = found;
  const size = { width: window.innerWidth, height: window.innerHeight };
  // A window with no height (a hidden frame) has no place: its share of the screen would be infinite.
  if (!size.height) return undefined;
  return box.top >= 0 ? { element, within: 0, share: box.top / size.height, ...size } : { element, within: -box.top / box.height, share: 0, ...size };
}

function firstText(parent: Element): [Element, DOMRect] | undefined {
  for (const child of parent.children) {
    const box = child.getBoundingClientRect();
    if (box.bottom <= 0 || !box.height || /^(absolute|fixed|sticky)$/.test(getComputedStyle(child).position)) continue;
    if (!CONTAINERS.has(child.tagName) || ownText(child)) return [child, box];
    const inside = firstText(child);
    if (inside) return inside;
  }
  return undefined;
}

const ownText = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
