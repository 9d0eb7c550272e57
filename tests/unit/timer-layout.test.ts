import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/i18n/format';
import { clockText, counterText, handAngles, minuteAt, orderPace, saleOffsets, timerFrame, wallTime, zoneOffset } from '../../src/scenes/timer/layout';
import { loadOrderTimer } from '../../src/scenes/timer/data';

const timer = loadOrderTimer();

describe('the order-count timer', () => {
  it('reads its two published points from data/facts.csv', () => {
    expect(timer).toEqual({ start: Date.parse('2017-11-11T08:00:00Z'), minutes: 230, orders: 10_000_000 });
  });

  it('opens at 16:00 in Beijing, which is 00:00 Pacific and 08:00 UTC', () => {
    const offsets = saleOffsets(timer);
    expect(offsets).toEqual({ beijing: 480, pacific: -480 });
    expect(clockText(wallTime(timer.start, offsets.beijing))).toBe('16:00');
    expect(clockText(wallTime(timer.start, offsets.pacific))).toBe('00:00');
    expect(clockText(wallTime(timer.start, 0))).toBe('08:00');
  });

  it('passes 10 million at 19:50 Beijing and 03:50 Pacific', () => {
    const end = timerFrame(timer, 230);
    const offsets = saleOffsets(timer);
    expect(end.orders).toBe(10_000_000);
    expect(wallTime(end.at, offsets.beijing)).toEqual({ hours: 19, minutes: 50 });
    expect(wallTime(end.at, offsets.pacific)).toEqual({ hours: 3, minutes: 50 });
  });

  it('reads each zone’s offset from the time-zone data, summer time included', () => {
    expect(zoneOffset(Date.UTC(2017, 6, 1, 12), 'America/Los_Angeles')).toBe(-420);
    expect(zoneOffset(Date.UTC(2017, 10, 11, 8), 'Asia/Kolkata')).toBe(330);
  });

  it('refuses a sale during which a clock changes (it would show the wrong time)', () => {
    // US clocks went back at 09:00 UTC on 5 November 2017.
    expect(() => saleOffsets({ ...timer, start: Date.UTC(2017, 10, 5, 8) })).toThrow(/America\/Los_Angeles/);
  });

  it('writes the live counter exactly as the prose writes counts, without building an Intl formatter', () => {
    const counts = [0, 7, 999, 1_000, 9_999, 10_000, 10_049, 10_050, 43_478, 99_995, 999_999, 1_000_000, 1_004_999, 1_005_000, 4_347_826, 9_999_949, 9_999_950, 10_000_000];
    for (let n = 0; n <= 10_000_000; n += 9_973) counts.push(n);
    for (const lang of ['zh', 'en'] as const) {
      for (const n of counts) expect(counterText(n, lang), `${n} (${lang})`).toBe(formatCount(n, lang, true));
    }
  });

  it('counts at the average pace: about 43,478 a minute, 725 a second', () => {
    const pace = orderPace(timer);
    expect(Math.round(pace.perMinute)).toBe(43_478);
    expect(Math.round(pace.perSecond)).toBe(725);
    expect(timerFrame(timer, 115).orders).toBe(5_000_000);
    expect(timerFrame(timer, 1).orders).toBe(43_478);
  });

  it('maps a step and a scroll progress to a minute, clamped to the step', () => {
    expect(minuteAt({ from: 0, to: 230 }, 0)).toBe(0);
    expect(minuteAt({ from: 0, to: 230 }, 0.5)).toBe(115);
    expect(minuteAt({ from: 0, to: 230 }, 1.7)).toBe(230);
    expect(minuteAt({ from: 0, to: 230 }, Number.NaN)).toBe(0);
    expect(minuteAt({ from: 230 }, 0.3)).toBe(230);
    expect(timerFrame(timer, 999).orders).toBe(10_000_000);
    expect(timerFrame(timer, -5).orders).toBe(0);
  });

  it('points the hands like a wall clock', () => {
    expect(handAngles(16, 0)).toEqual({ hour: 120, minute: 0 });
    expect(handAngles(3, 50)).toEqual({ hour: 115, minute: 300 });
  });
});
