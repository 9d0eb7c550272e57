import { prefersReducedMotion } from '../ui/motion';
import { debugOverlay, debugRequested } from './debug-overlay';
import { bringFocusedStepToLine, keepFocusInView } from './focus-in-view';
import { locate, type Position, type Span } from './locate';
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
 * listener a scroll event calls costs a slow phone's frame. A block's scene is fetched and mounted
 * only when the block first comes within a screen of the reader: until then it shows the state
 * the build drew, its last, which is also the right one for a block the reader has jumped past.
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
      const blocks = [...doc.querySelectorAll<HTMLElement>('[data-scrolly]')].flatMap((element) => {
        const steps = [...element.querySelectorAll<HTMLElement>('[data-step]')];
        return steps.length ? [startWhenNear(element, steps, mount, following)] : [];
      });
      const lineTo = () => blocks.forEach(({ element }) => (element.dataset.trigger = String(trigger())));
      lineTo();
      window.addEventListener('resize', lineTo);
      watchSteps(blocks, trigger());
    }),
  );
}

/**
 * A block as the step watcher sees it from the start: what focus needs is listened for at once
 * (tabbing into a far step is what brings it near); its scene is loaded the first time it is near.
 */
function startWhenNear(element: HTMLElement, steps: HTMLElement[], mount: MountFigure, following: Block[]): WatchedBlock {
  bringFocusedStepToLine(element, trigger);
  keepFocusInView(element.querySelector<HTMLElement>('.scrolly__figure'));
  let running: Block | undefined;
  let loading = false;
  let near = false;
  return {
    element,
    steps,
    near: (now) => {
      near = now;
      if (running) running.near(now);
      if (running || loading || !now) return;
      loading = true;
      startScrolly(element, steps, mount)
        .then((started) => {
          if (!started) return;
          running = started;
          following.push(started);
          // Measured afresh now: the reader may have moved on while the scene was loading.
          started.near(near);
        })
        .catch((error) => console.error(error));
    },
    schedule: () => running?.schedule(),
  };
}

async function startScrolly(block: HTMLElement, steps: HTMLElement[], mount: MountFigure): Promise<Block | undefined> {
  const states = JSON.parse(block.dataset.steps ?? '[]') as unknown[];
  const scene = await mount(block);
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
  // Measured when the block is told it is near, which follows at once (startWhenNear).
  let position: Position = { index: 0, progress: 0, within: false };
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
  /*
   * A new step restyles and lays out much of its scene, more than a slow phone's frame can hold
   * besides the scroll's own work: it is drawn in a task of its own after the frame, and laid out
   * there, so that the next frame only paints it. Progress within a step is drawn in the frame.
   */
  let task = 0;
  const applyApart = () => {
    task = 0;
    apply();
    block.getBoundingClientRect();
  };
  const schedule = () => {
    position = measure();
    if (frame || task) return;
    if (position.index !== drawn.index) task = window.setTimeout(applyApart);
    else frame = requestAnimationFrame(apply);
  };
  const render = () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
    task = 0;
    position = measure();
    apply();
  };

  window.addEventListener('resize', () => {
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
  return { element: block, steps, near: nearing, schedule, follow };
}

/**
 * A step's territory runs from its top to the next step's top, so that progress covers the whole
 * scroll between two steps, not only the card's own height; the last step ends with its card.
 */
function territories(steps: HTMLElement[]): Span[] {
  const rects = steps.map((step) => step.getBoundingClientRect());
  return rects.map((rect, i) => ({ top: rect.top, bottom: rects[i + 1]?.top ?? rect.bottom }));
}
