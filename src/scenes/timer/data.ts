import { loadFacts, requireFact } from '../../datasets/facts';
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
