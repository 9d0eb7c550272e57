import { describe, expect, it } from 'vitest';
import { loadTrustGroups } from '../../src/scenes/trust/data';
import { AXIS_TICKS, barLength, barStates, chartOrder, surveyGroups, valueLabel, type SurveyRow } from '../../src/scenes/trust/layout';

const row = (id: string, share: number, survey: string, survey_date: string, sample: number): SurveyRow => ({
  id,
  statement: id,
  share,
  reported: '',
  survey,
  survey_date,
  sample,
});

describe('the trust-survey bars', () => {
  it('groups the three statements under the two surveys that asked them, in the data’s order', () => {
    const groups = loadTrustGroups('zh');
    expect(groups.map((g) => [g.survey, g.date, g.sample])).toEqual([
      ['Thales e-Security', '2016-10-28', 2000],
      ['Ofcom', '2016-04', 1841],
    ]);
    expect(chartOrder(groups).map((bar) => [bar.id, bar.share])).toEqual([
      ['worried', 72],
      ['completelySecure', 10],
      ['notAtAllSecure', 24],
    ]);
  });

  it('labels each bar with what was asked, in the page’s language, and keeps the article’s “a quarter”', () => {
    const [zh, en] = [chartOrder(loadTrustGroups('zh')), chartOrder(loadTrustGroups('en'))];
    expect(zh[0].statement).toBe('担心使用非接触或智能手机支付会产生危险');
    expect(en[2].statement).toBe('think mobile payment is “not at all secure”');
    expect([zh[2].reported, en[2].reported]).toEqual(['四分之一', 'a quarter']);
    expect(zh[0].reported).toBe('');
  });

  it('keeps a survey’s statements together even when other rows sit between them', () => {
    const groups = surveyGroups([row('a', 1, 'Ofcom', '2016-04', 9), row('b', 2, 'Thales', '2016-10', 5), row('c', 3, 'Ofcom', '2016-04', 9)]);
    expect(groups.map((g) => g.statements.map((s) => s.id))).toEqual([['a', 'c'], ['b']]);
  });

  it('treats the same publisher on another date as another survey', () => {
    expect(surveyGroups([row('a', 1, 'Ofcom', '2016-04', 9), row('b', 2, 'Ofcom', '2017-04', 9)])).toHaveLength(2);
  });

  it('draws lengths in proportion on a scale from 0 to 100, never beyond it', () => {
    expect(AXIS_TICKS[0]).toBe(0);
    expect(AXIS_TICKS.at(-1)).toBe(100);
    expect([72, 24, 10].map(barLength)).toEqual(['72%', '24%', '10%']);
    expect(barLength(33.333)).toBe('33.33%');
    expect(barLength(140)).toBe('100%');
    expect(barLength(-3)).toBe('0%');
    expect(barLength(Number.NaN)).toBe('0%');
  });

  it('prints the value past the bar’s end, or inside it when the bar nearly fills the scale', () => {
    expect(valueLabel(72)).toEqual({ x: '72%', inside: false });
    expect(valueLabel(95)).toEqual({ x: '95%', inside: true });
  });

  it('shows the bars a step names and emphasises one, whatever steps came before', () => {
    const ids = ['worried', 'completelySecure', 'notAtAllSecure'];
    expect(barStates({ show: ['worried'], highlight: 'worried' }, ids)).toEqual({
      worried: 'highlighted',
      completelySecure: 'hidden',
      notAtAllSecure: 'hidden',
    });
    expect(barStates({ show: ['notAtAllSecure', 'worried'] }, ids)).toEqual({
      worried: 'shown',
      completelySecure: 'hidden',
      notAtAllSecure: 'shown',
    });
  });
});
