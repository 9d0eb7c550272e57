import type { Fact } from '../datasets/facts';

/*
 * <Fact id="…">words</Fact> shows the article's own wording of a row's number ("20多年" for 24) and
 * links it to the row's sources. Words that say another number would publish it under the row's
 * source: a typo ("27%" for 72) or the article's error ("2日" where the source says 3) would go out
 * credited to the source. So a number in the words must be the row's, or near it when the words
 * say they round: a floor ("20多", "20-odd", "more than") or a neighbour ("about", "约"). A count
 * may be in English words ("two days"); other words without digits ("a quarter") are not read.
 */

/** Words that give the number as a floor ("20多年" for 24): the row's is at least it, and under half as much again. */
const AT_LEAST = /多|余|逾|超过|以上|-odd|\b(?:odd|over|more than)\b/i;
/** Words that give the number as near the row's, within a quarter of it either way. */
const ABOUT = /约|近|左右|\b(?:some|about|around|nearly|almost|roughly|approximately)\b/i;

const MULTIPLIERS: [RegExp, number][] = [
  [/^\s*亿/, 1e8],
  [/^\s*万/, 1e4],
  [/^\s*billion\b/i, 1e9],
  [/^\s*million\b/i, 1e6],
  [/^\s*thousand\b/i, 1e3],
];

/** A small count is written in words in English prose ("two days"); a share is not read from words ("three in four"). */
const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The numbers written in `words`, with 万, 亿, million… applied; with `counting`, small counts in English words too. */
export function numbersIn(words: string, counting = false): number[] {
  const found: number[] = counting ? [...words.toLowerCase().matchAll(/\b[a-z]+\b/g)].map(([word]) => COUNT_WORDS.indexOf(word)).filter((n) => n >= 0) : [];
  // Commas only as thousands separators: "7,2%" is not 72.
  for (const match of words.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)) {
    const after = words.slice(match.index + match[0].length);
    const multiplier = MULTIPLIERS.find(([pattern]) => pattern.test(after))?.[1] ?? 1;
    found.push(Number(match[0].replaceAll(',', '')) * multiplier);
  }
  return found;
}

/** Why `words` cannot stand for `fact`'s number, or undefined when they can (or say no number). */
export function wordingProblem(words: string, fact: Fact, shown: string): string | undefined {
  // A time is written with its day and hour in the reader's zone ("北京时间11日下午4点"), not as one number.
  if (fact.kind === 'datetime' || fact.kind === 'duration') return undefined;
  const numbers = numbersIn(words, fact.kind === 'count');
  if (!numbers.length) return undefined;
  const value = fact.value;
  if (numbers.includes(value)) return undefined;
  const atLeast = AT_LEAST.test(words);
  const about = ABOUT.test(words);
  if (atLeast && numbers.some((n) => n <= value && value < 1.5 * n)) return undefined;
  if (about && numbers.some((n) => Math.abs(n - value) <= 0.25 * value)) return undefined;
  const rounded = atLeast || about;
  const said = numbers.join(', ');
  return (
    `<Fact id="${fact.id}">${words}</Fact> says ${said}, but the row in data/facts.csv says ${shown}` +
    `${rounded ? ' (too far for a rounding)' : ''}: the words would go out credited to its source. ` +
    `If the article wrote ${said}, keep its words as <Literal>${words}</Literal> and give the row's figure in a <Note> with <Fact id="${fact.id}" />; ` +
    `if it is a typo, write <Fact id="${fact.id}" /> to show ${shown}.`
  );
}
