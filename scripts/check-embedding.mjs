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
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { ensureChrome } from './chrome.mjs';
import { CHROMIUM_ARGS } from './browser-args.mjs';
import { serve } from './serve.mjs';

/** The policy a strict newsroom page sends; the README documents the minimal line. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html sitrep dompurify 'allow-duplicates'";

const site = mkdtempSync(join(tmpdir(), 'sitrep-embedding-'));
const copy = (name, transform = (text) => text) => {
  mkdirSync(join(site, name), { recursive: true });
  for (const file of readdirSync('dist').filter((entry) => entry.endsWith('.js'))) {
    writeFileSync(join(site, name, file), transform(readFileSync(join('dist', file), 'utf8')));
  }
};
copy('a');
copy('b');
// Another version of Sitrep: the same bundle with its version changed.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
copy('other-version', (text) => ['"', "'", '`'].reduce((changed, quote) => changed.replaceAll(`${quote}${version}${quote}`, `${quote}9.9.9${quote}`), text));
writeFileSync(join(site, 'page.css'), 'sitrep-timeline { display: block; width: 900px; }');
// The shipped story, with one actor in its own colour (drawn through a constructed stylesheet).
const data = JSON.parse(readFileSync('data/syria-2024.json', 'utf8'));
data.actors.find((actor) => actor.id === 'hts').color = '#2a7f62';
writeFileSync(join(site, 'data.json'), JSON.stringify(data));

const ELEMENTS = `<sitrep-timeline src="/data.json"></sitrep-timeline>
  <sitrep-actor-card src="/data.json" actor="hts"></sitrep-actor-card>
  <p>Evacuees left <sitrep-route-chip src="/data.json" route="evac-air-tehran"></sitrep-route-chip>.</p>`;
// No inline script or style anywhere: the policy forbids them. The watcher loads first.
writeFileSync(
  join(site, 'watch.js'),
  `window.__violations = [];
   window.__errors = [];
   document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.violatedDirective + ' ' + (event.blockedURI || '') + ' ' + (event.sample || '')));
   window.addEventListener('error', (event) => window.__errors.push(String(event.message)));`,
);
const page = (scripts) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embedding</title>
  <link rel="stylesheet" href="/page.css">
  <script src="/watch.js"></script>
  ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n  ')}
  </head><body>${ELEMENTS}</body></html>`;
writeFileSync(join(site, 'csp.html'), page(['/a/sitrep.js']));
// A TimelineJS object handed over as .data: the bundle loads its reader (sitrep-formats.js) on demand.
cpSync('data/syria-2024-timelinejs.json', join(site, 'slides.json'));
writeFileSync(
  join(site, 'hand-over.js'),
  `import '/a/sitrep.js';
   const slides = await (await fetch('/slides.json')).json();
   document.querySelector('sitrep-timeline').data = slides;`,
);
writeFileSync(
  join(site, 'timelinejs-data.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>data</title><link rel="stylesheet" href="/page.css"><script src="/watch.js"></script>
  <script type="module" src="/hand-over.js"></script></head><body><sitrep-timeline></sitrep-timeline></body></html>`,
);
writeFileSync(join(site, 'twice-ab.html'), page(['/a/sitrep.js', '/b/sitrep.js']));
writeFileSync(join(site, 'twice-ba.html'), page(['/b/sitrep.js', '/a/sitrep.js']));
writeFileSync(join(site, 'two-versions.html'), page(['/a/sitrep.js', '/other-version/sitrep.js']));

const server = await serve(site, 0, { 'content-security-policy': STRICT_CSP });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROMIUM_ARGS });
const failures = [];
const drawn = () => {
  const inside = (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector);
  return Boolean(inside('sitrep-timeline', '[part~="mark"], [part~="cluster"]') && inside('sitrep-actor-card', '[part~="name"]') && inside('sitrep-route-chip', '[part~="icon"]'));
};

try {
  {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(`${origin}/timelinejs-data.html`);
    try {
      await tab.waitForFunction(() => document.querySelector('sitrep-timeline')?.shadowRoot?.querySelectorAll('[part~="mark"], [part~="cluster"]').length > 0, null, { timeout: 15000 });
      console.log('check-embedding: a TimelineJS object as .data: drawn (its reader loaded on demand)');
    } catch {
      const shown = await tab.evaluate(() => document.querySelector('sitrep-timeline')?.shadowRoot?.textContent?.trim().slice(0, 200));
      failures.push(`timelinejs-data: a TimelineJS object as .data was not drawn: ${shown} ${errors.join(' | ')}`);
    }
    const violations = await tab.evaluate(() => window.__violations);
    if (violations.length) failures.push(`timelinejs-data: CSP violations: ${violations.join(' | ')}`);
    await tab.close();
  }
  for (const [name, expectWarning] of [
    ['csp', false],
    ['twice-ab', false],
    ['twice-ba', false],
    ['two-versions', true],
  ]) {
    const tab = await browser.newPage();
    const warnings = [];
    const errors = [];
    tab.on('console', (message) => message.type() === 'warning' && message.text().startsWith('sitrep:') && warnings.push(message.text()));
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(`${origin}/${name}.html`);
    try {
      await tab.waitForFunction(drawn, null, { timeout: 15000 });
    } catch {
      failures.push(`${name}: the three elements did not all draw`);
    }
    if (name === 'csp') {
      // The export loads its code on demand and reads its SVG through a data: URL (img-src data:).
      const exported = await tab.evaluate(async () => {
        const timeline = document.querySelector('sitrep-timeline');
        const png = await timeline.toPNG(1);
        return { png: png.type, svg: (await timeline.toSVG()).startsWith('<svg') };
      }).catch((error) => ({ error: String(error) }));
      if (exported.png !== 'image/png' || !exported.svg) failures.push(`csp: the export failed: ${JSON.stringify(exported)}`);
      else console.log('check-embedding: csp: PNG and SVG export work under the policy');
    }
    await tab.waitForTimeout(200);
    const { violations, pageErrors } = await tab.evaluate(() => ({ violations: window.__violations, pageErrors: window.__errors }));
    const defined = await tab.evaluate(() => ['sitrep-timeline', 'sitrep-actor-card', 'sitrep-route-chip'].every((tag) => customElements.get(tag)));
    if (violations.length) failures.push(`${name}: ${violations.length} CSP violations: ${violations.join(' | ')}`);
    if (errors.length || pageErrors.length) failures.push(`${name}: errors: ${[...errors, ...pageErrors].join(' | ')}`);
    if (!defined) failures.push(`${name}: not every tag is defined`);
    if (expectWarning) {
      if (warnings.length !== 1 || !warnings[0].includes(version) || !warnings[0].includes('9.9.9')) failures.push(`${name}: expected one warning naming ${version} and 9.9.9, got ${JSON.stringify(warnings)}`);
    } else if (warnings.length) failures.push(`${name}: unexpected warnings ${JSON.stringify(warnings)}`);
    console.log(`check-embedding: ${name}: ${violations.length} CSP violations, ${errors.length + pageErrors.length} errors, ${warnings.length} version warnings`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`check-embedding: ${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
