/** The story's editions. Chinese is the original; English is a translation of it. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for `<html lang>` and for Intl. */
export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
