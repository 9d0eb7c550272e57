/**
 * Chapters far from the reader cost the browser nothing while they scroll: with
 * `content-visibility: auto` it skips their style, layout, paint and sticky figures until they come
 * near the screen. Without it, every scroll frame of a story ten times as long cost a third more,
 * most of it each block's sticky layer (issue 24).
 *
 * A skipped chapter keeps a size given beforehand. So that skipping moves nothing, each chapter is
 * first laid out whole, as without script, and measured, and keeps exactly that height: anchors,
 * the scroll bar, the engine's measures and a reload's restored position see the same page. A
 * chapter the reader has seen keeps the height it last had (`auto`). A new width, or a new length
 * of `vh` (the gaps between steps are in it), lays every chapter out again, and measures afresh.
 */
export function skipFarChapters(doc: Document = document): void {
  const story = doc.querySelector<HTMLElement>('[data-far-chapters]');
  const chapters = [...doc.querySelectorAll<HTMLElement>('[data-far-chapters] > .chapter')];
  // A browser without it lays every chapter out, as it always did.
  if (!story || !chapters.length || !CSS.supports('content-visibility', 'auto')) return;
  const shared = referredToElsewhere(chapters);
  // A phone's address bar changes the window's height but not vh, which is what the chapters' heights
  // follow: vh is read from an element as tall as 100vh, after each measure, and at a resize, where
  // the read makes the layout the next frame would make anyway.
  const vh = doc.createElement('div');
  vh.setAttribute('aria-hidden', 'true');
  // Not fixed: a printed page would repeat a fixed element on every sheet.
  vh.style.cssText = 'position: absolute; top: 0; width: 0; height: 100vh; visibility: hidden; pointer-events: none';
  story.append(vh);
  let width = window.innerWidth;
  let height = 0;
  const skip = () => {
    // Read all, then write all: one layout, the one the frame had already made.
    const boxes = chapters.map((chapter) => chapter.getBoundingClientRect());
    height = vh.offsetHeight;
    chapters.forEach((chapter, i) => {
      chapter.style.setProperty('contain-intrinsic-block-size', `auto ${boxes[i].height}px`);
      // One on screen now is left alone: turned on there, skipping made what the reader sees jump.
      const far = boxes[i].top > 2 * window.innerHeight || boxes[i].bottom < -window.innerHeight;
      chapter.toggleAttribute('data-far', far && !shared.has(chapter));
    });
    story.dataset.farChapters = 'skipped';
  };
  // After a frame, when the page is laid out already, and after its fonts, which change the heights.
  const afterLayout = () => requestAnimationFrame(() => setTimeout(skip));
  doc.fonts.ready.then(afterLayout, afterLayout);
  window.addEventListener('resize', () => {
    if (window.innerWidth === width && vh.offsetHeight === height) return;
    width = window.innerWidth;
    // Measured again as laid out at the new size; a measure already on its way reads the same.
    story.dataset.farChapters = '';
    afterLayout();
  });
}

/** What an element refers to by id: the words of its accessible name and description, the shape it draws, its paint. */
const SELECTOR = 'use[href], [aria-labelledby], [aria-describedby], [fill^="url(#"], [stroke^="url(#"]';
const referenced = (element: Element) => [
  ...`${element.getAttribute('aria-labelledby') ?? ''} ${element.getAttribute('aria-describedby') ?? ''}`.split(/\s+/),
  ...['href', 'fill', 'stroke'].map((name) => /^(?:url\()?#([^)\s]+)\)?$/.exec(element.getAttribute(name) ?? '')?.[1] ?? ''),
];

/**
 * The chapters holding something another chapter refers to by id: a page's first map defines, for
 * every map, the world's outlines, the legend's fills and the words that name each place. Skipped,
 * a chapter's content is missing from the accessibility tree, so the further maps' places would go
 * nameless to a screen reader: such a chapter is never skipped.
 */
function referredToElsewhere(chapters: HTMLElement[]): Set<HTMLElement> {
  const kept = new Set<HTMLElement>();
  for (const chapter of chapters) {
    for (const element of chapter.querySelectorAll(SELECTOR)) {
      for (const id of referenced(element)) {
        const target = id && element.ownerDocument.getElementById(id);
        const holder = target && !chapter.contains(target) ? chapters.find((other) => other.contains(target)) : undefined;
        if (holder) kept.add(holder);
      }
    }
  }
  return kept;
}
