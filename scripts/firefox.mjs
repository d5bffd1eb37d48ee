#!/usr/bin/env node
/**
 * Finds a Firefox for the Firefox embedding check (`check-embedding-firefox.mjs`), which drives
 * stock Firefox over WebDriver BiDi.
 *
 * Order: $FIREFOX_PATH, then `firefox-esr` and `firefox` on $PATH, then the usual install paths.
 * `ensureFirefox()` (and `--install`, what CI runs): when none is found and we run as root on a
 * machine with apt-get, installs Debian's `firefox-esr` (saying so). Unlike Chromium, Firefox is
 * optional: when it cannot be found or installed, this says so in one line and the check is skipped.
 * Prints the path it found on stdout.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const NAMES = ['firefox-esr', 'firefox'];
const PATHS = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} */
export function findFirefox(env = process.env) {
  if (env.FIREFOX_PATH && isExecutable(env.FIREFOX_PATH)) return env.FIREFOX_PATH;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (dir && isExecutable(candidate)) return candidate;
    }
  }
  return PATHS.find(isExecutable);
}

/**
 * Finds Firefox, or installs Debian's firefox-esr when root with apt-get.
 * @returns {{ path?: string, reason?: string }} the path, or why there is none
 */
export function ensureFirefox() {
  const found = findFirefox();
  if (found) return { path: found };
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) return { reason: `no Firefox found and ${root ? 'no apt-get' : 'not root'} to install Debian's "firefox-esr" (or set FIREFOX_PATH)` };
  console.error('sitrep: no Firefox found; installing Debian\'s "firefox-esr" with apt-get …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const install =
    update.status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'firefox-esr'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const after = findFirefox();
  if (after) return { path: after };
  const why = update.status !== 0 ? `apt-get update exited with ${update.status}` : install && install.status !== 0 ? `apt-get install exited with ${install.status}` : 'installed, but not found';
  return { reason: `no Firefox found, and Debian's "firefox-esr" could not be installed (${why})` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const install = process.argv.includes('--install');
  const { path, reason } = install ? ensureFirefox() : { path: findFirefox(), reason: 'no Firefox found (set FIREFOX_PATH)' };
  if (path) console.log(path);
  else if (install) {
    // Optional: CI goes on, and check-embedding-firefox.mjs says it skipped.
    console.error(`sitrep: ${reason}; the Firefox checks will be skipped.`);
  } else {
    console.error(`sitrep: ${reason}.`);
    process.exit(1);
  }
}
