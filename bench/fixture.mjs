// The story at N× its length, generated for the benchmark and never committed: every chapter of
// content/ repeated N times in reading order (1…5, 1…5, …), each copy with its own order number
// and anchor (so its own embed addresses), built through the same pipeline as the story
// (STORY_CONTENT, as tests/unit/build-site.ts does). Repeated, not shuffled, chapters are what the
// issue measured (#24); a copy of a chapter stands a whole story away from its twin, so gzip finds
// the twin only if the page between them is small.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CHAPTER = /^(\d+)-(.+)\.mdx$/;

/** Writes content/ at `times` its length into `into` (emptied first); returns the chapter count per edition. */
export function writeScaledContent(times, into, from = 'content') {
  rmSync(into, { recursive: true, force: true });
  let count = 0;
  for (const edition of readdirSync(from)) {
    mkdirSync(join(into, edition), { recursive: true });
    const files = readdirSync(join(from, edition));
    const chapters = files.filter((name) => CHAPTER.test(name)).sort();
    for (const name of files.filter((name) => !CHAPTER.test(name))) writeFileSync(join(into, edition, name), readFileSync(join(from, edition, name)));
    let order = 0;
    for (let copy = 0; copy < times; copy++) {
      for (const name of chapters) {
        order += 1;
        const [, , slug] = CHAPTER.exec(name);
        const text = readFileSync(join(from, edition, name), 'utf8');
        const suffix = copy === 0 ? '' : `-${copy + 1}`;
        const scaled = text
          .replace(/^order: *\d+ *$/m, `order: ${order}`)
          .replace(/^anchor: *([a-z0-9-]+) *$/m, (_, anchor) => `anchor: ${anchor}${suffix}`)
          .replace(/^title: *(.+)$/m, (_, title) => `title: ${title}${copy === 0 ? '' : ` (${copy + 1})`}`);
        writeFileSync(join(into, edition, `${String(order).padStart(3, '0')}-${slug}${suffix}.mdx`), scaled);
      }
    }
    count = order;
  }
  return count;
}

/** Builds the story at `times` its length into `outDir`; throws with the build's output if it fails. */
export function buildScaled(times, outDir, env = process.env) {
  const content = join('node_modules', '.bench', `content-${times}x`);
  writeScaledContent(times, content);
  const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...env, STORY_CONTENT: content, STORY_OUT: outDir, STORY_CACHE: join('node_modules', '.bench', `cache-${times}x`), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (built.status !== 0) throw new Error(`the story at ${times}× did not build:\n${built.stdout}\n${built.stderr}`);
}
