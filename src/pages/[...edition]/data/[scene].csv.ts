import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/lang';
import { editionPaths } from '../../../i18n/routes';
import { csvResponse } from '../../../scenes/data-download';
import { SCENE_IDS } from '../../../scenes/registry';

/** "Get the data", per edition and scene: /data/<scene>.csv, /en/data/<scene>.csv. */
export const getStaticPaths = () =>
  editionPaths().flatMap(({ params, props }) => SCENE_IDS.map((scene) => ({ params: { ...params, scene }, props })));

export const GET: APIRoute = ({ params, props }) => csvResponse(params.scene, (props as { lang: Lang }).lang);
