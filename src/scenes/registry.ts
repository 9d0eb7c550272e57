import type { z } from 'zod';
import type { DataTable } from '../datasets/data-table';
import type { EmbedSpec } from '../embed/spec';
import type { Lang } from '../i18n/lang';
import { mapEmbed } from './map/embed';
import { mapSources } from './map/sources';
import { checkMapSteps, mapStepSchema } from './map/steps';
import { mapTable } from './map/table';
import { timerEmbed } from './timer/embed';
import { timerSources } from './timer/sources';
import { timerStepSchema } from './timer/steps';
import { timerTable } from './timer/table';
import { trustEmbed } from './trust/embed';
import { trustSources } from './trust/sources';
import { trustStepSchema } from './trust/steps';
import { trustTable } from './trust/table';

/** What the build knows of a scene; its figure (Figure.astro) and client (mount.ts) are found by folder. */
export interface SceneDefinition {
  /** The schema a chapter's <Step> props must pass (zod). */
  stepSchema: () => z.ZodType;
  /** The rows the chart draws, for "get the data". */
  table: (lang: Lang) => DataTable;
  /** Its own page, /embed/<id>/: title and controls (src/embed/spec.ts). Optional. */
  embed?: EmbedSpec;
  /** Its part of "Sources and method" (src/story/SourcesChapter.astro). Optional. */
  sources?: SceneSources;
  /** What the steps of one block must satisfy together (each step alone passed stepSchema). Optional. */
  checkSteps?: (steps: unknown[]) => { step: number; problem: string } | undefined;
}

/**
 * Where a scene's numbers come from: its name in "Sources and method", and the data rows it draws,
 * as keys of the source ledger (src/datasets/source-ledger.ts): a fact id such as
 * "aliexpress.paidOrders", or a prefix ending in "." such as "trust." for every row it covers.
 */
export interface SceneSources {
  /** Its heading; any count in it comes from the data ("Two UK surveys"). */
  name: (lang: Lang) => string;
  rows: readonly string[];
}

/** The one list of scenes. A chapter's <Scrolly scene="…"> must name one of these. */
export const SCENES = {
  timer: { stepSchema: timerStepSchema, table: timerTable, embed: timerEmbed, sources: timerSources },
  trust: { stepSchema: trustStepSchema, table: trustTable, embed: trustEmbed, sources: trustSources },
  map: { stepSchema: mapStepSchema, table: mapTable, embed: mapEmbed, sources: mapSources, checkSteps: checkMapSteps },
} satisfies Record<string, SceneDefinition>;

export type SceneId = keyof typeof SCENES;
export const SCENE_IDS = Object.keys(SCENES) as SceneId[];

export function isSceneId(id: unknown): id is SceneId {
  return typeof id === 'string' && Object.hasOwn(SCENES, id);
}
