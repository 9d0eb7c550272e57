import type { Patch } from './contract';

/**
 * The attributes the build writes on an element a view binds: its key (data-v), the patch's
 * attributes, and its static classes with the patch's classes that are on. Its text, if the patch
 * has one, is the element's content. The client (apply-view.ts) writes the same patch.
 */
export function bind(key: string, patch: Patch | undefined, classes = ''): Record<string, string> {
  const attributes: Record<string, string> = { 'data-v': key };
  const on = Object.entries(patch?.classes ?? {}).flatMap(([name, set]) => (set ? [name] : []));
  const list = [classes, ...on].filter(Boolean).join(' ');
  if (list) attributes.class = list;
  for (const [name, value] of Object.entries(patch?.attrs ?? {})) if (value !== null) attributes[name] = value;
  return attributes;
}
