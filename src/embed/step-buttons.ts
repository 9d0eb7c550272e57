import type { SceneInstance } from '../scenes/contract';

/** One button per step of the chapter; the pressed one is the state shown, at its end. */
export function startStepButtons(box: HTMLElement, scene: SceneInstance, steps: unknown[], start: number): void {
  const buttons = [...box.querySelectorAll<HTMLButtonElement>('[data-step-button]')];
  const select = (index: number) => {
    buttons.forEach((button, i) => button.setAttribute('aria-pressed', String(i === index)));
    scene.update(steps[index], 1);
  };
  buttons.forEach((button, i) => button.addEventListener('click', () => select(i)));
  select(start);
}
