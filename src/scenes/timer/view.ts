import { formatDuration } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { View } from '../contract';
import { clockText, counterText, handAngles, handEnd, isEstimate, minuteAt, timerFrame, wallTime, type OrderTimer, type TimerStep, type ZONES } from './layout';

export type Zone = keyof typeof ZONES;
export const CLOCKS: readonly Zone[] = ['beijing', 'pacific'];

/** What the client needs to draw any state: the two published points, each clock's offset, the edition. */
export interface TimerData {
  timer: OrderTimer;
  offsets: Record<Zone, number>;
  lang: Lang;
}

/** The hands' lengths on a face of radius 44 (viewBox -46 -46 92 92). */
export const HAND = { hour: 22, minute: 34 } as const;

const hand = (angle: number, length: number) => {
  const [x, y] = handEnd(angle, length);
  return { attrs: { x2: String(x), y2: String(y) } };
};

/** The moment a step shows at a progress: each clock's hands and time, the counter, the time since the start and the bar. */
export function timerView({ timer, offsets, lang }: TimerData, state: TimerStep, progress: number): View {
  const frame = timerFrame(timer, minuteAt(state, progress));
  const view: View = {
    // Between the two published points the count is an estimate, marked "about" (≈).
    figure: { attrs: { 'data-estimate': isEstimate(timer, frame.orders) ? '' : null } },
    counter: { attrs: { 'data-value': String(frame.orders) }, text: counterText(frame.orders, lang) },
    elapsed: { text: formatDuration(Math.floor(frame.minute), lang) },
    bar: { attrs: { width: String(Math.round(frame.share * 1000) / 10) } },
  };
  for (const zone of CLOCKS) {
    const wall = wallTime(frame.at, offsets[zone]);
    const angles = handAngles(wall.hours, wall.minutes);
    view[`${zone}-time`] = { text: clockText(wall) };
    view[`${zone}-hour`] = hand(angles.hour, HAND.hour);
    view[`${zone}-minute`] = hand(angles.minute, HAND.minute);
  }
  return view;
}
