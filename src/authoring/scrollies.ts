import type { SceneId } from '../scenes/registry';

/** A <Scrolly> as the chapter check passed it: its scene and the validated state of each <Step>. */
export interface CheckedScrolly {
  scene: SceneId;
  steps: unknown[];
  /** The facts each step cites (<Fact id>), sorted: a translation may order its words differently. */
  facts?: string[][];
  /** Where the <Scrolly> starts in its chapter file. */
  line: number;
}

/** The facts one paragraph (or list, or quote) outside the scroll blocks cites, and where it starts. */
export interface CitingParagraph {
  line: number;
  facts: string[];
}

/** The keys, in a compiled chapter's frontmatter, under which the check lists what it found. */
const KEY = 'scrollies';
const PROSE_KEY = 'citingParagraphs';

type FrontmatterHolder = { astro?: { frontmatter?: Record<string, unknown> } };

const frontmatterOf = (data: Record<string, unknown>) => (data as FrontmatterHolder).astro?.frontmatter;

/**
 * Lists a checked <Scrolly> in the chapter's compiled frontmatter, so that pages which show a
 * scene outside the story (its embed) take its steps from the chapter instead of a second list.
 * Astro hands the frontmatter back as `render(chapter).remarkPluginFrontmatter`. Returns the
 * block's place among the chapter's blocks of its scene (placesInChapter).
 */
export function recordScrolly(data: Record<string, unknown>, scrolly: CheckedScrolly): number {
  const frontmatter = frontmatterOf(data);
  if (!frontmatter) return 1;
  const list = (frontmatter[KEY] ??= []) as CheckedScrolly[];
  list.push(scrolly);
  return placesInChapter(list).at(-1)!;
}

/** The chapter's anchor as its frontmatter gives it to the check, if the compiler passed it. */
export function chapterAnchor(data: Record<string, unknown>): string | undefined {
  const anchor = frontmatterOf(data)?.anchor;
  return typeof anchor === 'string' ? anchor : undefined;
}

/** Each scrolly's place (from 1) among the chapter's blocks of the same scene, in reading order. */
export function placesInChapter(scrollies: { scene: string }[]): number[] {
  const seen = new Map<string, number>();
  return scrollies.map(({ scene }) => {
    const place = (seen.get(scene) ?? 0) + 1;
    seen.set(scene, place);
    return place;
  });
}

/** Notes that the paragraph starting at `line` (outside any scroll block) cites the fact `id`. */
export function recordProseFact(data: Record<string, unknown>, line: number, id: string): void {
  const frontmatter = frontmatterOf(data);
  if (!frontmatter) return;
  const list = (frontmatter[PROSE_KEY] ??= []) as CitingParagraph[];
  const paragraph = list.find((p) => p.line === line) ?? (list.push({ line, facts: [] }), list.at(-1)!);
  paragraph.facts.push(id);
  paragraph.facts.sort();
}

/** The scrollies recordScrolly listed for one chapter, in reading order. */
export function checkedScrollies(frontmatter: Record<string, unknown>): CheckedScrolly[] {
  const list = frontmatter[KEY];
  return Array.isArray(list) ? (list as CheckedScrolly[]) : [];
}

/** The paragraphs outside scroll blocks that cite facts, in reading order. */
export function citingParagraphs(frontmatter: Record<string, unknown>): CitingParagraph[] {
  const list = frontmatter[PROSE_KEY];
  return Array.isArray(list) ? [...(list as CitingParagraph[])].sort((a, b) => a.line - b.line) : [];
}
