#!/usr/bin/env node
/**
 * The pages of `check-embedding.mjs` in headless Firefox (Debian's `firefox-esr`), driven by
 * Puppeteer over WebDriver BiDi, after `npm run build`:
 *
 * - the page served with the strict Content-Security-Policy renders all three elements from a
 *   `src`, and exports a PNG and an SVG, with no `securitypolicyviolation` event; the policy is
 *   shown to be in force (an inline `<style>` added afterwards is blocked and reported), and the
 *   check says whether this Firefox supports and enforces Trusted Types (`'trustedTypes' in window`;
 *   a string assigned to `innerHTML` throws);
 * - a TimelineJS object handed over as `.data` is drawn under the same policy, and so are a
 *   native file with a problem and an ACLED export of 20,000 rows read in steps;
 * - two copies of `dist/sitrep.js` on one page, in both orders, and two versions: nothing throws,
 *   every tag is defined, and a differing version warns once, naming both versions.
 *
 * Firefox is optional: when none is found and none can be installed (see firefox.mjs), this prints
 * one line saying it skipped and exits 0. A Firefox that is there but does not launch fails.
 *
 *   node scripts/check-embedding-firefox.mjs
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ensureFirefox } from './firefox.mjs';
import { serve } from './serve.mjs';
import { STRICT_CSP, buildSite, checkPages, isVersionWarning } from './embedding-pages.mjs';

const NAME = 'check-embedding-firefox';

if (!existsSync('dist/sitrep.js')) {
  console.error(`${NAME}: dist/sitrep.js is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const { path, reason } = ensureFirefox();
if (!path) {
  console.log(`${NAME}: skipped: ${reason}.`);
  process.exit(0);
}

// Our own profile folder, removed even when Firefox does not launch.
const profile = mkdtempSync(join(tmpdir(), 'sitrep-firefox-'));
const removeProfile = () => rmSync(profile, { recursive: true, force: true });
let browser;
try {
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: path, headless: true, protocol: 'webDriverBiDi', userDataDir: profile, timeout: 60000 });
} catch (error) {
  removeProfile();
  const message = String(error?.message ?? error).replace(/TROUBLESHOOTING:.*$/s, '').replace(/\s+/g, ' ').trim().slice(0, 600);
  console.error(`${NAME}: Firefox (${path}) is there but did not launch over WebDriver BiDi: ${message}`);
  process.exit(1);
}
console.log(`${NAME}: ${(await browser.version()).replace('firefox/', 'Firefox ')} (${path}), over WebDriver BiDi`);

const { site, version, remove } = buildSite();
const server = await serve(site, 0, { 'content-security-policy': STRICT_CSP });
const origin = `http://127.0.0.1:${server.address().port}`;
let failures;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** In the page: whether Trusted Types exist and are enforced (the probe itself is a violation, so it runs after the count). */
const trustedTypesProbe = () => {
  const supported = 'trustedTypes' in window;
  let enforced = false;
  try {
    // eslint-disable-next-line no-restricted-properties -- the sink Trusted Types guard, probed on a detached element
    document.createElement('div').innerHTML = '<b>probe</b>';
  } catch (error) {
    enforced = error instanceof TypeError;
  }
  return { supported, enforced };
};

/** In the page: an inline <style> added now is blocked and reported, so the policy is in force (a 0 above means something). */
const policyInForce = () =>
  new Promise((resolve) => {
    const before = window.__violations.length;
    const style = document.createElement('style');
    style.textContent = 'body { outline: 1px solid red; }';
    document.head.append(style);
    setTimeout(() => {
      const reported = window.__violations.slice(before).some((line) => line.startsWith('style-src'));
      const applied = getComputedStyle(document.body).outlineStyle === 'solid';
      style.remove();
      resolve(reported && !applied);
    }, 500);
  });

/** A tab in Firefox, as checkPages uses it. */
async function open(url) {
  const tab = await browser.newPage();
  const seen = { warnings: [], errors: [] };
  // Puppeteer names console.warn 'warn' (Playwright: 'warning').
  tab.on('console', (message) => ['warn', 'warning'].includes(message.type()) && isVersionWarning(message.text()) && seen.warnings.push(message.text()));
  tab.on('pageerror', (error) => seen.errors.push(String(error)));
  await tab.goto(url);
  return {
    ...seen,
    waitFor: (fn) => tab.waitForFunction(fn, { timeout: 15000 }),
    evaluate: (fn) => tab.evaluate(fn),
    pause,
    close: () => tab.close(),
  };
}

/** Firefox's own checks of the strict page: the policy is in force, and what it does with Trusted Types. */
async function afterCsp(tab, failures) {
  if (await tab.evaluate(policyInForce)) console.log(`${NAME}: csp: the policy is in force (an inline <style> added afterwards is blocked and reported)`);
  else failures.push('csp: the policy does not seem to be in force: an inline <style> was not blocked and reported');
  const { supported, enforced } = await tab.evaluate(trustedTypesProbe);
  console.log(
    `${NAME}: csp: Trusted Types ${
      supported
        ? enforced
          ? 'supported and enforced (a string assigned to innerHTML throws; the elements drew through their policies)'
          : 'supported but not enforced by the header'
        : 'not supported in this Firefox (its trusted-types directives are ignored; the rest of the policy applies)'
    }`,
  );
  if (supported && !enforced) failures.push('csp: Trusted Types exist in this Firefox but the policy did not enforce them');
}

try {
  failures = await checkPages({ name: NAME, origin, version, open, afterCsp });
} finally {
  await browser.close();
  server.close();
  remove();
  removeProfile();
}
if (failures.length) {
  console.error(`${NAME}: ${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
