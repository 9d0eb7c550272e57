import { LANGS, type Lang } from './lang';

/*
 * Where each edition lives under the site's base: the Chinese original at the root, other
 * editions under their language (/en/). Pages written once for every edition take `edition` as
 * an optional rest parameter (src/pages/[...edition]/…).
 */

export function storyPath(lang: Lang, base: string): string {
  return lang === 'zh' ? base : `${base}${lang}/`;
}

/** getStaticPaths entries, one per edition: `edition` is absent for the original. */
export function editionPaths() {
  return LANGS.map((lang) => ({ params: { edition: lang === 'zh' ? undefined : lang }, props: { lang } }));
}

/** The edition a reader of `lang` is offered instead. */
export function otherEdition(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
