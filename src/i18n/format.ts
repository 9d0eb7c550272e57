import { LOCALE, type Lang } from './lang';

/*
 * One way to write each kind of number per edition, used by prose (<Fact>), charts and CSVs alike.
 * Chinese counts large numbers in 万 and 亿 (1000万, 13万); English in millions above a million
 * (10 million) and with thousands separators below (130,000).
 */

/*
 * Intl formatters are slow to build, and the live counter and clocks ask for them in every frame
 * of a scroll: each is built once and kept (building them per call was most of a frame's script).
 */
const kept = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function keep<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => T): T {
  let formatter = kept.get(key) as T | undefined;
  if (!formatter) kept.set(key, (formatter = build()));
  return formatter;
}
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  keep(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  keep(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

const zhCompact = (digits: number) => numberFormat(LOCALE.zh, { notation: 'compact', maximumFractionDigits: digits });
const enCompact = (digits: number) => numberFormat(LOCALE.en, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: digits });
const grouped = (lang: Lang) => numberFormat(LOCALE[lang], { maximumFractionDigits: 0 });

/** A count of things (orders, merchants). `precise` keeps two decimals of 万 / million, for the live counter. */
export function formatCount(n: number, lang: Lang, precise = false): string {
  const digits = precise ? 2 : 1;
  if (lang === 'zh') return n >= 10_000 ? zhCompact(digits).format(n) : grouped(lang).format(n);
  return n >= 1_000_000 ? enCompact(digits).format(n) : grouped(lang).format(n);
}

export function formatPercent(share: number, lang: Lang): string {
  return numberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(share) + '%';
}

/** A year: 1992年 / 1992 (never with a thousands separator). */
export function formatYear(year: number, lang: Lang): string {
  return lang === 'zh' ? `${year}年` : String(year);
}

/** Minutes as hours and minutes: 3小时50分 / 3 h 50 min. */
export function formatDuration(totalMinutes: number, lang: Lang): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = Math.round(totalMinutes - hours * 60);
  if (lang === 'zh') return `${hours ? `${hours}小时` : ''}${minutes || !hours ? `${minutes}分` : ''}`;
  return [hours ? `${hours} h` : '', minutes || !hours ? `${minutes} min` : ''].filter(Boolean).join(' ');
}

const EN_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const enSmall = (n: number) => EN_SMALL[n] ?? String(n);

/**
 * A duration in running text: 3小时50分 / three hours and 50 minutes. English prose spells out
 * numbers below ten and the units (charts keep the short "3 h 50 min" of formatDuration).
 */
export function formatDurationProse(totalMinutes: number, lang: Lang): string {
  if (lang === 'zh') return formatDuration(totalMinutes, lang);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = Math.round(totalMinutes - hours * 60);
  const unit = (n: number, word: string) => `${enSmall(n)} ${word}${n === 1 ? '' : 's'}`;
  return [hours ? unit(hours, 'hour') : '', minutes || !hours ? unit(minutes, 'minute') : ''].filter(Boolean).join(' and ');
}

/** US dollars: 5亿美元 / US$500 million. */
export function formatUsd(n: number, lang: Lang): string {
  if (lang === 'zh') return `${formatCount(n, lang)}美元`;
  return `US$${formatCount(n, lang)}`;
}

/** Chinese yuan: 5000万元, 12.5亿元 / RMB 50 m, RMB 1.25 bn (English business style: RMB, m, bn). */
export function formatCny(n: number, lang: Lang): string {
  const decimals = (digits: number) => numberFormat(LOCALE[lang], { maximumFractionDigits: digits });
  if (lang === 'zh') {
    if (n >= 100_000_000) return `${decimals(2).format(n / 100_000_000)}亿元`;
    return `${formatCount(n, lang)}元`;
  }
  if (n >= 1_000_000_000) return `RMB ${decimals(2).format(n / 1_000_000_000)} bn`;
  if (n >= 1_000_000) return `RMB ${decimals(1).format(n / 1_000_000)} m`;
  return `RMB ${grouped(lang).format(n)}`;
}

/** A calendar date: 2017年11月11日 / 11 Nov 2017, in the given time zone. */
export function formatDate(date: Date, lang: Lang, timeZone = 'UTC'): string {
  if (lang === 'zh') {
    return dateFormat(LOCALE.zh, { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(date);
  }
  return dateFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone }).format(date);
}

/** A date as precise as its source (2017, 2017-09 or 2017-09-25): 2017年9月25日 / 25 Sep 2017. */
export function formatPartialDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  if (lang === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return [day, month ? months[month - 1] : undefined, year].filter(Boolean).join(' ');
}
