#!/usr/bin/env node
/**
 * The built bundle on strict pages, checked in headless Chromium after `npm run build`:
 *
 * - a page served with a strict Content-Security-Policy and Trusted Types (as an HTTP header)
 *   renders all three elements from a `src`, with no `securitypolicyviolation` event;
 * - two copies of `dist/sitrep.js` on one page, in both orders, and two versions: nothing throws,
 *   every tag is defined, and a differing version warns once, naming both versions.
 *
 *   node scripts/check-embedding.mjs
 */
import { chromium } from 'playwright';
import { ensureChrome } from './chrome.mjs';
import { CHROMIUM_ARGS } from './browser-args.mjs';
import { serve } from './serve.mjs';
import { STRICT_CSP, buildSite, checkPages, isVersionWarning } from './embedding-pages.mjs';

// The pages and what they must show live in embedding-pages.mjs, shared with check-embedding-firefox.mjs.
export { STRICT_CSP };

const { site, version, remove } = buildSite();

const server = await serve(site, 0, { 'content-security-policy': STRICT_CSP });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROMIUM_ARGS });
let failures;

/** A tab in Chromium, as checkPages uses it. */
async function open(url) {
  const tab = await browser.newPage();
  const seen = { warnings: [], errors: [] };
  tab.on('console', (message) => message.type() === 'warning' && isVersionWarning(message.text()) && seen.warnings.push(message.text()));
  tab.on('pageerror', (error) => seen.errors.push(String(error)));
  await tab.goto(url);
  return {
    ...seen,
    waitFor: (fn) => tab.waitForFunction(fn, null, { timeout: 15000 }),
    evaluate: (fn) => tab.evaluate(fn),
    pause: (ms) => tab.waitForTimeout(ms),
    close: () => tab.close(),
  };
}

try {
  failures = await checkPages({ name: 'check-embedding', origin, version, open });
} finally {
  await browser.close();
  server.close();
  remove();
}
if (failures.length) {
  console.error(`check-embedding: ${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
