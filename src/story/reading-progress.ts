/**
 * Fills the reading-progress bar from script where CSS cannot: browsers without scroll-driven
 * animations, and readers who ask for less motion (global.css then switches every CSS animation
 * off, yet a bar that follows the scroll position is not motion of its own). One passive listener,
 * at most one write per frame, and nothing read but the scroll position: no long task.
 */
export function startReadingProgress(doc: Document = document): void {
  const bar = doc.querySelector<HTMLElement>('[data-reading-progress]');
  if (!bar) return;
  const lessMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const cssCan = typeof CSS !== 'undefined' && CSS.supports('animation-timeline: scroll()');
  let frame = 0;
  let listening = false;

  const draw = () => {
    frame = 0;
    const range = doc.documentElement.scrollHeight - window.innerHeight;
    const share = range > 0 ? Math.min(1, Math.max(0, window.scrollY / range)) : 1;
    bar.style.transform = `scaleX(${share})`;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const follow = () => {
    const needed = !cssCan || lessMotion.matches;
    if (needed === listening) return;
    listening = needed;
    if (needed) {
      window.addEventListener('scroll', schedule, { passive: true });
      window.addEventListener('resize', schedule, { passive: true });
      schedule();
    } else {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      // The CSS animation takes over; a leftover inline transform would show through if it ever stopped.
      bar.style.removeProperty('transform');
    }
  };
  lessMotion.addEventListener('change', follow);
  follow();
}
