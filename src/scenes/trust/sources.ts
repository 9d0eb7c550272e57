import { TRUST_FACT_PREFIX } from '../../datasets/trust-survey';
import type { SceneSources } from '../registry';

/** The bars draw every row of data/trust-survey.csv. */
export const trustSources: SceneSources = {
  name: { zh: '英国的两项调查', en: 'The two UK surveys' },
  rows: [TRUST_FACT_PREFIX],
};
