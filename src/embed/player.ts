import type { SceneInstance } from '../scenes/contract';
import { prefersReducedMotion } from '../ui/motion';

const STEPS = 1000;

/**
 * A play/pause button and a slider over one step's progress (0–1), driving the scene's own
 * update(state, progress): the same frames the reader scrolls through in the story, in `seconds`.
 * Asked for less motion, play shows the end at once.
 */
export function startPlayer(box: HTMLElement, scene: SceneInstance, state: unknown, seconds: number, start: number): void {
  const button = box.querySelector<HTMLButtonElement>('[data-play]')!;
  const slider = box.querySelector<HTMLInputElement>('[data-progress]')!;
  const labels = { play: button.dataset.play ?? '', pause: button.dataset.pause ?? '' };
  let progress = start;
  let frame = 0;
  let last = 0;

  const show = (p: number) => {
    progress = Math.min(1, Math.max(0, p));
    slider.value = String(Math.round(progress * STEPS));
    slider.setAttribute('aria-valuetext', `${Math.round(progress * 100)}%`);
    scene.update(state, progress);
  };
  const stop = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    button.textContent = labels.play;
  };
  const tick = (now: number) => {
    show(progress + (now - last) / 1000 / seconds);
    last = now;
    if (progress < 1) frame = requestAnimationFrame(tick);
    else stop();
  };

  button.addEventListener('click', () => {
    if (frame) return stop();
    if (prefersReducedMotion()) return show(1);
    if (progress >= 1) show(0);
    button.textContent = labels.pause;
    last = performance.now();
    frame = requestAnimationFrame(tick);
  });
  slider.addEventListener('input', () => {
    stop();
    show(Number(slider.value) / STEPS);
  });
  slider.value = String(Math.round(progress * STEPS));
  slider.setAttribute('aria-valuetext', `${Math.round(progress * 100)}%`);
}
