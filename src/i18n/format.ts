import { LOCALE, type Lang } from './lang';

/*
 * One way to write each kind of number per edition, used by prose (<Fact>), charts and CSVs alike.
 * Chinese counts large numbers in 万 and 亿 (1000万, 13万); English in millions above a million
 * (10 million) and with thousands separators below (130,000).
 */

const zhCompact = (digits: number) =>
  new Intl.NumberFormat(LOCALE.zh, { notation: 'compact', maximumFractionDigits: digits });
const enCompact = (digits: number) =>
  new Intl.NumberFormat(LOCALE.en, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: digits });
const grouped = (lang: Lang) => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 });

/** A count of things (orders, merchants). `precise` keeps two decimals of 万 / million, for the live counter. */
export function formatCount(n: number, lang: Lang, precise = false): string {
  const digits = precise ? 2 : 1;
  if (lang === 'zh') return n >= 10_000 ? zhCompact(digits).format(n) : grouped(lang).format(n);
  return n >= 1_000_000 ? enCompact(digits).format(n) : grouped(lang).format(n);
}

export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(share) + '%';
}

/** Minutes as hours and minutes: 3小时50分 / 3 h 50 min. */
export function formatDuration(totalMinutes: number, lang: Lang): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = Math.round(totalMinutes - hours * 60);
  if (lang === 'zh') return `${hours ? `${hours}小时` : ''}${minutes || !hours ? `${minutes}分` : ''}`;
  return [hours ? `${hours} h` : '', minutes || !hours ? `${minutes} min` : ''].filter(Boolean).join(' ');
}

/** US dollars: 5亿美元 / US$500 million. */
export function formatUsd(n: number, lang: Lang): string {
  if (lang === 'zh') return `${formatCount(n, lang)}美元`;
  return `US$${formatCount(n, lang)}`;
}

/** A calendar date: 2017年11月11日 / 11 Nov 2017, in the given time zone. */
export function formatDate(date: Date, lang: Lang, timeZone = 'UTC'): string {
  if (lang === 'zh') {
    return new Intl.DateTimeFormat(LOCALE.zh, { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(date);
  }
  return new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone }).format(date);
}

/** Wall-clock time in a time zone, 24-hour: 19:50. */
export function formatClock(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}
