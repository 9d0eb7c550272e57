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
 * Astro hands the frontmatter back as `render(chapter).remarkPluginFrontmatter`.
 */
export function recordScrolly(data: Record<string, unknown>, scrolly: CheckedScrolly): void {
  const frontmatter = frontmatterOf(data);
  if (!frontmatter) return;
  const list = (frontmatter[KEY] ??= []) as CheckedScrolly[];
  list.push(scrolly);
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
