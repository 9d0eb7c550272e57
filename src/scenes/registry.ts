import type { SceneDefinition } from './contract';
import map from './map/scene';
import timer from './timer/scene';
import trust from './trust/scene';

/**
 * The one list of scenes: each folder's scene.ts, by id. A chapter's <Scrolly scene="…"> must name
 * one of these; its figure (Figure.astro) and client (mount.ts) are found by folder.
 */
export const SCENES = { timer, trust, map } satisfies Record<string, SceneDefinition>;

export type SceneId = keyof typeof SCENES;
export const SCENE_IDS = Object.keys(SCENES) as SceneId[];

export function isSceneId(id: unknown): id is SceneId {
  return typeof id === 'string' && Object.hasOwn(SCENES, id);
}
