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

/*
 * One query, kept: it is asked in every frame of a scroll, and a new matchMedia() each time cost
 * more than the scene's own update. A kept MediaQueryList still follows the reader's setting.
 */
let lessMotion: MediaQueryList | undefined;

/** Readers who ask for less motion get each state at once, with no tweening. */
export function prefersReducedMotion(): boolean {
  if (typeof matchMedia !== 'function') return false;
  lessMotion ??= matchMedia('(prefers-reduced-motion: reduce)');
  return lessMotion.matches;
}
