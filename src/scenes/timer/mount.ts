import { viewWriter } from '../apply-view';
import type { MountScene } from '../contract';
import { minuteAt, timerFrame, type TimerStep } from './layout';
import { timerView, type TimerData } from './view';

/** Moves the hands, the counter and the bar of the timer the build rendered. */
export const mount: MountScene<TimerStep, TimerData> = (root, data) => {
  const write = viewWriter(root);
  let shown = -1;
  return {
    update(state, progress) {
      // Called in every frame of a scroll: a frame that shows the same count writes nothing.
      const orders = timerFrame(data.timer, minuteAt(state, progress)).orders;
      if (orders === shown) return;
      shown = orders;
      write(timerView(data, state, progress));
    },
    resize() {},
    destroy() {},
  };
};
