import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Runs the real `astro build` over a folder of chapters; returns its exit status and output. */
export function buildSite(env: Record<string, string>, timeout = 120_000) {
  const scratch = mkdtempSync(join(tmpdir(), 'story-build-'));
  const result = spawnSync(resolve('node_modules/.bin/astro'), ['build'], {
    env: { ...process.env, STORY_OUT: join(scratch, 'dist'), STORY_CACHE: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout,
  });
  // Plain text, as a journalist reads it: no terminal colour codes between the words.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir: join(scratch, 'dist') };
}
