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
