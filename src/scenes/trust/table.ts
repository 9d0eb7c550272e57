import type { DataTable } from '../../datasets/data-table';
import { loadTrustSurvey } from './survey';
import { sourceName } from '../../datasets/source';
import type { Lang } from '../../i18n/lang';
import { loadTrustGroups } from './data';
import { chartOrder } from './layout';

const COLUMNS = {
  zh: ['说法', '认同的受访者（%）', '调查方', '调查发布日期', '样本量', '原文写法', '来源', '来源链接'],
  en: ['statement', 'respondents agreeing (%)', 'survey by', 'survey published', 'sample', 'as the article wrote it', 'source', 'source URL'],
};

/** One row per bar, top to bottom as the chart draws them, each with its survey and source. */
export function trustTable(lang: Lang): DataTable {
  const rows = loadTrustSurvey();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const groups = loadTrustGroups(lang, rows);
  return {
    columns: COLUMNS[lang],
    rows: chartOrder(groups).map((bar) => {
      const row = byId.get(bar.id)!;
      return [bar.statement, bar.share, row.survey, row.survey_date, row.sample, bar.reported, sourceName(row, lang), row.source_url];
    }),
  };
}
