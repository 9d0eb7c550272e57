import { TRUST_FACT_PREFIX } from './survey';
import type { SceneSources } from '../contract';
import { loadTrustGroups } from './data';
import { TRUST_LABELS } from './labels';

/** The bars draw every row of data/trust-survey.csv; the heading counts its surveys. */
export const trustSources: SceneSources = {
  name: (lang) => TRUST_LABELS[lang].sourcesHeading(loadTrustGroups(lang)),
  rows: [TRUST_FACT_PREFIX],
};
