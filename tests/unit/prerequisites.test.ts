import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { plan } from '../support/prerequisites.mjs';

const root = process.getuid?.() === 0;

/** Runs the script as `npm test` does, with no Chromium where it looks; as user `nobody` if asked. */
function run(args: string[], asNobody = false) {
  return spawnSync(process.execPath, ['tests/support/prerequisites.mjs', ...args], {
    env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    encoding: 'utf8',
    timeout: 10_000,
    ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
  });
}

describe('the test prerequisites', () => {
  it('installs what is missing with apt-get as root, and otherwise names the one command to run', () => {
    expect(plan([], { root: false, apt: true })).toEqual({ action: 'none' });
    expect(plan(['chromium', 'fonts-noto-cjk'], { root: true, apt: true })).toMatchObject({ action: 'install', packages: 'chromium fonts-noto-cjk' });
    expect(plan(['fonts-noto-cjk'], { root: false, apt: true })).toEqual({
      action: 'stop',
      line: 'The tests need fonts-noto-cjk, not installed here. Run: sudo apt-get install -y fonts-noto-cjk',
    });
    expect(plan(['chromium'], { root: true, apt: false }).line).toContain('Run: apt-get install -y chromium');
  });

  it('where it cannot install, stops at once with one line that names the command', () => {
    const result = run([], root);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'The tests need chromium, not installed here. Run: sudo apt-get install -y chromium, or set CHROMIUM_PATH to a Chromium (there is none at /nonexistent/chromium)',
    ]);
  });

  it.runIf(root)('as root, would install the missing browser with apt-get and nothing else', () => {
    const result = run(['--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('Would run: apt-get update && apt-get install -y chromium');
  });
});
