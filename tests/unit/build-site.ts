import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/*
 * A static build writes its content modules into <root>/.astro/ and, when its outDir is outside the
 * working folder, its prerender chunks into <cwd>/.astro/ too, and deletes them when done: two builds
 * from the project folder delete or swap each other's chapters. So each build here runs in a folder
 * of its own, holding a copy of src/ and public/ and a config that is the project's own, and the unit
 * tests can build in parallel. Chapters and data are still read from the project (or the fixture)
 * through STORY_CONTENT and STORY_DATA, made absolute.
 */
function ownProject(scratch: string): string {
  const root = join(scratch, 'root');
  for (const part of ['src', 'public', 'tsconfig.json']) cpSync(part, join(root, part), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'astro.config.mjs'), `export { default } from '${pathToFileURL(resolve('astro.config.mjs'))}';\n`);
  return root;
}

/** Runs the real `astro build` over a folder of chapters; returns its exit status and output. */
export function buildSite(env: Record<string, string>, timeout = 120_000) {
  const scratch = mkdtempSync(join(tmpdir(), 'story-build-'));
  const folders = { STORY_CONTENT: resolve(env.STORY_CONTENT ?? 'content'), STORY_DATA: resolve(env.STORY_DATA ?? 'data') };
  const root = ownProject(scratch);
  const result = spawnSync(resolve('node_modules/.bin/astro'), ['build'], {
    cwd: root,
    env: { ...process.env, STORY_OUT: join(scratch, 'dist'), STORY_CACHE: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env, ...folders },
    encoding: 'utf8',
    timeout,
  });
  // Only the output is read afterwards: the copy of the project and the cache would pile up in the temporary folder.
  for (const done of [root, join(scratch, 'cache')]) rmSync(done, { recursive: true, force: true });
  // Plain text, as a journalist reads it: no terminal colour codes between the words.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir: join(scratch, 'dist') };
}
