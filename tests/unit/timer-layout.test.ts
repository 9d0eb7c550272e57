import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration } from '../../src/i18n/format';
import { clockText, counterText, countsShown, handAngles, isEstimate, minuteAt, minutesShown, orderPace, saleOffsets, timerFrame, wallTime, widestTexts, zoneOffset } from '../../src/scenes/timer/layout';
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

  it('keeps room for the widest counts a block shows: texts no other outgrows, digits counted alike', () => {
    expect(widestTexts(['0', '999', '1,000', '9,999'])).toEqual(['9,999']);
    // Neither holds the other's characters: both kept, the wider of them depends on the font.
    expect(widestTexts(['≈999,999', '≈1 million', '≈9.99 million'])).toEqual(['≈999,999', '≈9.99 million']);
    // The estimate mark is a character like any other.
    expect(widestTexts(['10 million', '≈9.99 million'])).toEqual(['≈9.99 million']);
    expect(widestTexts(['1.25万', '12.5万'])).toEqual(['12.5万']);
  });

  it('finds every shape of count a block shows, and no count it does not show', () => {
    const texts = (states: { from: number; to?: number }[], lang: 'zh' | 'en') =>
      widestTexts(countsShown(timer, states, lang).map((n) => `${isEstimate(timer, n) ? '≈' : ''}${counterText(n, lang)}`));
    const story = [{ from: 0 }, { from: 0, to: 230 }, { from: 230 }];
    expect(texts(story, 'en')).toEqual(['≈999,999', '≈9.99 million']);
    expect(texts(story, 'zh')).toEqual(['≈9,999', '≈999.99万']);
    // A block that stops halfway keeps no room for counts it never reaches.
    expect(texts([{ from: 0, to: 115 }], 'en')).toEqual(['≈999,999', '≈4.99 million']);
    expect(texts([{ from: 230 }], 'en')).toEqual(['10 million']);
    // Counts between 9,995,000 and the milestone round to 10 million, still estimates.
    expect(texts([{ from: 229.9, to: 230 }], 'en')).toEqual(['≈10 million']);
    // Against every count from 0 to 10 million in steps of 997: none has a shape the block's counts miss.
    for (const lang of ['zh', 'en'] as const) {
      const shape = (n: number) => `${isEstimate(timer, n)} ${counterText(n, lang).replace(/\d/g, '0')}`;
      const shapes = new Set(countsShown(timer, story, lang).map(shape));
      const missed = [];
      for (let n = 0; n <= 10_000_000; n += 997) if (!shapes.has(shape(n))) missed.push(n);
      expect(missed, lang).toEqual([]);
    }
  });

  it('finds every whole minute a block shows, for the widest time since the start', () => {
    expect(minutesShown(timer, [{ from: 0 }, { from: 230 }])).toEqual([0, 230]);
    expect(minutesShown(timer, [{ from: 0, to: 230 }])).toHaveLength(231);
    expect(widestTexts(minutesShown(timer, [{ from: 0, to: 230 }]).map((minute) => formatDuration(minute, 'en')))).toEqual(['3 h 50 min']);
    expect(widestTexts(minutesShown(timer, [{ from: 0, to: 30 }]).map((minute) => formatDuration(minute, 'zh')))).toEqual(['30分']);
  });

  it('points the hands like a wall clock', () => {
    expect(handAngles(16, 0)).toEqual({ hour: 120, minute: 0 });
    expect(handAngles(3, 50)).toEqual({ hour: 115, minute: 300 });
  });
});
