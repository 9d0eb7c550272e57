import { loadFacts, withLentFacts, type Fact } from '../datasets/facts';
import { readLedger, type LedgerEntry } from '../datasets/source-ledger';
import { DATA_DIR } from '../datasets/table';
import { SCENE_IDS, SCENES } from '../scenes/registry';

/*
 * The data layer knows no scene: the rows a scene lends prose as facts (its scene.ts `facts`) are
 * joined to data/facts.csv here, where the story meets its scenes.
 */
const lent = () => SCENE_IDS.flatMap((id) => SCENES[id].facts ?? []);

/** Every number prose may cite: the rows of data/facts.csv, and each scene's lent rows ("trust.worried"). */
export function storyFacts(): Map<string, Fact> {
  return lent().reduce((facts, rows) => withLentFacts(facts, rows), loadFacts());
}

/** Every sourced row of data/, named as prose cites it: a lent file's rows by their scene's prefix. */
export function storyLedger(dir = DATA_DIR): LedgerEntry[] {
  return readLedger(dir, Object.fromEntries(lent().map((rows) => [rows.file, rows.prefix])));
}
