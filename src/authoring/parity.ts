import type { CheckedScrolly } from './scrollies';

/** What must match between the original and a translation, chapter by chapter. */
export interface ChapterShape {
  file: string;
  anchor: string;
  order: number;
  scrollies: CheckedScrolly[];
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

/**
 * A translation tells the same story with the same charts: the same chapters (by anchor) in the
 * same order, the same scenes, the same number of steps and the same step states. Words may
 * differ; what the reader is shown may not. Throws naming the chapter that diverges.
 */
export function checkParity(original: ChapterShape[], translation: ChapterShape[], translationFolder: string): void {
  const byAnchor = new Map(translation.map((chapter) => [chapter.anchor, chapter]));
  for (const chapter of original) {
    const twin = byAnchor.get(chapter.anchor);
    if (!twin) throw new Error(`${chapter.file}: has no translation in ${translationFolder} (no chapter there with anchor: ${chapter.anchor})`);
    byAnchor.delete(chapter.anchor);
    const differ = (problem: string) => new Error(`${twin.file}: ${problem} (compare ${chapter.file})`);
    if (twin.order !== chapter.order) throw differ(`order is ${twin.order} but the original's is ${chapter.order}`);
    if (twin.scrollies.length !== chapter.scrollies.length) {
      throw differ(`has ${twin.scrollies.length} <Scrolly> blocks but the original has ${chapter.scrollies.length}`);
    }
    chapter.scrollies.forEach((block, i) => {
      const other = twin.scrollies[i];
      if (other.scene !== block.scene) throw differ(`line ${other.line}: <Scrolly scene="${other.scene}"> stands where the original has scene "${block.scene}"`);
      if (other.steps.length !== block.steps.length) {
        throw differ(`line ${other.line}: the ${block.scene} block has ${other.steps.length} steps but the original has ${block.steps.length}`);
      }
      block.steps.forEach((state, s) => {
        if (canonical(other.steps[s]) !== canonical(state)) {
          throw differ(`line ${other.line}: step ${s + 1} of the ${block.scene} block shows ${canonical(other.steps[s])} but the original shows ${canonical(state)}`);
        }
      });
    });
  }
  for (const extra of byAnchor.values()) throw new Error(`${extra.file}: anchor "${extra.anchor}" has no chapter in the original edition`);
}
