import { prefersReducedMotion } from '../ui/motion';
import { debugOverlay, debugRequested } from './debug-overlay';
import { keepFocusInView } from './focus-in-view';
import { cardTopFor, locate, type Span } from './locate';
import { watchSteps, type WatchedBlock } from './watch-steps';

/**
 * Where on the screen a step becomes active, as a share of the viewport height: the middle beside
 * a sticky figure; lower on phones, where the steps pass over the figure and must not hide it.
 */
const trigger = (): 0.5 | 0.7 => (window.innerWidth <= 720 ? 0.7 : 0.5);

/**
 * What the engine needs of a block's figure, whatever it draws: to be shown at a step's state (the
 * block's own, opaque here) and progress, and to be told when the window is resized.
 */
export interface StepFigure {
  update(state: unknown, progress: number): void;
  resize(): void;
}

/** Brings a block's figure to life; undefined when it has none that moves. */
export type MountFigure = (block: HTMLElement) => Promise<StepFigure | undefined>;

/** What the page-wide listeners need of a started block. */
interface Block extends WatchedBlock {
  /**
   * Called at every scroll event with the trigger line's place in the page: measures only when the
   * block is near, or was just passed.
   */
  follow: (line: number) => void;
}

/**
 * Drives every scrolly block on the page. Scrollama says when the reader crosses a step, the
 * scroll listener when they move within one; `locate` says *where* they are, from the steps'
 * geometry, so the scene shown is always a function of (step, progress) and never of the events
 * that led there.
 *
 * The page has one scroll listener and one observer of the blocks, whatever their number: every
 * listener a scroll event calls costs a slow phone's frame.
 */
export function startScrollies(mount: MountFigure, doc: Document = document): void {
  /*
   * After the first frame: the page is then laid out already, so measuring the steps is cheap.
   * Started while the parser's last layout was pending, the engine made the browser lay out the
   * whole story inside its own task, the longest of the load.
   */
  requestAnimationFrame(() =>
    setTimeout(() => {
      const following: Block[] = [];
      // The trigger line is read once per scroll event, for every block.
      window.addEventListener(
        'scroll',
        () => {
          const line = window.scrollY + window.innerHeight * trigger();
          following.forEach((block) => block.follow(line));
        },
        { passive: true },
      );
      const started = [...doc.querySelectorAll<HTMLElement>('[data-scrolly]')].map((block) =>
        startScrolly(block, mount)
          .then((running) => {
            if (running) following.push(running);
            return running;
          })
          .catch((error) => {
            console.error(error);
            return undefined;
          }),
      );
      // Each block follows the scroll as soon as its scene is mounted; scrollama waits for them all.
      Promise.all(started).then((blocks) => watchSteps(blocks.filter((block) => block !== undefined), trigger()));
    }),
  );
}

async function startScrolly(block: HTMLElement, mount: MountFigure): Promise<Block | undefined> {
  const steps = [...block.querySelectorAll<HTMLElement>('[data-step]')];
  const states = JSON.parse(block.dataset.steps ?? '[]') as unknown[];
  const scene = steps.length ? await mount(block) : undefined;
  if (!scene) return;
  let active = -1;
  let frame = 0;
  let printing = false;
  let drawn = { index: -1, progress: -1 };
  const debug = import.meta.env.DEV && debugRequested() ? debugOverlay(block) : undefined;

  /*
   * Reading the steps' geometry happens where layout is already clean (scroll, resize and
   * observer callbacks); writing the scene waits for the next frame. Reads never follow writes,
   * so no frame lays the page out twice. The steps' extent in the page, and the side of it the
   * trigger line was on, are kept for when the block is far from the reader (below).
   */
  let extent = { top: 0, bottom: 0 };
  let side = 0;
  const sideOf = (line: number) => (line < extent.top ? -1 : line > extent.bottom ? 1 : 0);
  const measure = () => {
    const spans = territories(steps);
    const line = window.innerHeight * trigger();
    extent = { top: spans[0].top + window.scrollY, bottom: spans[spans.length - 1].bottom + window.scrollY };
    side = sideOf(line + window.scrollY);
    return locate(spans, line);
  };
  let position = measure();
  const apply = () => {
    frame = 0;
    if (printing) return;
    const { index, progress, within } = position;
    // Only a block the reader is in has a current step; the scene still shows its nearest state.
    const current = within ? index : -1;
    if (current !== active) {
      steps[active]?.removeAttribute('aria-current');
      steps[current]?.setAttribute('aria-current', 'step');
      active = current;
    }
    // Less motion: each step shows its own end state, so the scene jumps rather than glides.
    const shown = prefersReducedMotion() ? 1 : progress;
    // A scene redraws only when its step or progress moved: the blocks the reader is not in stay put while they scroll.
    if (index !== drawn.index || shown !== drawn.progress) {
      drawn = { index, progress: shown };
      scene.update(states[index], shown);
    }
    debug?.(index, progress, trigger());
    // Lets tests, and embedders' scripts, know that the scene now follows the reader.
    block.dataset.ready ??= '';
  };
  const schedule = () => {
    position = measure();
    if (!frame) frame = requestAnimationFrame(apply);
  };
  const render = () => {
    cancelAnimationFrame(frame);
    position = measure();
    apply();
  };

  window.addEventListener('resize', () => {
    block.dataset.trigger = String(trigger());
    scene.resize();
    schedule();
  });
  /*
   * Scroll restoration, anchor jumps and flings can land between scrollama's observations, so a
   * block follows the scroll itself. Only a block within a screen of the reader measures its steps:
   * every block doing so at every scroll event cost a slow phone's frame more than the scene it
   * drew. A far block only asks, from where its steps lay when last measured, whether the reader
   * has passed to its other side, and then takes the state its position gives.
   */
  let near = false;
  const follow = (line: number) => {
    if (near || sideOf(line) !== side) schedule();
  };
  const nearing = (now: boolean) => {
    near = now;
    schedule();
  };
  window.addEventListener('hashchange', schedule);
  // On paper each scene shows its final state, the one the build drew for readers without JS;
  // the screen goes back to where the reader is afterwards.
  window.addEventListener('beforeprint', () => {
    printing = true;
    scene.update(states.at(-1), 1);
    drawn = { index: -1, progress: -1 };
  });
  window.addEventListener('afterprint', () => {
    printing = false;
    render();
  });
  /*
   * A keyboard reader tabbing into a step brings it across the trigger line, which makes it the
   * current step, with the whole card in view. Centring it instead left the last step of a block
   * above a phone's trigger line, at 0.7 of the screen: a focused step that was not current.
   */
  block.addEventListener('focusin', (event) => {
    const step = (event.target as Element).closest<HTMLElement>('[data-step]');
    if (!step) return;
    const card = step.getBoundingClientRect();
    const top = cardTopFor(card.height, window.innerHeight, trigger());
    if (steps.indexOf(step) === active && Math.abs(card.top - top) < 1) return;
    window.scrollTo({ top: window.scrollY + card.top - top, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  });
  keepFocusInView(block.querySelector<HTMLElement>('.scrolly__figure'));
  /*
   * The first state waits for a frame like every other, so that no block measures the steps after
   * another wrote its scene. A block more than a screen away waits for an idle moment instead:
   * each then redraws in a task of its own, not every scene of the story in the first frame. Any
   * scroll before then brings its state at once.
   */
  const box = block.getBoundingClientRect();
  const far = box.top > 2 * window.innerHeight || box.bottom < -window.innerHeight;
  // Drawn in the idle task itself: waiting for a frame put every far block's first state in one.
  if (far) whenIdle(() => !frame && render());
  else schedule();
  block.dataset.trigger = String(trigger());
  return { element: block, steps, near: nearing, schedule, follow };
}

const whenIdle = (run: () => void) => {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 200);
};

/**
 * A step's territory runs from its top to the next step's top, so that progress covers the whole
 * scroll between two steps, not only the card's own height; the last step ends with its card.
 */
function territories(steps: HTMLElement[]): Span[] {
  const rects = steps.map((step) => step.getBoundingClientRect());
  return rects.map((rect, i) => ({ top: rect.top, bottom: rects[i + 1]?.top ?? rect.bottom }));
}
