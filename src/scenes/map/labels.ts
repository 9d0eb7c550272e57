import type { Lang } from '../../i18n/lang';
import type { Company, Evidence } from './layout';

export interface ClaimFigures {
  countries: string;
  merchants: string;
  currencies: string;
  /** Places with a reported WeChat Pay arrival, and how many of them on weaker evidence. */
  places: number;
  weak: number;
}

export const MAP_LABELS = {
  zh: {
    title: '中国移动支付走向海外',
    description: '截至2017年11月，本文提到的微信支付、支付宝（蚂蚁金服）、百度和京东的海外布局，以及有公开报道可查的微信支付落地地点。颜色和形状代表公司；斜线代表证据较弱。',
    source: '地图：Natural Earth（1:1.1亿）。数据：每个地点注明的报道，见下表。',
    map: '世界地图',
    everything: '全部',
    companies: { wechat: '微信支付', alipay: '支付宝／蚂蚁金服', baidu: '百度钱包', jd: '京东' } satisfies Record<Company, string>,
    evidence: { strong: '有据', weak: '较弱' } satisfies Record<Evidence, string>,
    legendWeak: '证据较弱',
    legendMix: '不止一家公司',
    legendOrigin: '中国（出发地）',
    origin: '中国',
    claimLead: '本文的说法',
    claim: (f: ClaimFigures) => `微信支付已登陆超过${f.countries}个国家和地区，覆盖超过${f.merchants}境外商户，支持${f.currencies}种以上外币。`,
    claimNote: (f: ClaimFigures) =>
      `这“${f.countries}个”没有公开名单。地图上是有公开报道可查的${f.places}个地点，各注来源；其中${f.weak}个证据较弱。`,
    tableSummary: '地图数据（表格）',
    tableCaption: '地图上的每个地点：一行一个地点和一家公司',
    columns: { place: '地点', company: '公司', what: '发生了什么', date: '日期', evidence: '证据', source: '来源' },
    sourceLink: '原文',
    placeLabel: (place: string, company: string, what?: string) => (what ? `${place}，${company}：${what}` : `${place}，${company}`),
  },
  en: {
    title: 'Chinese mobile payment goes abroad',
    description: 'Where the article’s companies (WeChat Pay, Alipay and Ant Financial, Baidu, JD.com) had gone by November 2017, with every place where WeChat Pay’s arrival was reported. Colour and shape mark the company; hatching marks weaker evidence.',
    source: 'Map: Natural Earth (1:110m). Data: the report named for each place, in the table below.',
    map: 'World map',
    everything: 'All together',
    companies: { wechat: 'WeChat Pay', alipay: 'Alipay / Ant Financial', baidu: 'Baidu Wallet', jd: 'JD.com' } satisfies Record<Company, string>,
    evidence: { strong: 'strong', weak: 'weak' } satisfies Record<Evidence, string>,
    legendWeak: 'weaker evidence',
    legendMix: 'more than one company',
    legendOrigin: 'China (origin)',
    origin: 'China',
    claimLead: 'The article’s claim',
    claim: (f: ClaimFigures) => `WeChat Pay is in more than ${f.countries} countries and regions, with more than ${f.merchants} overseas merchants and ${f.currencies}+ foreign currencies.`,
    claimNote: (f: ClaimFigures) =>
      `No public list of “the ${f.countries}” exists. The map shows the ${f.places} places where WeChat Pay’s arrival was reported, each with its source; ${f.weak} on weaker evidence.`,
    tableSummary: 'The map’s data as a table',
    tableCaption: 'Every place on the map: one row per place and company',
    columns: { place: 'place', company: 'company', what: 'what happened', date: 'date', evidence: 'evidence', source: 'source' },
    sourceLink: 'link',
    placeLabel: (place: string, company: string, what?: string) => (what ? `${place}, ${company}: ${what}` : `${place}, ${company}`),
  },
} satisfies Record<Lang, Record<string, unknown>>;
