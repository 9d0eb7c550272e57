import type { Lang } from '../../i18n/lang';
import { EVIDENCE_LABELS } from '../../i18n/evidence';
import type { Company } from './layout';

export interface ClaimFigures {
  countries: string;
  merchants: string;
  currencies: string;
  /** WeChat Pay places with a dated report of use by November 2017 (strong rows), and the weaker ones. */
  places: number;
  weak: number;
  /** The company's own count of foreign markets in July 2017 (Reuters). */
  markets: string;
}

export const MAP_LABELS = {
  zh: {
    title: '中国移动支付走向海外',
    description: '截至2017年11月，原文提到的微信支付、支付宝（蚂蚁金服）、百度和京东到过的地方，以及有报道可查的所有微信支付地点；支付宝的其他市场没有画出。颜色和形状代表公司；斜线代表证据较弱。百度只是与美国的PayPal合作，地图不为它给美国上色。',
    caveat: '截至2017年11月 · 斜线＝证据较弱',
    source: '地图：Natural Earth（1:1.1亿）。数据：每个地点注明的报道，见本图的数据表。',
    map: '世界地图',
    everything: '全部',
    companies: { wechat: '微信支付', alipay: '支付宝／蚂蚁金服', baidu: '百度钱包', jd: '京东' } satisfies Record<Company, string>,
    evidence: EVIDENCE_LABELS.zh,
    legendWeak: EVIDENCE_LABELS.zh.weak,
    legendMix: (companies: string[]) => companies.join('＋'),
    legendPartner: '仅为合作方所在地',
    legendOrigin: '中国（出发地）',
    origin: '中国',
    claimLead: '原文的说法：',
    claim: (f: ClaimFigures) => `微信支付已登陆超过${f.countries}个国家和地区，覆盖超过${f.merchants}境外商户，支持${f.currencies}种以上外币。`,
    claimNote: (f: ClaimFigures) =>
      `这“${f.countries}个”没有公开名单。我们找到的有日期报道显示，到2017年11月已有${f.places}个地方在使用微信支付，这是下限，不是总数（路透社2017年7月的说法是${f.markets}个境外市场）；另有${f.weak}个证据较弱：只签了协议、申请了牌照，或报道晚于原文。`,
    tableSummary: '地图数据（表格）',
    tableCaption: '地图上的每个地点：一行一个地点和一家公司',
    tableShared: '地图数据（表格）：与第一幅地图的相同，见上文',
    columns: { place: '地点', company: '公司', what: '发生了什么', date: '日期', evidence: '证据', source: '来源' },
    placeLabel: (place: string, company: string, what?: string, evidence?: string) => (what ? `${place}，${company}：${what}（${evidence}）` : `${place}，${company}`),
  },
  en: {
    title: 'Chinese mobile payment goes abroad',
    description: 'Where the article’s companies (WeChat Pay, Alipay and Ant Financial, Baidu, JD.com) had gone by November 2017, as the article names them, and every place where reports show WeChat Pay; Alipay’s other markets are not mapped. Colour and shape mark the company; hatching marks weaker evidence. Baidu only partnered with the American PayPal, so the US is not coloured for it.',
    caveat: 'Nov 2017 · hatched: weaker evidence',
    source: 'Map: Natural Earth (1:110m). Data: the report named for each place, in the chart’s table.',
    map: 'World map',
    everything: 'All together',
    companies: { wechat: 'WeChat Pay', alipay: 'Alipay / Ant Financial', baidu: 'Baidu Wallet', jd: 'JD.com' } satisfies Record<Company, string>,
    evidence: EVIDENCE_LABELS.en,
    legendWeak: EVIDENCE_LABELS.en.weak,
    legendMix: (companies: string[]) => companies.join(' + '),
    legendPartner: 'partner’s home only',
    legendOrigin: 'China (origin)',
    origin: 'China',
    claimLead: 'The article’s claim: ',
    claim: (f: ClaimFigures) => `WeChat Pay is in more than ${f.countries} countries and regions, with more than ${f.merchants} overseas merchants and ${f.currencies}+ foreign currencies.`,
    claimNote: (f: ClaimFigures) =>
      `No public list of “the ${f.countries}” exists. We found a dated report of WeChat Pay in use by November 2017 for ${f.places} places: a floor, not a count (Reuters gave ${f.markets} foreign markets in July 2017); ${f.weak} more rest on weaker evidence: a signed deal, a licence application, or reports from after the article.`,
    tableSummary: 'The map’s data as a table',
    tableCaption: 'Every place on the map: one row per place and company',
    tableShared: 'The data table: the first map’s, above',
    columns: { place: 'place', company: 'company', what: 'what happened', date: 'date', evidence: 'evidence', source: 'source' },
    placeLabel: (place: string, company: string, what?: string, evidence?: string) => (what ? `${place}, ${company}: ${what} (${evidence})` : `${place}, ${company}`),
  },
} satisfies Record<Lang, Record<string, unknown>>;
