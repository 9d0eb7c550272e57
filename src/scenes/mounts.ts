import type { MountScene } from './contract';

/** Each scene's client, loaded only on pages that show that scene. */
const clients = import.meta.glob<{ mount: MountScene }>('./*/mount.ts');

export async function loadScene(id: string): Promise<MountScene | undefined> {
  const load = clients[`./${id}/mount.ts`];
  return load ? (await load()).mount : undefined;
}
