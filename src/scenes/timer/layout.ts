/*
 * The order-count timer, as pure functions: no DOM, so the build and the browser draw the same thing.
 * Only two points are published (the start, and 10 million paid orders 230 minutes later), so
 * every count in between is the straight line between them: the average pace, and no more.
 */
import { dateFormat } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';

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

/**
 * A figure rounded to two significant digits (43,478 → 43,000): the pace rests on a duration only
 * the article gives, so more digits would claim a precision nobody has.
 */
export function roughly(n: number): number {
  if (!(n > 0)) return 0;
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / step) * step;
}

/** Between the two published points the count is the average pace's, an estimate: not the published 0 or milestone. */
export const isEstimate = (timer: Pick<OrderTimer, 'orders'>, orders: number) => orders > 0 && orders < timer.orders;

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

/*
 * Time zones are resolved at build; the browser only adds minutes. Building the Intl formatters a
 * zone or a compact number needs cost a slow phone a tenth of a second at the first frame.
 */

/** Minutes `timeZone` is ahead of UTC at `at`. Build only: it needs the browser's Intl data. */
export function zoneOffset(at: number, timeZone: string): number {
  const parts = dateFormat('en-GB', { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23', timeZone }).formatToParts(at);
  const read = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const local = Date.UTC(read('year'), read('month') - 1, read('day'), read('hour'), read('minute'));
  return Math.round((local - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/** Each clock's offset from UTC during the sale; a clock change inside it would need more than one. */
export function saleOffsets(timer: OrderTimer): Record<keyof typeof ZONES, number> {
  const end = timer.start + timer.minutes * 60_000;
  const offsets = {} as Record<keyof typeof ZONES, number>;
  for (const [zone, timeZone] of Object.entries(ZONES) as [keyof typeof ZONES, string][]) {
    offsets[zone] = zoneOffset(timer.start, timeZone);
    if (zoneOffset(end, timeZone) !== offsets[zone]) throw new Error(`timer: the clocks of ${timeZone} change during the sale; one offset per clock cannot show it`);
  }
  return offsets;
}

/** Hours and minutes of `at` on a wall clock `offset` minutes ahead of UTC. */
export function wallTime(at: number, offset: number): { hours: number; minutes: number } {
  const local = new Date(at + offset * 60_000);
  return { hours: local.getUTCHours(), minutes: local.getUTCMinutes() };
}

/** A wall-clock time, 24-hour: 19:50. */
export const clockText = ({ hours, minutes }: { hours: number; minutes: number }) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;

/**
 * The live counter, two decimals of 万 or of a million: what formatCount(n, lang, true) writes
 * (a test holds them equal), without the compact Intl formatter it would build in the browser.
 */
export function counterText(orders: number, lang: Lang): string {
  const n = Math.max(0, Math.round(orders));
  const [unit, word] = lang === 'zh' ? [10_000, '万'] : [1_000_000, ' million'];
  if (n < unit) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  const hundredths = Math.round(n / (unit / 100));
  const whole = Math.floor(hundredths / 100);
  const decimals = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '');
  return `${whole}${decimals ? `.${decimals}` : ''}${word}`;
}

/**
 * Every count a block's steps show, or one standing for others written the same way but for their
 * digits: a count's text changes its shape where a digit is added, and above the unit (万, million)
 * where its hundredths end in zeros, which any hundred hundredths in a row show. So the counts
 * within a hundred hundredths of each power of ten and of each end of a step stand for the rest.
 */
export function countsShown(timer: OrderTimer, states: readonly TimerStep[], lang: Lang): number[] {
  const hundredth = (lang === 'zh' ? 10_000 : 1_000_000) / 100;
  const ranges = states.map((state) => [0, 1].map((progress) => timerFrame(timer, minuteAt(state, progress)).orders));
  const near = [1, timer.orders - 1, ...ranges.flat()];
  for (let power = 10; power <= timer.orders; power *= 10) near.push(power);
  const counts = new Set<number>();
  for (const at of near) {
    for (let i = -100; i <= 100; i++) counts.add(at + i).add((Math.round(at / hundredth) + i) * hundredth);
  }
  return [...counts].filter((n) => ranges.some(([low, high]) => n >= low && n <= high)).sort((a, b) => a - b);
}

/** Every whole minute since the start a block's steps show (the time since the start is written in whole minutes). */
export function minutesShown(timer: OrderTimer, states: readonly TimerStep[]): number[] {
  const minutes = new Set<number>();
  for (const state of states) {
    const [from, to] = [0, 1].map((progress) => Math.floor(timerFrame(timer, minuteAt(state, progress)).minute));
    for (let minute = from; minute <= to; minute++) minutes.add(minute);
  }
  return [...minutes].sort((a, b) => a - b);
}

/**
 * Of some texts, those no other outgrows, for the figure to keep room for (Figure.astro). Digits
 * are tabular figures, all one width: a text outgrows another that has no more of any character,
 * digits counted alike. Of texts with the same characters the last is kept: given in ascending
 * order, the largest number, the widest should a font's digits differ after all.
 */
export function widestTexts(texts: readonly string[]): string[] {
  const shapes = new Map<string, { text: string; chars: Map<string, number> }>();
  for (const text of texts) {
    const chars = new Map<string, number>();
    for (const char of text.replace(/\d/g, '0')) chars.set(char, (chars.get(char) ?? 0) + 1);
    shapes.set([...chars].sort().join(), { text, chars });
  }
  const all = [...shapes.values()];
  const outgrows = (a: (typeof all)[number], b: (typeof all)[number]) => a !== b && [...b.chars].every(([char, n]) => (a.chars.get(char) ?? 0) >= n);
  return all.filter((shape) => !all.some((other) => outgrows(other, shape))).map(({ text }) => text);
}

/** Point at `angle` degrees clockwise from 12 o'clock, `length` from the centre. */
export function handEnd(angle: number, length: number): [number, number] {
  const rad = (angle * Math.PI) / 180;
  return [round(Math.sin(rad) * length), round(-Math.cos(rad) * length)];
}

const round = (n: number) => Math.round(n * 10) / 10;
