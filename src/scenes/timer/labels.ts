import type { Lang } from '../../i18n/lang';

export const TIMER_LABELS = {
  zh: {
    title: '3小时50分，1000万单',
    description: '全球速卖通“双11”开场后支付订单的累计数，以及同一时刻北京与太平洋时区的时钟。',
    beijing: '北京时间',
    pacific: '太平洋时间',
    orders: '已支付订单',
    unit: '单',
    pace: (perMinute: string) => `按平均速度推算（约每分钟${perMinute}单）：只有开场和破1000万这两个时刻是公开的，中间的实际曲线未公开。`,
    elapsed: '开场后',
    source: '来源：国是直通车；开场时间另见速卖通公开报道。',
  },
  en: {
    title: '3 h 50 min, 10 million orders',
    description: 'Cumulative paid orders on AliExpress after its 11.11 sale opened, with the clocks in Beijing and on the US Pacific coast at the same moment.',
    beijing: 'Beijing',
    pacific: 'Pacific',
    orders: 'paid orders',
    unit: '',
    pace: (perMinute: string) => `Counted at the average pace (about ${perMinute} orders a minute): only the start and the 10 million mark were published, not the curve between them.`,
    elapsed: 'since the start',
    source: 'Source: Guoshi Zhitongche (the article); start time also in AliExpress reports.',
  },
} satisfies Record<Lang, Record<string, unknown>>;
