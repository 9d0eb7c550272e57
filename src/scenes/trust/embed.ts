import type { EmbedSpec } from '../../embed/spec';
import { loadTrustGroups } from './data';
import { TRUST_LABELS } from './labels';
import type { TrustStep } from './layout';

/** On its own, the chart shows all three bars and offers no controls: there is nothing to play or choose. */
export const trustEmbed: EmbedSpec<TrustStep> = {
  title: (lang) => TRUST_LABELS[lang].title(loadTrustGroups(lang)),
};
