import type { EmbedSpec } from '../../embed/spec';
import { timerFigures } from './data';
import { TIMER_LABELS } from './labels';
import type { TimerStep } from './layout';

/** On its own, the timer plays the step that counts from the opening to 10 million, in ten seconds. */
export const timerEmbed: EmbedSpec<TimerStep> = {
  title: (lang) => TIMER_LABELS[lang].title(timerFigures(lang)),
  controls: { kind: 'play', seconds: 10, plays: (step) => step.to !== undefined && step.to !== step.from },
};
