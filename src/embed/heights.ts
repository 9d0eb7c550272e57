import type { Lang } from '../i18n/lang';
import type { SceneId } from '../scenes/registry';

/*
 * Each embed's height, in px, in a column SNIPPET_COLUMN (snippet.ts) wide, as measured in Chromium
 * on the built pages; a snippet starts at it, so a host that has not yet heard from the chart (or
 * never will: no script) lays the page out right. tests/browser/embed-hosts.spec.ts measures every
 * embed again and prints the figures to put here when a chart's height changes.
 */
const MEASURED: Record<string, number> = {
  'zh:double-11/timer': 530,
  'zh:wechat-pay/map': 734,
  'zh:shipbuilding/map': 734,
  'zh:privacy/trust': 439,
  'zh:timer': 530,
  'zh:map': 786,
  'zh:trust': 439,
  'en:double-11/timer': 557,
  'en:wechat-pay/map': 806,
  'en:shipbuilding/map': 858,
  'en:privacy/trust': 453,
  'en:timer': 557,
  'en:map': 858,
  'en:trust': 453,
};

/** The height a scene's embed stands at when it has not been measured yet (a new block): its tallest known. */
const FALLBACK: Record<SceneId, number> = { timer: 500, map: 900, trust: 550 };

export function snippetHeight({ lang, address, scene }: { lang: Lang; address: string; scene: SceneId }): number {
  return MEASURED[`${lang}:${address}`] ?? FALLBACK[scene] ?? 500;
}
