import { toCsv } from '../datasets/data-table';
import type { Lang } from '../i18n/lang';
import { storyPath } from '../i18n/routes';
import { isSceneId, SCENE_IDS, SCENES } from './registry';

/*
 * "Get the data": one CSV per scene and edition, built with the site from the rows the chart
 * draws (SCENES[id].table), at data/<scene>.csv for the Chinese edition and en/data/<scene>.csv
 * for the English one.
 */

/** The CSV's address under the configured base (a newsroom may publish under a sub-path). */
export function dataHref(scene: string, lang: Lang): string {
  return `${storyPath(lang, import.meta.env.BASE_URL)}data/${scene}.csv`;
}

export function csvResponse(scene: string | undefined, lang: Lang): Response {
  if (!isSceneId(scene)) throw new Error(`no scene "${scene}"; the scenes are: ${SCENE_IDS.join(', ')}`);
  return new Response(toCsv(SCENES[scene].table(lang)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
