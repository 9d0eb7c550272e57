import type { Evidence } from '../datasets/source';
import type { Lang } from './lang';

/**
 * The one vocabulary for a row's `evidence`, wherever it is shown: "Sources and method", the map's
 * legend, table, tooltips and CSV. "strong" has one meaning (source.ts, checkEvidence).
 */
export const EVIDENCE_LABELS: Record<Lang, Record<Evidence, string>> = {
  zh: { strong: '有独立来源', weak: '证据较弱' },
  en: { strong: 'independently sourced', weak: 'weaker evidence' },
};
