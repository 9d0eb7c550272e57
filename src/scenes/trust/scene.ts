import { defineScene } from '../define';
import { trustEmbed } from './embed';
import type { TrustStep } from './layout';
import { trustSources } from './sources';
import { trustStepSchema } from './steps';
import { surveyFacts, TRUST_FACT_PREFIX } from './survey';
import { trustTable } from './table';

export default defineScene<TrustStep>({
  stepSchema: trustStepSchema,
  table: trustTable,
  embed: trustEmbed,
  sources: trustSources,
  // Prose cites a survey row as trust.<id>: one row, one source, whether the chart or a sentence shows it.
  facts: { file: 'trust-survey.csv', prefix: TRUST_FACT_PREFIX, load: surveyFacts },
});
