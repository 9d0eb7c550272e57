import type { Lang } from '../i18n/lang';
import { storyPath } from '../i18n/routes';

/* Where an edition's embeds live, under its story (src/i18n/routes.ts). */

export function embedPath(scene: string, lang: Lang, base: string): string {
  return `${storyPath(lang, base)}embed/${scene}/`;
}

/** The host script, one for every edition and scene. */
export function hostScriptPath(base: string): string {
  return `${base}embed.js`;
}
