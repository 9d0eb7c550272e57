import type { Lang } from '../i18n/lang';
import type { SceneId } from '../scenes/registry';

/*
 * Each embed's height, in px, in a column SNIPPET_COLUMN (snippet.ts) wide, as measured in Chromium
 * on the built pages; a snippet starts at it, so a host that has not yet heard from the chart (or
 * never will: no script) lays the page out right. tests/browser/embed-hosts.spec.ts measures every
 * embed again and prints the figures to put here when a chart's height changes.
 */
const MEASURED: Record<string, number> = {
  'zh:double-11/timer': 579,
  'zh:wechat-pay/map': 820,
  'zh:shipbuilding/map': 820,
  'zh:privacy/trust': 464,
  'zh:timer': 579,
  'zh:map': 872,
  'zh:trust': 464,
  'en:double-11/timer': 601,
  'en:wechat-pay/map': 885,
  'en:shipbuilding/map': 937,
  'en:privacy/trust': 476,
  'en:timer': 601,
  'en:map': 937,
  'en:trust': 476,
};

/** The scene an address shows: "map" for "wechat-pay/map", "wechat-pay/map-2" and "map". */
const sceneOf = (address: string) => address.split('/').at(-1)!.replace(/-\d+$/, '');

/**
 * An embed measured or, for a block not measured yet (a new chapter), the tallest measured embed
 * of its scene and edition: too tall leaves a gap until the chart speaks, too short a scrollbar.
 */
export function snippetHeight({ lang, address, scene }: { lang: Lang; address: string; scene: SceneId }): number {
  const known = Object.entries(MEASURED).filter(([key]) => key.startsWith(`${lang}:`) && sceneOf(key.slice(lang.length + 1)) === scene);
  return MEASURED[`${lang}:${address}`] ?? (known.length ? Math.max(...known.map(([, height]) => height)) : 500);
}
