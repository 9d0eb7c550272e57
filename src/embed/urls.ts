import type { Lang } from '../i18n/lang';

/*
 * Where an edition's story and embeds live, relative to the site's base: the Chinese original at
 * the root, other editions under their language (/en/).
 */

export function storyPath(lang: Lang, base: string): string {
  return lang === 'zh' ? base : `${base}${lang}/`;
}

export function embedPath(scene: string, lang: Lang, base: string): string {
  return `${storyPath(lang, base)}embed/${scene}/`;
}

/** The host script, one for every edition and scene. */
export function hostScriptPath(base: string): string {
  return `${base}embed.js`;
}
