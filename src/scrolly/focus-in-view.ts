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
