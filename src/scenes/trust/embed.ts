import type { EmbedSpec } from '../../embed/spec';
import { loadTrustSurvey } from '../../datasets/trust-survey';
import { formatPercent } from '../../i18n/format';
import { loadTrustGroups } from './data';
import { TRUST_LABELS } from './labels';
import type { TrustStep } from './layout';

/** On its own, the chart offers one button per step, named after the share that step brings in. */
export const trustEmbed: EmbedSpec<TrustStep> = {
  title: (lang) => TRUST_LABELS[lang].title(loadTrustGroups(lang)),
  controls: {
    kind: 'steps',
    label: (step, index, lang) => {
      const row = loadTrustSurvey().find((r) => r.id === (step.highlight ?? step.show.at(-1)));
      return row ? formatPercent(row.share, lang) : String(index + 1);
    },
  },
};
