import type { z } from 'zod';
import { timerStepSchema } from './timer/steps';

/**
 * The one list of scenes. A chapter's <Scrolly scene="…"> must name one of these; each names the
 * schema its <Step> props must pass. The figure (Figure.astro) and the client (mount.ts) are
 * found by convention in src/scenes/<id>/.
 */
export const SCENES = {
  timer: { stepSchema: timerStepSchema },
} satisfies Record<string, { stepSchema: () => z.ZodType }>;

export type SceneId = keyof typeof SCENES;
export const SCENE_IDS = Object.keys(SCENES) as SceneId[];

export function isSceneId(id: unknown): id is SceneId {
  return typeof id === 'string' && Object.hasOwn(SCENES, id);
}
