#!/usr/bin/env node
/**
 * The built bundle on strict pages, checked in headless Chromium after `npm run build`:
 *
 * - a page served with a strict Content-Security-Policy and Trusted Types (as an HTTP header)
 *   renders all three elements from a `src`, with no `securitypolicyviolation` event, and so do
 *   pages whose data needs the readers loaded on demand (a TimelineJS object, a native file with a
 *   problem, an ACLED export of 20,000 rows read in steps);
 * - two copies of `dist/sitrep.js` on one page, in both orders, and two versions: nothing throws,
 *   every tag is defined, and a differing version warns once, naming both versions;
 * - a reader's walk through the strict page (keys, buttons, wheel, drag, hash, card, chip, print,
 *   phone width, story mode) gets an answer from each, with no error.
 *
 *   node scripts/check-embedding.mjs
 */
import { chromium } from 'playwright';
import { ensureChrome } from './chrome.mjs';
import { CHROMIUM_ARGS } from './browser-args.mjs';
import { serve } from './serve.mjs';
import { STRICT_CSP, buildSite, checkPages, isVersionWarning } from './embedding-pages.mjs';
import { readerWalk } from './reader-walk.mjs';

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

/** The reader's walk (`reader-walk.mjs`) on the strict page's interactions: what went wrong. */
async function walk() {
  const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(`${origin}/interactions.html`);
  const found = await readerWalk(tab);
  const pageErrors = await tab.evaluate(() => window.__errors);
  if (errors.length || pageErrors.length) found.push(`errors: ${[...errors, ...pageErrors].join(' | ')}`);
  await tab.close();
  console.log(`check-embedding: interactions: ${found.length ? `${found.length} problems` : 'keys, buttons, wheel, drag, overview, hash, card, chip, print, phone width and story mode all answered, no errors'}`);
  return found.map((problem) => `interactions: ${problem}`);
}

try {
  failures = await checkPages({ name: 'check-embedding', origin, version, open });
  failures.push(...(await walk()));
} finally {
  await browser.close();
  server.close();
  remove();
}
if (failures.length) {
  console.error(`check-embedding: ${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
