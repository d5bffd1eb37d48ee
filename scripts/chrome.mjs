#!/usr/bin/env node
/**
 * Finds a Chrome or Chromium for the browser tests.
 *
 * Order: $CHROME_PATH, then the usual executable names on $PATH, then the usual install paths.
 * With `--install` (what `npm test` uses): when none is found and we run as root on a machine
 * with apt-get, installs Debian's `chromium` (saying so). Otherwise it stops with one line
 * that names what to install. Prints the path it found on stdout.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH && isExecutable(env.CHROME_PATH)) return env.CHROME_PATH;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (dir && isExecutable(candidate)) return candidate;
    }
  }
  return PATHS.find(isExecutable);
}

/** Finds Chrome or installs Debian's chromium when that is possible; exits with one line otherwise. */
export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (root && apt) {
    console.error('sitrep: no Chrome or Chromium found; installing Debian\'s "chromium" with apt-get …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    const install =
      update.status === 0 &&
      spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core', 'fonts-dejavu-core'], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env,
      });
    const after = findChrome();
    if (install && install.status === 0 && after) return after;
  }
  console.error(
    'sitrep: the browser tests need Chrome or Chromium: install "chromium" (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chrome binary.',
  );
  process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = process.argv.includes('--install') ? ensureChrome() : findChrome();
  if (!path) {
    console.error('sitrep: no Chrome or Chromium found (set CHROME_PATH).');
    process.exit(1);
  }
  console.log(path);
}
