/** A step's extent on screen, in the same coordinates as the trigger line (CSS pixels). */
export interface Span {
  top: number;
  bottom: number;
}

export interface Position {
  /** The active step: the last one whose top has passed the trigger line (the first before any has). */
  index: number;
  /** How far the trigger line has travelled through that step, 0–1. */
  progress: number;
  /** Whether the trigger line is among the steps at all (not before the first or past the last). */
  within: boolean;
}

/**
 * Where the reader is, from geometry alone. Calling it on load, on resize, after a jump or at the
 * end of a fling gives the same answer as a slow scroll would have: no history is kept.
 */
export function locate(steps: readonly Span[], trigger: number): Position {
  let index = 0;
  for (let i = 0; i < steps.length; i++) if (steps[i].top <= trigger) index = i;
  const step = steps[index];
  if (!step) return { index: 0, progress: 0, within: false };
  const height = Math.max(1, step.bottom - step.top);
  const within = steps[0].top <= trigger && trigger <= steps[steps.length - 1].bottom;
  return { index, progress: Math.min(1, Math.max(0, (trigger - step.top) / height)), within };
}

/**
 * Where a focused step's card goes on screen: its top just above the trigger line, raised until
 * its bottom is in view, but never above the top of the screen; the line then crosses the card.
 */
export function cardTopFor(height: number, viewport: number, trigger: number): number {
  const margin = Math.min(16, viewport / 40);
  const line = viewport * trigger;
  return Math.max(margin, Math.min(line - margin, viewport - margin - height));
}
