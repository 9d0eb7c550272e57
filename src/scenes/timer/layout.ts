/*
 * The order-count timer, as pure functions: no DOM, so the build and the browser draw the same thing.
 * Only two points are published (the start, and 10 million paid orders 230 minutes later), so
 * every count in between is the straight line between them: the average pace, and no more.
 */

export interface OrderTimer {
  /** The sale's start, ms since the epoch (UTC). */
  start: number;
  /** Minutes from the start to the milestone. */
  minutes: number;
  /** Paid orders at the milestone. */
  orders: number;
}

export interface TimerStep {
  /** Minute shown when the step begins. */
  from: number;
  /** Minute shown when the reader has scrolled through the step; the same as `from` if omitted. */
  to?: number;
}

export const ZONES = { beijing: 'Asia/Shanghai', pacific: 'America/Los_Angeles' } as const;

/** Orders per minute and per second at the average pace. */
export function orderPace(timer: OrderTimer) {
  const perMinute = timer.orders / timer.minutes;
  return { perMinute, perSecond: perMinute / 60 };
}

/** The minute shown for a step at a scroll progress between 0 and 1. */
export function minuteAt(step: TimerStep, progress: number): number {
  const p = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  const to = step.to ?? step.from;
  return step.from + (to - step.from) * p;
}

export interface TimerFrame {
  minute: number;
  /** Paid orders, a whole number that reaches the milestone exactly at its minute. */
  orders: number;
  /** The moment shown, ms since the epoch. */
  at: number;
  /** Share of the way to the milestone, 0–1. */
  share: number;
}

export function timerFrame(timer: OrderTimer, minute: number): TimerFrame {
  const m = Math.min(timer.minutes, Math.max(0, minute));
  const share = m / timer.minutes;
  return { minute: m, orders: Math.round(timer.orders * share), at: timer.start + m * 60_000, share };
}

/** Hand angles in degrees clockwise from 12 o'clock, for a wall clock showing hours:minutes. */
export function handAngles(hours: number, minutes: number) {
  return { hour: ((hours % 12) + minutes / 60) * 30, minute: minutes * 6 };
}

/** Hours and minutes of `at` on the wall clocks of `timeZone`. */
export function wallTime(at: number, timeZone: string): { hours: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone }).formatToParts(at);
  const read = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { hours: read('hour'), minutes: read('minute') };
}

/** Point at `angle` degrees clockwise from 12 o'clock, `length` from the centre. */
export function handEnd(angle: number, length: number): [number, number] {
  const rad = (angle * Math.PI) / 180;
  return [round(Math.sin(rad) * length), round(-Math.cos(rad) * length)];
}

const round = (n: number) => Math.round(n * 10) / 10;
