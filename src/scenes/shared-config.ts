/*
 * A scene shown twice on a page hands its client nearly the same data twice (the map's rows, with
 * their words, and its boxes: 5,000 characters), and a second copy that starts beyond gzip's
 * 32 KB window costs as much as the first. A later figure's config holds only the fields that
 * differ from the page's first figure of its scene, and names that figure; the client joins them.
 */
type Config = Record<string, unknown>;

const firsts = new WeakMap<object, Map<string, { id: string; config: Config }>>();
const isConfig = (value: unknown): value is Config => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The attributes of figure `id` on `page` (Astro.request) that hand over `config`: in full on the scene's first figure, else what differs. */
export function configAttributes(page: object, scene: string, id: string, config: unknown): Record<string, string> {
  const scenes = firsts.get(page) ?? new Map<string, { id: string; config: Config }>();
  firsts.set(page, scenes);
  const first = scenes.get(scene);
  if (!isConfig(config) || !first || Object.keys(first.config).some((key) => !(key in config))) {
    if (isConfig(config) && !first) scenes.set(scene, { id, config });
    return { 'data-config': JSON.stringify(config) };
  }
  const own = Object.fromEntries(Object.entries(config).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(first.config[key])));
  return { 'data-config': JSON.stringify(own), 'data-config-from': first.id };
}

/** The config the build handed `root`, joined with the page's first figure's where it names one. */
export function readConfig(root: HTMLElement): unknown {
  const own: unknown = JSON.parse(root.dataset.config ?? 'null');
  const from = root.dataset.configFrom;
  if (!from) return own;
  const base = root.ownerDocument.getElementById(from)?.dataset.config;
  if (base === undefined) throw new Error(`a ${root.dataset.scene} figure's data is in #${from}, which is not on the page`);
  return { ...(JSON.parse(base) as Config), ...(own as Config) };
}
