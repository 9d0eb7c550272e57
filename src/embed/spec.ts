import type { Lang } from '../i18n/lang';
import { EMBED_LABELS } from './labels';

/**
 * How a scene behaves on its own embed page (/embed/<scene>/), declared beside the scene in the
 * registry. Everything is optional: a scene without it still gets an embed page, titled after its
 * chapter, showing its final state with no controls.
 */
export interface EmbedSpec<State> {
  /** The chart's name, for the iframe's title and the page's <title>. */
  title?: (lang: Lang) => string;
  /** What a reader who cannot scroll through the steps may do instead. */
  controls?: EmbedControls<State>;
}

export type EmbedControls<State> =
  /**
   * A play/pause button and a slider over one step of the chapter (the first that `plays`),
   * sweeping its progress from 0 to 1 in `seconds`.
   */
  | { kind: 'play'; seconds: number; plays: (state: State) => boolean }
  /** One button per step of the chapter; `label` names a step ("step 1", "step 2"… otherwise). */
  | { kind: 'steps'; label?: (state: State, index: number, lang: Lang) => string };

/** The controls as the embed page's client receives them: resolved at build, plain JSON. */
export type ResolvedControls =
  | { kind: 'none' }
  | { kind: 'play'; seconds: number; step: number }
  | { kind: 'steps'; labels: string[] };

/** Resolves a scene's declared controls against the steps its chapter passed. */
export function resolveControls<State>(controls: EmbedControls<State> | undefined, steps: readonly State[], lang: Lang): ResolvedControls {
  if (controls?.kind === 'play') {
    const step = steps.findIndex((state) => controls.plays(state));
    return step < 0 ? { kind: 'none' } : { kind: 'play', seconds: controls.seconds, step };
  }
  if (controls?.kind === 'steps' && steps.length > 1) {
    return { kind: 'steps', labels: steps.map((state, i) => controls.label?.(state, i, lang) ?? EMBED_LABELS[lang].step(i + 1)) };
  }
  return { kind: 'none' };
}
