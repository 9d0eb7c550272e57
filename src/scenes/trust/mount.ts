import { viewWriter } from '../apply-view';
import type { MountScene } from '../contract';
import type { TrustStep } from './layout';
import { trustView, type TrustData } from './view';

/**
 * Shows the bars a step names and emphasises one, on the chart the build rendered. Bars grow by a
 * CSS transition that is only declared for readers who accept motion.
 */
export const mount: MountScene<TrustStep, TrustData> = (root, data) => {
  const write = viewWriter(root);
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
      write(trustView(data, state));
    },
    resize() {},
    destroy() {},
  };
};
