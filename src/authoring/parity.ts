import { resolve } from 'node:path';
import type { CheckedScrolly, CitingParagraph } from './scrollies';

/** What must match between the original and a translation, chapter by chapter. */
export interface ChapterShape {
  file: string;
  anchor: string;
  order: number;
  scrollies: CheckedScrolly[];
  /** Paragraphs outside the scroll blocks that cite facts (chapterOutline). */
  prose?: CitingParagraph[];
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

/**
 * A translation tells the same story with the same charts: the same chapters (by anchor) in the
 * same order, the same scenes, the same number of steps and the same step states, and the same
 * facts cited in each step and, in order, by each paragraph that cites any. Words may differ; what
 * the reader is shown may not. Throws naming the chapter and line that diverge.
 */
export function checkParity(original: ChapterShape[], translation: ChapterShape[], translationFolder: string): void {
  const byAnchor = new Map(translation.map((chapter) => [chapter.anchor, chapter]));
  for (const chapter of original) {
    const twin = byAnchor.get(chapter.anchor);
    if (!twin) throw parityError(chapter.file, `has no translation in ${translationFolder} (no chapter there with anchor: ${chapter.anchor})`);
    byAnchor.delete(chapter.anchor);
    const differ = (problem: string, line?: number) => parityError(twin.file, `${problem} (compare ${chapter.file})`, line);
    if (twin.order !== chapter.order) throw differ(`order is ${twin.order} but the original's is ${chapter.order}`);
    if (twin.scrollies.length !== chapter.scrollies.length) {
      throw differ(`has ${twin.scrollies.length} <Scrolly> blocks but the original has ${chapter.scrollies.length}`);
    }
    chapter.scrollies.forEach((block, i) => {
      const other = twin.scrollies[i];
      if (other.scene !== block.scene) throw differ(`line ${other.line}: <Scrolly scene="${other.scene}"> stands where the original has scene "${block.scene}"`, other.line);
      if (other.steps.length !== block.steps.length) {
        throw differ(`line ${other.line}: the ${block.scene} block has ${other.steps.length} steps but the original has ${block.steps.length}`, other.line);
      }
      block.steps.forEach((state, s) => {
        if (canonical(other.steps[s]) !== canonical(state)) {
          throw differ(`line ${other.line}: step ${s + 1} of the ${block.scene} block shows ${canonical(other.steps[s])} but the original shows ${canonical(state)}`, other.line);
        }
        const [mine, theirs] = [other.facts?.[s] ?? [], block.facts?.[s] ?? []];
        if (canonical(mine) !== canonical(theirs)) {
          throw differ(`line ${other.line}: step ${s + 1} of the ${block.scene} block cites ${citing(mine)} but the original's cites ${citing(theirs)}`, other.line);
        }
      });
    });
    const [mine, theirs] = [twin.prose ?? [], chapter.prose ?? []];
    for (let p = 0; p < Math.max(mine.length, theirs.length); p++) {
      if (canonical(mine[p]?.facts) === canonical(theirs[p]?.facts)) continue;
      const at = mine[p] ?? mine.at(-1);
      const where = at ? `line ${at.line}: ` : '';
      throw differ(
        `${where}the paragraphs citing facts outside the scroll blocks differ at the ${ordinal(p + 1)}: it cites ${citing(mine[p]?.facts ?? [])} but the original's (line ${theirs[p]?.line ?? '–'}) cites ${citing(theirs[p]?.facts ?? [])}`,
        at?.line,
      );
    }
  }
  for (const extra of byAnchor.values()) throw parityError(extra.file, `anchor "${extra.anchor}" has no chapter in the original edition`);
}

/**
 * A parity error, located for Astro's report and the dev overlay at the chapter and line it names
 * (they would otherwise point at this file, where it was thrown).
 */
function parityError(file: string, problem: string, line = 1) {
  return Object.assign(new Error(`${file}: ${problem}`), { loc: { file: resolve(file), line, column: 1 } });
}

const citing = (facts: string[]) => (facts.length ? facts.map((id) => `<Fact id="${id}" />`).join(', ') : 'no fact');
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
