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
import { fileURLToPath } from 'node:url';
import { aptInstall, findExecutable } from './executables.mjs';

const NAMES = ['firefox-esr', 'firefox'];
const PATHS = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** @returns {string | undefined} */
export function findFirefox(env = process.env) {
  return findExecutable('FIREFOX_PATH', NAMES, PATHS, env);
}

/**
 * Finds Firefox, or installs Debian's firefox-esr when root with apt-get.
 * @returns {{ path?: string, reason?: string }} the path, or why there is none
 */
export function ensureFirefox() {
  const found = findFirefox();
  if (found) return { path: found };
  const installed = aptInstall(['firefox-esr'], 'Firefox');
  const after = installed.ok ? findFirefox() : undefined;
  if (after) return { path: after };
  if (!installed.ok && (installed.why === 'not root' || installed.why === 'no apt-get')) {
    return { reason: `no Firefox found and ${installed.why} to install Debian's "firefox-esr" (or set FIREFOX_PATH)` };
  }
  return { reason: `no Firefox found, and Debian's "firefox-esr" could not be installed (${installed.ok ? 'installed, but not found' : installed.why})` };
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
