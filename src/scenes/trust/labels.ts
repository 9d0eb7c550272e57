import { formatCount } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { SurveyGroup } from './layout';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A survey's date as the data gives it (2016-04 or 2016-10-28), at that precision. */
export function surveyDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  if (lang === 'zh') return `${year}年${month}月${day ? `${day}日` : ''}`;
  return `${day ? `${day} ` : ''}${MONTHS_EN[month - 1]} ${year}`;
}

const unique = (items: string[]) => [...new Set(items)];

/** Small counts in words, as a headline writes them: 两项调查, three numbers. */
const ZH_COUNTS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN_COUNTS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const zhCount = (n: number) => ZH_COUNTS[n] ?? String(n);
const enCount = (n: number) => EN_COUNTS[n] ?? String(n);
const statements = (groups: SurveyGroup[]) => groups.reduce((sum, group) => sum + group.statements.length, 0);

export const TRUST_LABELS = {
  zh: {
    title: (groups: SurveyGroup[]) => `${zhCount(groups.length)}项调查，${zhCount(statements(groups))}个数字`,
    sourcesHeading: (groups: SurveyGroup[]) => `英国的${zhCount(groups.length)}项调查`,
    /** Under each group: who asked, when, and how many answered. */
    survey: (group: SurveyGroup) => `${group.survey}调查 · ${surveyDate(group.date, 'zh')}发布 · 样本${formatCount(group.sample, 'zh')}人`,
    reported: (wording: string) => `原文写作“${wording}”`,
    caveat: (groups: SurveyGroup[]) => `${zhCount(groups.length)}项不同调查，数字不能相加`,
    description: (groups: SurveyGroup[]) =>
      `英国受访者中认同各个说法的比例，刻度从0到100%。这些数字来自${groups.map((g) => g.survey).join('和')}的${zhCount(groups.length)}项不同调查，问题和受访者都不同，不能相加。`,
    source: (publishers: { survey: string; source: string }[]) =>
      `来源：${unique(publishers.map((p) => p.survey))
        .map((survey) => `${survey}（据${unique(publishers.filter((p) => p.survey === survey).map((p) => p.source)).join('、')}）`)
        .join('；')}。`,
  },
  en: {
    title: (groups: SurveyGroup[]) =>
      `${enCount(groups.length)} survey${groups.length === 1 ? '' : 's'}, ${enCount(statements(groups)).toLowerCase()} number${statements(groups) === 1 ? '' : 's'}`,
    sourcesHeading: (groups: SurveyGroup[]) => `${groups.length === 1 ? 'The' : `The ${enCount(groups.length).toLowerCase()}`} UK survey${groups.length === 1 ? '' : 's'}`,
    survey: (group: SurveyGroup) => `${group.survey} survey · published ${surveyDate(group.date, 'en')} · sample ${formatCount(group.sample, 'en')}`,
    reported: (wording: string) => `the article wrote “${wording}”`,
    caveat: (groups: SurveyGroup[]) => `${enCount(groups.length)} surveys: do not add up`,
    description: (groups: SurveyGroup[]) =>
      `The share of UK respondents who agreed with each statement, on a scale from 0 to 100%. The numbers come from ${enCount(groups.length).toLowerCase()} different surveys, by ${groups.map((g) => g.survey).join(' and ')}, which asked different people different questions: they do not add up.`,
    source: (publishers: { survey: string; source: string }[]) =>
      `Sources: ${unique(publishers.map((p) => p.survey))
        .map((survey) => `${survey} (via ${unique(publishers.filter((p) => p.survey === survey).map((p) => p.source)).join(' and ')})`)
        .join('; ')}.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;
