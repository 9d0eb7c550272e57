import type { DataTable } from '../../datasets/data-table';
import { loadFacts, requireFact } from '../../datasets/facts';
import { sourceName } from '../../datasets/source';
import type { Lang } from '../../i18n/lang';
import { TIMER_FACTS, timerFigures } from './data';
import { TIMER_LABELS } from './labels';
import { clockText, saleOffsets, wallTime } from './layout';

const COLUMNS = {
  zh: ['时刻', '协调世界时', '北京时间', '太平洋时间', '已支付订单', '来源', '来源链接'],
  en: ['moment', 'UTC', 'Beijing', 'Pacific', 'paid orders', 'source', 'source URL'],
};

/** The timer's only two published points; everything the chart shows between them is the average pace. */
export function timerTable(lang: Lang): DataTable {
  const facts = loadFacts();
  const start = requireFact(facts, TIMER_FACTS.start);
  const minutes = requireFact(facts, TIMER_FACTS.minutes);
  const orders = requireFact(facts, TIMER_FACTS.orders);
  const moments = TIMER_LABELS[lang].moments(timerFigures(lang));
  const offsets = saleOffsets({ start: start.value, minutes: minutes.value, orders: orders.value });
  const rows = [
    { at: start.value, count: 0, fact: start },
    { at: start.value + minutes.value * 60_000, count: orders.value, fact: minutes },
  ];
  return {
    columns: COLUMNS[lang],
    rows: rows.map(({ at, count, fact }, i) => [
      moments[i],
      new Date(at).toISOString().replace('.000Z', 'Z'),
      clockText(wallTime(at, offsets.beijing)),
      clockText(wallTime(at, offsets.pacific)),
      count,
      sourceName(fact, lang),
      fact.source_url,
    ]),
  };
}
