import type { DataTable } from '../../datasets/data-table';
import { sourceName } from '../../datasets/source';
import { EVIDENCE_LABELS } from '../../i18n/evidence';
import type { Lang } from '../../i18n/lang';
import { loadExpansions } from './data';
import { MAP_LABELS } from './labels';
import { formatPlaceDate } from './layout';

const COLUMNS = {
  zh: ['地点', 'ISO代码', '公司', '发生了什么', '日期', '证据', '来源', '来源链接'],
  en: ['place', 'ISO code', 'company', 'what happened', 'date', 'evidence', 'source', 'source URL'],
};

/** Every place the map can colour, one row per place and company, as data/expansions.csv has them. */
export function mapTable(lang: Lang): DataTable {
  const labels = MAP_LABELS[lang];
  return {
    columns: COLUMNS[lang],
    rows: loadExpansions().map((row) => [
      lang === 'zh' ? row.name_zh : row.name_en,
      row.id,
      labels.companies[row.company],
      lang === 'zh' ? row.what_zh : row.what_en,
      formatPlaceDate(row.date, lang),
      EVIDENCE_LABELS[lang][row.evidence],
      sourceName(row, lang),
      row.source_url,
    ]),
  };
}
