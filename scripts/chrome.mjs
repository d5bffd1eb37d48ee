#!/usr/bin/env node
/**
 * Finds a Chrome or Chromium for the browser tests.
 *
 * Order: $CHROME_PATH, then the usual executable names on $PATH, then the usual install paths.
 * With `--install` (what `npm test` uses): when none is found and we run as root on a machine
 * with apt-get, installs Debian's `chromium` (saying so). Otherwise it stops with one line
 * that names what to install. Prints the path it found on stdout.
 */
import { fileURLToPath } from 'node:url';
import { aptInstall, findExecutable } from './executables.mjs';

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

/** @returns {string | undefined} */
export function findChrome(env = process.env) {
  return findExecutable('CHROME_PATH', NAMES, PATHS, env);
}

/** Finds Chrome or installs Debian's chromium when that is possible; exits with one line otherwise. */
export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  if (aptInstall(['chromium', 'fonts-noto-core', 'fonts-dejavu-core'], 'Chrome or Chromium').ok) {
    const after = findChrome();
    if (after) return after;
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
