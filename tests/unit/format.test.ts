import { describe, expect, it } from 'vitest';
import { formatCny, formatCount, formatDate, formatDuration, formatPercent, formatUsd } from '../../src/i18n/format';

describe('numbers read the way each edition writes them', () => {
  it('counts Chinese numbers in 万 and 亿', () => {
    expect(formatCount(10_000_000, 'zh')).toBe('1000万');
    expect(formatCount(130_000, 'zh')).toBe('13万');
    expect(formatCount(500, 'zh')).toBe('500');
    expect(formatCount(500_000_000, 'zh')).toBe('5亿');
    expect(formatCount(4_347_826, 'zh', true)).toBe('434.78万');
  });

  it('counts English numbers in millions above a million, with separators below', () => {
    expect(formatCount(10_000_000, 'en')).toBe('10 million');
    expect(formatCount(130_000, 'en')).toBe('130,000');
    expect(formatCount(43_478, 'en')).toBe('43,478');
    expect(formatCount(4_347_826, 'en', true)).toBe('4.35 million');
  });

  it('writes durations, money, shares and dates per edition', () => {
    expect(formatDuration(230, 'zh')).toBe('3小时50分');
    expect(formatDuration(230, 'en')).toBe('3 h 50 min');
    expect(formatDuration(0, 'en')).toBe('0 min');
    expect(formatUsd(500_000_000, 'zh')).toBe('5亿美元');
    expect(formatUsd(500_000_000, 'en')).toBe('US$500 million');
    expect(formatPercent(72, 'zh')).toBe('72%');
    const start = new Date('2017-11-11T08:00:00Z');
    expect(formatDate(start, 'zh', 'Asia/Shanghai')).toBe('2017年11月11日');
    expect(formatDate(start, 'en')).toBe('11 Nov 2017');
  });

  it('writes yuan as 元 and 亿元 in Chinese, RMB m and bn in English', () => {
    expect(formatCny(1_250_000_000, 'zh')).toBe('12.5亿元');
    expect(formatCny(100_000_000, 'zh')).toBe('1亿元');
    expect(formatCny(50_000_000, 'zh')).toBe('5000万元');
    expect(formatCny(800, 'zh')).toBe('800元');
    expect(formatCny(1_250_000_000, 'en')).toBe('RMB 1.25 bn');
    expect(formatCny(50_000_000, 'en')).toBe('RMB 50 m');
    expect(formatCny(800, 'en')).toBe('RMB 800');
  });
});
