import type { SceneId } from '../scenes/registry';

/** A <Scrolly> as the chapter check passed it: its scene and the validated state of each <Step>. */
export interface CheckedScrolly {
  scene: SceneId;
  steps: unknown[];
  /** Where the <Scrolly> starts in its chapter file. */
  line: number;
}

/** The key, in a compiled chapter's frontmatter, under which the check lists the chapter's scrollies. */
const KEY = 'scrollies';

type FrontmatterHolder = { astro?: { frontmatter?: Record<string, unknown> } };

/**
 * Lists a checked <Scrolly> in the chapter's compiled frontmatter, so that pages which show a
 * scene outside the story (its embed) take its steps from the chapter instead of a second list.
 * Astro hands the frontmatter back as `render(chapter).remarkPluginFrontmatter`.
 */
export function recordScrolly(data: Record<string, unknown>, scrolly: CheckedScrolly): void {
  const frontmatter = (data as FrontmatterHolder).astro?.frontmatter;
  if (!frontmatter) return;
  const list = (frontmatter[KEY] ??= []) as CheckedScrolly[];
  list.push(scrolly);
}

/** The scrollies recordScrolly listed for one chapter, in reading order. */
export function checkedScrollies(frontmatter: Record<string, unknown>): CheckedScrolly[] {
  const list = frontmatter[KEY];
  return Array.isArray(list) ? (list as CheckedScrolly[]) : [];
}
