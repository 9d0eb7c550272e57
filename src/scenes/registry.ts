import type { z } from 'zod';
import type { DataTable } from '../datasets/data-table';
import type { EmbedSpec } from '../embed/spec';
import type { Lang } from '../i18n/lang';
import { timerEmbed } from './timer/embed';
import { timerStepSchema } from './timer/steps';
import { timerTable } from './timer/table';

/** What the build knows of a scene; its figure (Figure.astro) and client (mount.ts) are found by folder. */
export interface SceneDefinition {
  /** The schema a chapter's <Step> props must pass (zod). */
  stepSchema: () => z.ZodType;
  /** The rows the chart draws, for "get the data". */
  table: (lang: Lang) => DataTable;
  /** Its own page, /embed/<id>/: title and controls (src/embed/spec.ts). Optional. */
  embed?: EmbedSpec;
}

/** The one list of scenes. A chapter's <Scrolly scene="…"> must name one of these. */
export const SCENES = {
  timer: { stepSchema: timerStepSchema, table: timerTable, embed: timerEmbed },
} satisfies Record<string, SceneDefinition>;

export type SceneId = keyof typeof SCENES;
export const SCENE_IDS = Object.keys(SCENES) as SceneId[];

export function isSceneId(id: unknown): id is SceneId {
  return typeof id === 'string' && Object.hasOwn(SCENES, id);
}
