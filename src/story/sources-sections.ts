import { coveredBy, type LedgerEntry } from '../datasets/source-ledger';
import type { Lang } from '../i18n/lang';
import { SCENE_IDS, SCENES, type SceneId } from '../scenes/registry';
import { storyLedger } from './facts';
import { SOURCES_LABELS } from './sources-labels';

export interface SourcesSection {
  /** For the section's heading id. */
  slug: string;
  title: string;
  /** The scene whose data this section explains, for its "get the data" link. */
  scene?: SceneId;
  entries: LedgerEntry[];
}

/**
 * "Sources and method", sorted: each scene's rows under its name (in `storyOrder`, the scenes as the
 * chapters show them), then the other facts the prose
 * cites, then any data file no scene claims yet. Every ledger row lands in exactly one section,
 * so every source in data/ is listed once, whoever added it.
 */
export function sourcesSections(lang: Lang, ledger: LedgerEntry[] = storyLedger(), storyOrder: readonly string[] = []): SourcesSection[] {
  const labels = SOURCES_LABELS[lang];
  const claimed = new Set<string>();
  const take = (match: (entry: LedgerEntry) => boolean) =>
    ledger.filter((entry) => !claimed.has(entry.key) && match(entry)).map((entry) => (claimed.add(entry.key), entry));

  const sections: SourcesSection[] = [];
  // Scenes in the order the story shows them; any it does not show, after them.
  const rank = (scene: string) => (storyOrder.includes(scene) ? storyOrder.indexOf(scene) : storyOrder.length);
  for (const scene of [...SCENE_IDS].sort((a, b) => rank(a) - rank(b))) {
    const sources = SCENES[scene].sources;
    if (!sources) continue;
    sections.push({ slug: scene, title: sources.name(lang), scene, entries: take((entry) => coveredBy(entry.key, sources.rows)) });
  }
  sections.push({ slug: 'facts', title: labels.otherFacts, entries: take((entry) => entry.file === 'data/facts.csv') });
  for (const file of new Set(ledger.map((entry) => entry.file))) {
    sections.push({ slug: `data-${file.replace(/^data\/|\.csv$/g, '')}`, title: labels.otherFile(file), entries: take((entry) => entry.file === file) });
  }
  return sections.filter((section) => section.entries.length);
}
