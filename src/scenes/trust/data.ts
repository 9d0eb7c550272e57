import { loadTrustSurvey, type TrustRow } from './survey';
import type { Lang } from '../../i18n/lang';
import { surveyGroups, type SurveyGroup } from './layout';

/** The surveys as the chart draws them, in the page's language, from data/trust-survey.csv. */
export function loadTrustGroups(lang: Lang, rows: TrustRow[] = loadTrustSurvey()): SurveyGroup[] {
  return surveyGroups(
    rows.map((row) => ({
      ...row,
      statement: lang === 'zh' ? row.statement_zh : row.statement_en,
      reported: lang === 'zh' ? row.reported_zh : row.reported_en,
    })),
  );
}
