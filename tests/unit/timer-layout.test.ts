import { describe, expect, it } from 'vitest';
import { handAngles, minuteAt, orderPace, timerFrame, wallTime, ZONES } from '../../src/scenes/timer/layout';
import { loadOrderTimer } from '../../src/scenes/timer/data';

const timer = loadOrderTimer();

describe('the order-count timer', () => {
  it('reads its two published points from data/facts.csv', () => {
    expect(timer).toEqual({ start: Date.parse('2017-11-11T08:00:00Z'), minutes: 230, orders: 10_000_000 });
  });

  it('opens at 16:00 in Beijing, which is 00:00 Pacific and 08:00 UTC', () => {
    expect(wallTime(timer.start, ZONES.beijing)).toEqual({ hours: 16, minutes: 0 });
    expect(wallTime(timer.start, ZONES.pacific)).toEqual({ hours: 0, minutes: 0 });
    expect(wallTime(timer.start, 'UTC')).toEqual({ hours: 8, minutes: 0 });
  });

  it('passes 10 million at 19:50 Beijing and 03:50 Pacific', () => {
    const end = timerFrame(timer, 230);
    expect(end.orders).toBe(10_000_000);
    expect(wallTime(end.at, ZONES.beijing)).toEqual({ hours: 19, minutes: 50 });
    expect(wallTime(end.at, ZONES.pacific)).toEqual({ hours: 3, minutes: 50 });
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
