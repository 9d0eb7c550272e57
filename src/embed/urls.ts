import type { Lang } from '../i18n/lang';
import { storyPath } from '../i18n/routes';

/* Where an edition's embeds live, under its story (src/i18n/routes.ts). */

/**
 * A scrolly block's permanent address under its edition's embed/: its chapter's anchor and its
 * scene ("wechat-pay/map"), and its place among that scene's blocks in the chapter when it is not
 * the first ("wechat-pay/map-2"). Nothing in it counts chapters, so adding, removing or reordering
 * them moves no block to another address.
 */
export function blockAddress(anchor: string, scene: string, place: number): string {
  return `${anchor}/${scene}${place > 1 ? `-${place}` : ''}`;
}

/** The embed page at `address`: a block's (blockAddress) or a scene's as first published ("map"). */
export function embedPath(address: string, lang: Lang, base: string): string {
  return `${storyPath(lang, base)}embed/${address}/`;
}

/** The page that gives an embed's code to paste, a preview and the way back: beside its embed page. */
export function codePath(address: string, lang: Lang, base: string): string {
  return `${embedPath(address, lang, base)}code/`;
}

/** The host script, one for every edition and scene. */
export function hostScriptPath(base: string): string {
  return `${base}embed.js`;
}
