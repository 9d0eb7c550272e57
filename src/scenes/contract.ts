/**
 * The contract every scene's client keeps. `mount` receives the figure root that the build already
 * rendered (its SVG at the final state) and animates it; it never builds a second chart.
 * `update` is called with the active step's state and the reader's progress through it (0–1),
 * computed afresh each time: a scene must not depend on the order or history of calls.
 */
export interface SceneInstance<State = unknown> {
  update(state: State, progress: number): void;
  resize(): void;
  destroy(): void;
}

export type MountScene<State = unknown> = (root: HTMLElement) => SceneInstance<State>;

/** Readers who ask for less motion get each state at once, with no tweening. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
