import type { MountScene, SceneInstance } from './contract';
import { readConfig } from './shared-config';

/** Each scene's client, loaded only on pages that show that scene. */
const clients = import.meta.glob<{ mount: MountScene }>('./*/mount.ts');

/**
 * Mounts the figure the build drew inside `container`, the story's and the embed's alike: its
 * scene's client, with the data the build handed over in the figure's data-config (shared-config.ts).
 */
export async function mountFigure(container: ParentNode): Promise<SceneInstance | undefined> {
  const root = container.querySelector<HTMLElement>('[data-scene]');
  const load = root && clients[`./${root.dataset.scene}/mount.ts`];
  if (!root || !load) return undefined;
  const { mount } = await load();
  return mount(root, readConfig(root));
}
