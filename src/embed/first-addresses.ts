import type { SceneId } from '../scenes/registry';

/*
 * The addresses the story first published, one per scene (/embed/<scene>/ and /en/embed/<scene>/,
 * with ?step=N counted across the scene's blocks end to end), frozen with the blocks they were made
 * of then. A published snippet is a promise: these pages go on showing those blocks whatever
 * chapters come, while each block also has its own address (urls.ts blockAddress).
 */
export const FIRST_ADDRESSES: Partial<Record<SceneId, readonly string[]>> = {
  timer: ['double-11/timer'],
  map: ['wechat-pay/map', 'shipbuilding/map'],
  trust: ['privacy/trust'],
};
