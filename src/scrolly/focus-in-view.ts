import { prefersReducedMotion } from '../ui/motion';
import { cardTopFor } from './locate';

/**
 * A keyboard reader tabbing into a step brings it across the trigger line, which makes it the
 * current step, with the whole card in view. Centring it instead left the last step of a block
 * above a phone's trigger line, at 0.7 of the screen: a focused step that was not current.
 * Listened for from the start, before the block's scene is loaded: tabbing into a far block's
 * step is what brings it near.
 */
export function bringFocusedStepToLine(block: HTMLElement, trigger: () => number) {
  block.addEventListener('focusin', (event) => {
    const step = (event.target as Element).closest<HTMLElement>('[data-step]');
    if (!step) return;
    const card = step.getBoundingClientRect();
    const top = cardTopFor(card.height, window.innerHeight, trigger());
    if (step.getAttribute('aria-current') === 'step' && Math.abs(card.top - top) < 1) return;
    window.scrollTo({ top: window.scrollY + card.top - top, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  });
}

/**
 * A control of the figure that takes focus is brought into full view. A figure may be taller than
 * a phone's screen (a map with its legend and notes), and while it sticks its foot never shows:
 * no scrolling reaches a control there. So the figure sticks higher, by what the control needs,
 * until focus leaves it.
 */
export function keepFocusInView(sticky: HTMLElement | null) {
  if (!sticky) return;
  sticky.addEventListener('focusin', (event) => {
    const box = (event.target as Element).getBoundingClientRect();
    const room = 8;
    const below = box.bottom + room - window.innerHeight;
    const above = room - box.top;
    const shift = below > 0 ? -below : above > 0 ? above : 0;
    if (!shift) return;
    const top = Number.parseFloat(getComputedStyle(sticky).top) || 0;
    sticky.style.setProperty('top', `${Math.min(0, Math.max(window.innerHeight - sticky.offsetHeight, top + shift))}px`);
  });
  sticky.addEventListener('focusout', (event) => {
    if (!sticky.contains(event.relatedTarget as Node | null)) sticky.style.removeProperty('top');
  });
}
