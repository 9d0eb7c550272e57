import type { SceneSources } from '../contract';
import { TIMER_FACTS } from './data';

/** The timer draws three facts: when the sale opened, how long it took, and the order count. */
export const timerSources: SceneSources = {
  name: (lang) => ({ zh: '订单计时器', en: 'The order timer' })[lang],
  rows: Object.values(TIMER_FACTS),
};
