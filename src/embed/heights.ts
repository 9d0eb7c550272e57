import type { Lang } from '../i18n/lang';
import type { SceneId } from '../scenes/registry';
import { SNIPPET_COLUMN, type HeightStep } from './snippet';

/*
 * Each embed's height at every column width from 260 to 1280 px, as measured in Chromium on the
 * built pages: a snippet starts at it (snippet.ts), so a host that has not yet heard from the chart
 * (or never will: no script) lays the page out right. tests/browser/embed-hosts.spec.ts measures
 * every embed again at each of those widths, and prints the figures to put here when a chart changes.
 * A map has its height at SNIPPET_COLUMN only (stepped(): why).
 */
const MEASURED: Record<string, number | readonly HeightStep[]> = {
  'zh:double-11/timer': [[260,771],[268,748],[275,726],[279,700],[292,648],[314,625],[383,588.08,3.9],[414,567.215,9],[453,544.075,9],[520,522.004,8.8],[702,584],[712,562],[721,681],[878,658]],
  'zh:wechat-pay/map': 820,
  'zh:shipbuilding/map': 820,
  'zh:privacy/trust': [[260,593],[294,573],[314,550],[325,530],[391,510],[433,487],[490,464],[721,565],[816,542],[981,516]],
  'en:double-11/timer': [[260,912],[266,890],[273,855],[291,835],[292,783],[311,762],[312,739],[324,718],[346,687],[383,666],[402,609.01,8.8],[448,587.6,9],[451,565.5,8.8],[579,543.9,8.8],[651,522.065,9],[702,586],[721,722],[894,699],[1059,676],[1101,653],[1263,633]],
  'en:wechat-pay/map': 885,
  'en:shipbuilding/map': 937,
  'en:privacy/trust': [[260,778],[267,738],[270,715],[341,685],[347,662],[357,641],[360,622],[383,601],[404,580],[420,559],[450,540],[494,517],[497,497],[567,476],[721,594],[912,571],[949,550],[978,527]],
  'zh:timer': [[260,771],[268,748],[275,726],[279,700],[292,648],[314,625],[383,588.08,3.9],[414,567.215,9],[453,544.075,9],[520,522.004,8.8],[702,584],[712,562],[721,681],[878,658]],
  'zh:map': 872,
  'zh:trust': [[260,593],[294,573],[314,550],[325,530],[391,510],[433,487],[490,464],[721,565],[816,542],[981,516]],
  'en:timer': [[260,912],[266,890],[273,855],[291,835],[292,783],[311,762],[312,739],[324,718],[346,687],[383,666],[402,609.01,8.8],[448,587.6,9],[451,565.5,8.8],[579,543.9,8.8],[651,522.065,9],[702,586],[721,722],[894,699],[1059,676],[1101,653],[1263,633]],
  'en:map': 937,
  'en:trust': [[260,778],[267,738],[270,715],[341,685],[347,662],[357,641],[360,622],[383,601],[404,580],[420,559],[450,540],[494,517],[497,497],[567,476],[721,594],[912,571],[949,550],[978,527]],
};

/** The height `steps` give a column `width` px wide. */
export function heightAt(steps: readonly HeightStep[], width: number): number {
  const [, px, cqw] = steps.findLast(([from]) => from <= width) ?? steps[0];
  return cqw === undefined ? px : Math.ceil(px + (cqw * width) / 100);
}

/** The scene an address shows: "map" for "wechat-pay/map", "wechat-pay/map-2" and "map". */
const sceneOf = (address: string) => address.split('/').at(-1)!.replace(/-\d+$/, '');

/**
 * Whether a scene's snippets carry their steps. Not a map's: drawn to the column's width, its height
 * grows between its text's wraps, and its steps (19–43 of them, 1.7–3.1 KB a snippet) would take
 * the story page, which shows every block's snippet, past its first-view budget (bench/budgets.mjs).
 * A map fills a phone's first screen, so what its height moves is out of sight.
 */
export const stepped = (scene: SceneId | string) => scene !== 'map';

const heightOf = (measured: number | readonly HeightStep[]) => (typeof measured === 'number' ? measured : heightAt(measured, SNIPPET_COLUMN));

/**
 * An embed's steps (none for a map), and its height at SNIPPET_COLUMN (what a host that drops the
 * snippet's style starts at). A block not measured yet (a new chapter) has no steps, and the tallest
 * measured embed of its scene and edition: too tall leaves a gap until the chart speaks, too short a
 * scrollbar.
 */
export function snippetHeights({ lang, address, scene }: { lang: Lang; address: string; scene: SceneId }): { steps: readonly HeightStep[]; height: number } {
  const measured = MEASURED[`${lang}:${address}`];
  // What embed-hosts.spec checks at every width is what a snippet carries: a scene's steps, if stepped.
  if (measured !== undefined) return { steps: typeof measured === 'number' || !stepped(scene) ? [] : measured, height: heightOf(measured) };
  const known = Object.entries(MEASURED).filter(([key]) => key.startsWith(`${lang}:`) && sceneOf(key.slice(lang.length + 1)) === scene);
  return { steps: [], height: known.length ? Math.max(...known.map(([, measured]) => heightOf(measured))) : 500 };
}
