import type { Lang } from '../../i18n/lang';

/**
 * The timer's two published figures as prose writes them (formatted by formatFact, like <Fact>):
 * every number in the chart's words comes from here, so a changed data row changes them all.
 */
export interface TimerFigures {
  /** aliexpress.minutesTo10m, chart style: 3小时50分 / 3 h 50 min. */
  duration: string;
  /** aliexpress.paidOrders: 1000万 / 10 million. */
  orders: string;
}

export const TIMER_LABELS = {
  zh: {
    title: (f: TimerFigures) => `${f.duration}，${f.orders}单`,
    description: '全球速卖通“双11”开场后支付订单的累计数，以及同一时刻北京与太平洋时区的时钟。',
    beijing: '北京时间',
    pacific: '太平洋时间',
    orders: '已支付订单',
    unit: '单',
    /** Before an estimated count. */
    approx: '约',
    pace: (perMinute: string, f: TimerFigures) => `按平均速度推算（约每分钟${perMinute}单）：只有开场和破${f.orders}这两个时刻是公开的，中间的实际曲线未公开。`,
    elapsed: '开场后',
    caveat: (f: TimerFigures) => `破${f.orders}之前的数字为推算`,
    source: (f: TimerFigures) => `来源：国是直通车（原文）；俄罗斯媒体的转述也提到开场时间和破${f.orders}（没有找到公开页面）。`,
    moments: (f: TimerFigures) => ['开场', `支付订单破${f.orders}`],
  },
  en: {
    title: (f: TimerFigures) => `${f.duration}, ${f.orders} orders`,
    description: 'Cumulative paid orders on AliExpress after its 11.11 sale opened, with the clocks in Beijing and on the US Pacific coast at the same moment.',
    beijing: 'Beijing',
    pacific: 'Pacific',
    orders: 'paid orders',
    unit: '',
    approx: '≈',
    pace: (perMinute: string, f: TimerFigures) => `Counted at the average pace (about ${perMinute} orders a minute): only the start and the ${f.orders} mark were published, not the curve between them.`,
    elapsed: 'since the start',
    caveat: (f: TimerFigures) => `Counts below ${f.orders} are estimates`,
    source: (f: TimerFigures) => `Source: Guoshi Zhitongche (the article); a Russian media report, which we could not find online, also gives the start and the ${f.orders}.`,
    moments: (f: TimerFigures) => ['sale opens', `paid orders pass ${f.orders}`],
  },
} satisfies Record<Lang, Record<string, unknown>>;
