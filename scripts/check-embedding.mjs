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
import { SCENARIOS, STRICT_CSP, buildSite, drawn, exportBoth, exported, isVersionWarning, problems, summary, timelineDrawn, timelineText, watched } from './embedding-pages.mjs';

// The pages and what they must show live in embedding-pages.mjs, shared with check-embedding-firefox.mjs.
export { STRICT_CSP };

const { site, version, remove } = buildSite();

const server = await serve(site, 0, { 'content-security-policy': STRICT_CSP });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROMIUM_ARGS });
const failures = [];

try {
  {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(`${origin}/timelinejs-data.html`);
    try {
      await tab.waitForFunction(timelineDrawn, null, { timeout: 15000 });
      console.log('check-embedding: a TimelineJS object as .data: drawn (its reader loaded on demand)');
    } catch {
      const shown = await tab.evaluate(timelineText);
      failures.push(`timelinejs-data: a TimelineJS object as .data was not drawn: ${shown} ${errors.join(' | ')}`);
    }
    const violations = await tab.evaluate(() => window.__violations);
    if (violations.length) failures.push(`timelinejs-data: CSP violations: ${violations.join(' | ')}`);
    await tab.close();
  }
  for (const [name, expectWarning] of SCENARIOS) {
    const tab = await browser.newPage();
    const warnings = [];
    const errors = [];
    tab.on('console', (message) => message.type() === 'warning' && isVersionWarning(message.text()) && warnings.push(message.text()));
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(`${origin}/${name}.html`);
    try {
      await tab.waitForFunction(drawn, null, { timeout: 15000 });
    } catch {
      failures.push(`${name}: the three elements did not all draw`);
    }
    if (name === 'csp') {
      // The export loads its code on demand and reads its SVG through a data: URL (img-src data:).
      const result = await tab.evaluate(exportBoth).catch((error) => ({ error: String(error) }));
      if (!exported(result)) failures.push(`csp: the export failed: ${JSON.stringify(result)}`);
      else console.log('check-embedding: csp: PNG and SVG export work under the policy');
    }
    await tab.waitForTimeout(200);
    const { violations, pageErrors, defined } = await tab.evaluate(watched);
    const seen = { violations, errors: [...errors, ...pageErrors], defined, warnings };
    failures.push(...problems(name, expectWarning, seen, version));
    console.log(summary('check-embedding', name, seen));
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
  remove();
}
if (failures.length) {
  console.error(`check-embedding: ${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
