import scrollama from 'scrollama';

/** A started scrolly block, as the step watcher sees it. */
export interface WatchedBlock {
  element: HTMLElement;
  steps: HTMLElement[];
  /** Told when the block comes within a screen of the reader, or leaves. */
  near: (near: boolean) => void;
  /** Measures where the reader is and draws it in the next frame. */
  schedule: () => void;
}

/**
 * Crossing a step wakes the block it belongs to. scrollama makes an IntersectionObserver and a
 * ResizeObserver for every step it watches, and the browser checks each of them in every frame of
 * a scroll: watching every step of the story made each frame of a longer story cost more. So only
 * the steps of blocks within a screen of the reader are watched: each block has its own scrollama,
 * set up the first time the block comes near and watching only while it stays near, and one
 * observer for all blocks says which are. A reader who jumps past a far block is caught by the
 * scroll listener's `follow`. Progress within a step comes from the scroll listener too:
 * scrollama's own progress observers, one threshold per pixel of every step, cost each frame of a
 * slow phone's scroll more than the scenes did.
 */
export function watchSteps(blocks: WatchedBlock[], offset: scrollama.DecimalType) {
  const byElement = new Map(blocks.map((block) => [block.element, block]));
  const scrollers = new Map<WatchedBlock, scrollama.ScrollamaInstance>();
  const near = new Set<WatchedBlock>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const block = byElement.get(entry.target as HTMLElement);
        if (!block || entry.isIntersecting === near.has(block)) continue;
        block.near(entry.isIntersecting);
        const scroller = scrollers.get(block);
        if (!entry.isIntersecting) {
          near.delete(block);
          scroller?.disable();
          continue;
        }
        near.add(block);
        if (scroller) scroller.enable();
        else scrollers.set(block, scrollama().setup({ step: block.steps, offset }).onStepEnter(block.schedule).onStepExit(block.schedule));
      }
    },
    { rootMargin: '100% 0px' },
  );
  blocks.forEach((block) => observer.observe(block.element));
  window.addEventListener('resize', () => near.forEach((block) => scrollers.get(block)?.resize()));
}
