import { formatFact, loadFacts, requireFact } from '../../datasets/facts';
import { formatDuration } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { TimerFigures } from './labels';
import type { OrderTimer } from './layout';

/** The timer's two published points, read from data/facts.csv (never typed into a component). */
export const TIMER_FACTS = {
  start: 'aliexpress.saleStart',
  minutes: 'aliexpress.minutesTo10m',
  orders: 'aliexpress.paidOrders',
} as const;

export function loadOrderTimer(): OrderTimer {
  const facts = loadFacts();
  return {
    start: requireFact(facts, TIMER_FACTS.start).value,
    minutes: requireFact(facts, TIMER_FACTS.minutes).value,
    orders: requireFact(facts, TIMER_FACTS.orders).value,
  };
}

/**
 * The figures the timer's words cite, from the same rows as <Fact>: the count as prose writes it,
 * the duration in the chart's short style (3 h 50 min; prose spells it out).
 */
export function timerFigures(lang: Lang): TimerFigures {
  const facts = loadFacts();
  return { duration: formatDuration(requireFact(facts, TIMER_FACTS.minutes).value, lang), orders: formatFact(requireFact(facts, TIMER_FACTS.orders), lang) };
}
