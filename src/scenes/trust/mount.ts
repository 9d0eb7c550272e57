import type { MountScene } from '../contract';
import { barStates, type TrustStep } from './layout';

/**
 * Shows the bars a step names and emphasises one, on the chart the build rendered with every
 * bar drawn. Bars grow by a CSS transition that is only declared for readers who accept motion.
 */
export const mount: MountScene<TrustStep> = (root) => {
  const rows = [...root.querySelectorAll<HTMLElement>('[data-statement]')];
  if (!rows.length) throw new Error('trust: the figure has no [data-statement] rows');
  const ids = rows.map((row) => row.dataset.statement ?? '');
  const built = rows.map((row) => row.className);
  const chart = root.querySelector<HTMLElement>('.trust') ?? root;
  let first = true;
  let shown: string | undefined;

  return {
    update(state) {
      // Called in every frame of a scroll; only a new step changes the bars.
      const key = JSON.stringify(state);
      if (key === shown) return;
      shown = key;
      // The first state replaces the build's at once: bars glide only between steps, never from a
      // state the reader did not see (and never half-faded while a reader's tools look at them).
      if (first) {
        first = false;
        chart.toggleAttribute('data-instant', true);
        requestAnimationFrame(() => requestAnimationFrame(() => chart.removeAttribute('data-instant')));
      }
      const states = barStates(state, ids);
      rows.forEach((row, i) => {
        row.classList.toggle('is-pending', states[ids[i]] === 'hidden');
        row.classList.toggle('is-highlighted', states[ids[i]] === 'highlighted');
      });
    },
    resize() {},
    destroy() {
      rows.forEach((row, i) => (row.className = built[i]));
    },
  };
};
