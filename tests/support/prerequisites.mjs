// The first step of `npm test`: makes sure the programs the tests need beyond node_modules are on
// this machine. It installs what is missing with Debian's apt-get when it runs as root; otherwise it
// stops at once with the one command to run. It never downloads a browser from anywhere else.
// Usage: node tests/support/prerequisites.mjs [--dry-run]   (--dry-run: say what it would install)
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { CHROMIUM } from '../../bench/chromium.mjs';
import { BROTLI, NGINX } from './nginx.mjs';

const installed = (pkg) => spawnSync('dpkg-query', ['-W', '-f=${db:Status-Status}', pkg], { encoding: 'utf8' }).stdout === 'installed';
const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** What the tests need, as Debian packages: each with the check that it is there. Add to it freely. */
export const PREREQUISITES = [
  // The browser tests run in it (CHROMIUM_PATH may name another Chromium).
  { apt: 'chromium', present: () => executable(CHROMIUM) },
  // Chinese text must print, and the print test reads it back from the PDF.
  { apt: 'fonts-noto-cjk', present: () => installed('fonts-noto-cjk') },
  // The browser tests and the benchmark serve the built site through nginx with the configuration the build ships.
  { apt: 'nginx', present: () => executable(NGINX) },
  { apt: 'libnginx-mod-http-brotli-static', present: () => existsSync(BROTLI) },
];

/** What to do about the `missing` packages: nothing, install them, or tell the person the command. */
export function plan(missing, { root, apt }) {
  if (!missing.length) return { action: 'none' };
  const packages = missing.join(' ');
  if (root && apt) return { action: 'install', packages, line: `Installing ${packages} with apt-get: the tests need ${missing.length > 1 ? 'them' : 'it'}.` };
  const command = `${root ? '' : 'sudo '}apt-get install -y ${packages}`;
  const other = missing.includes('chromium') && process.env.CHROMIUM_PATH ? `, or set CHROMIUM_PATH to a Chromium (there is none at ${CHROMIUM})` : '';
  return { action: 'stop', line: `The tests need ${packages}, not installed here. Run: ${command}${other}` };
}

const absent = () => PREREQUISITES.filter((need) => !need.present()).map((need) => need.apt);

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dryRun = process.argv.includes('--dry-run');
  const apt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  const step = plan(absent(), { root: process.getuid?.() === 0, apt });
  if (step.action === 'stop') {
    console.error(step.line);
    process.exit(1);
  }
  if (step.action === 'install') {
    console.log(dryRun ? `Would run: apt-get update && apt-get install -y ${step.packages}` : step.line);
    if (dryRun) process.exit(0);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...step.packages.split(' ')]]) {
      const run = spawnSync('apt-get', args, { env, encoding: 'utf8' });
      if (run.status !== 0) {
        console.error(`${run.stdout}${run.stderr}`.trim().split('\n').slice(-15).join('\n'));
        console.error(`apt-get ${args.join(' ')} failed; run it yourself and see why.`);
        process.exit(1);
      }
    }
    const still = absent();
    if (still.length) {
      console.error(`apt-get installed ${step.packages}, yet ${still.join(' ')} is still missing${process.env.CHROMIUM_PATH ? ` (CHROMIUM_PATH=${CHROMIUM})` : ''}.`);
      process.exit(1);
    }
  }
}
