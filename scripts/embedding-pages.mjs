/**
 * The strict pages of the embedding checks, shared by `check-embedding.mjs` (Chromium, through
 * Playwright) and `check-embedding-firefox.mjs` (Firefox, through Puppeteer over WebDriver BiDi):
 * the site they serve, the scenarios and what each must show.
 *
 * No inline script or style anywhere: the policy forbids them. `watch.js` loads first and
 * records every `securitypolicyviolation` event and every uncaught error in `window.__violations`
 * and `window.__errors`.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repeatAcledRows } from './acled-rows.mjs';

/** The policy a strict newsroom page sends; the README documents the minimal line. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types lit-html sitrep dompurify 'allow-duplicates'";

/** The version the second copy of the bundle claims in the two-versions page. */
export const OTHER_VERSION = '9.9.9';

/** The tags every page must define. */
export const TAGS = ['sitrep-timeline', 'sitrep-actor-card', 'sitrep-route-chip'];

/** The pages with all three elements, and whether each must warn (once) about two versions. */
export const SCENARIOS = [
  ['csp', false],
  ['twice-ab', false],
  ['twice-ba', false],
  ['two-versions', true],
];

const ELEMENTS = `<sitrep-timeline src="/data.json"></sitrep-timeline>
  <sitrep-actor-card src="/data.json" actor="hts"></sitrep-actor-card>
  <p>Evacuees left <sitrep-route-chip src="/data.json" route="evac-air-tehran"></sitrep-route-chip>.</p>`;

const WATCH = `window.__violations = [];
   window.__errors = [];
   document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.violatedDirective + ' ' + (event.blockedURI || '') + ' ' + (event.sample || '')));
   window.addEventListener('error', (event) => window.__errors.push(String(event.message)));`;

/** A page that loads the watcher, then each of `scripts` as a module script, and holds all three elements. */
export const page = (scripts) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embedding</title>
  <link rel="stylesheet" href="/page.css">
  <script src="/watch.js"></script>
  ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n  ')}
  </head><body>${ELEMENTS}</body></html>`;

/**
 * Writes the site into a new temporary folder: three copies of the built bundle's scripts (`a/`,
 * `b/`, and `other-version/` with the package's version replaced by OTHER_VERSION), the shipped
 * story as `data.json`, its TimelineJS form as `slides.json`, a copy with one bad event as
 * `flawed.json`, a large ACLED export as `acled-large.csv`, and the pages `csp.html`,
 * `twice-ab.html`, `twice-ba.html`, `two-versions.html`, `timelinejs-data.html`,
 * `flawed-data.html`, `acled-large.html` and `interactions.html`.
 * Returns the folder, the package's version, and `remove()`.
 */
export function buildSite({ dist = 'dist', root = '.' } = {}) {
  const site = mkdtempSync(join(tmpdir(), 'sitrep-embedding-'));
  const copy = (name, transform = (text) => text) => {
    mkdirSync(join(site, name), { recursive: true });
    for (const file of readdirSync(dist).filter((entry) => entry.endsWith('.js'))) {
      writeFileSync(join(site, name, file), transform(readFileSync(join(dist, file), 'utf8')));
    }
  };
  copy('a');
  copy('b');
  // Another version of Sitrep: the same bundle with its version changed.
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  copy('other-version', (text) => ['"', "'", '`'].reduce((changed, quote) => changed.replaceAll(`${quote}${version}${quote}`, `${quote}${OTHER_VERSION}${quote}`), text));
  writeFileSync(join(site, 'page.css'), 'sitrep-timeline { display: block; width: 900px; }');
  // The shipped story, with one actor in its own colour (drawn through a constructed stylesheet).
  const data = JSON.parse(readFileSync(join(root, 'data/syria-2024.json'), 'utf8'));
  data.actors.find((actor) => actor.id === 'hts').color = '#2a7f62';
  writeFileSync(join(site, 'data.json'), JSON.stringify(data));
  writeFileSync(join(site, 'watch.js'), WATCH);
  writeFileSync(join(site, 'csp.html'), page(['/a/sitrep.js']));
  // A TimelineJS object handed over as .data: the bundle loads its reader (sitrep-formats.js) on demand.
  cpSync(join(root, 'data/syria-2024-timelinejs.json'), join(site, 'slides.json'));
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
  // A native file with one problem: the bundle loads the full validator (sitrep-formats.js) on demand, and lists the problem.
  const flawed = structuredClone(data);
  flawed.events[0].type = 'parade';
  writeFileSync(join(site, 'flawed.json'), JSON.stringify(flawed));
  writeFileSync(
    join(site, 'flawed-data.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>data</title><link rel="stylesheet" href="/page.css"><script src="/watch.js"></script>
  <script type="module" src="/a/sitrep.js"></script></head><body><sitrep-timeline src="/flawed.json"></sitrep-timeline></body></html>`,
  );
  // A large ACLED export from src: its reader is loaded on demand and reads it in steps (about 10 MB).
  writeFileSync(join(site, 'acled-large.csv'), repeatAcledRows(readFileSync(join(root, 'data/syria-2024-acled.csv'), 'utf8'), ACLED_ROWS));
  writeFileSync(
    join(site, 'acled-large.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>data</title><link rel="stylesheet" href="/page.css"><script src="/watch.js"></script>
  <script type="module" src="/a/sitrep.js"></script></head><body><sitrep-timeline src="/acled-large.csv" max-bytes="50000000"></sitrep-timeline></body></html>`,
  );
  // The page of the interaction walk: the shipped story in all three elements, the card and the
  // chip linked to the timeline, the timeline to the page's hash.
  writeFileSync(
    join(site, 'interactions.html'),
    page(['/a/sitrep.js'])
      .replace('<sitrep-timeline ', '<sitrep-timeline id="story" link-hash ')
      .replace('<sitrep-actor-card ', '<sitrep-actor-card for="story" ')
      .replace('<sitrep-route-chip ', '<sitrep-route-chip for="story" '),
  );
  writeFileSync(join(site, 'twice-ab.html'), page(['/a/sitrep.js', '/b/sitrep.js']));
  writeFileSync(join(site, 'twice-ba.html'), page(['/b/sitrep.js', '/a/sitrep.js']));
  writeFileSync(join(site, 'two-versions.html'), page(['/a/sitrep.js', '/other-version/sitrep.js']));
  return { site, version, remove: () => rmSync(site, { recursive: true, force: true }) };
}

/** In the page: all three elements have drawn. */
export const drawn = () => {
  const inside = (tag, selector) => document.querySelector(tag)?.shadowRoot?.querySelector(selector);
  return Boolean(inside('sitrep-timeline', '[part~="mark"], [part~="cluster"]') && inside('sitrep-actor-card', '[part~="name"]') && inside('sitrep-route-chip', '[part~="icon"]'));
};

/** In the page: the timeline of timelinejs-data.html has drawn its marks. */
export const timelineDrawn = () => document.querySelector('sitrep-timeline')?.shadowRoot?.querySelectorAll('[part~="mark"], [part~="cluster"]').length > 0;

/** Rows of acled-large.csv. */
export const ACLED_ROWS = 20_000;

/** In the page: the timeline of acled-large.html has read every row of its export and drawn. */
export const acledDrawn = () =>
  document.querySelector('sitrep-timeline')?.events?.length === 20_000 && document.querySelector('sitrep-timeline').shadowRoot.querySelectorAll('[part~="mark"], [part~="cluster"]').length > 0;

/** In the page: the timeline of flawed-data.html has drawn its marks and lists the one event left out. */
export const flawedDrawn = () => {
  const root = document.querySelector('sitrep-timeline')?.shadowRoot;
  return root?.querySelectorAll('[part~="mark"], [part~="cluster"]').length > 0 && root.querySelectorAll('.skipped li').length === 1;
};

/** In the page: the start of the timeline's text, to show what it says when it did not draw. */
export const timelineText = () => document.querySelector('sitrep-timeline')?.shadowRoot?.textContent?.trim().slice(0, 200);

/** In the page: what the watcher saw, and whether every tag is defined. */
export const watched = () => ({
  violations: window.__violations,
  pageErrors: window.__errors,
  defined: ['sitrep-timeline', 'sitrep-actor-card', 'sitrep-route-chip'].every((tag) => customElements.get(tag)),
});

/** In the page: the timeline exports a PNG and an SVG (the export loads its code on demand and reads its SVG through a data: URL). */
export const exportBoth = async () => {
  const timeline = document.querySelector('sitrep-timeline');
  const png = await timeline.toPNG(1);
  return { png: png.type, svg: (await timeline.toSVG()).startsWith('<svg') };
};

/** Whether a result of `exportBoth` (or `{ error }`) shows both exports working. */
export const exported = (result) => result.png === 'image/png' && Boolean(result.svg);

/** A version warning: what the bundle writes with console.warn when another version is already defined. */
export const isVersionWarning = (text) => text.startsWith('sitrep:');

/**
 * What is wrong with one scenario page: CSP violations, errors (thrown in the page or reported to
 * the page), undefined tags, and version warnings (exactly one naming both versions where expected,
 * none elsewhere).
 */
export function problems(name, expectWarning, { violations, errors, defined, warnings }, version) {
  const found = [];
  if (violations.length) found.push(`${name}: ${violations.length} CSP violations: ${violations.join(' | ')}`);
  if (errors.length) found.push(`${name}: errors: ${errors.join(' | ')}`);
  if (!defined) found.push(`${name}: not every tag is defined`);
  if (expectWarning) {
    if (warnings.length !== 1 || !warnings[0].includes(version) || !warnings[0].includes(OTHER_VERSION)) found.push(`${name}: expected one warning naming ${version} and ${OTHER_VERSION}, got ${JSON.stringify(warnings)}`);
  } else if (warnings.length) found.push(`${name}: unexpected warnings ${JSON.stringify(warnings)}`);
  return found;
}

/** The line each check prints for one scenario page. */
export const summary = (prefix, name, { violations, errors, warnings }) => `${prefix}: ${name}: ${violations.length} CSP violations, ${errors.length} errors, ${warnings.length} version warnings`;

/**
 * Opens each page in turn and returns what went wrong, printing a line per page as `name`.
 * `open(url)` gives a tab of the browser at hand: `{ warnings, errors, waitFor(fn), evaluate(fn),
 * pause(ms), close() }`, where `warnings` and `errors` fill with the version warnings and page
 * errors it sees. `afterCsp(tab, failures)` adds a browser's own checks of the strict page.
 */
export async function checkPages({ name, origin, version, open, afterCsp }) {
  const failures = [];
  const onDemand = [
    ['timelinejs-data', 'a TimelineJS object as .data', timelineDrawn, 'its reader loaded on demand'],
    ['flawed-data', 'a native file with one bad event', flawedDrawn, 'the validator loaded on demand, the problem listed'],
    ['acled-large', `an ACLED export of ${ACLED_ROWS.toLocaleString('en')} rows from src`, acledDrawn, 'its reader loaded on demand, read in steps'],
  ];
  for (const [page, what, done, how] of onDemand) {
    const tab = await open(`${origin}/${page}.html`);
    try {
      await tab.waitFor(done);
      console.log(`${name}: ${what}: drawn (${how})`);
    } catch {
      const shown = await tab.evaluate(timelineText);
      failures.push(`${page}: ${what} was not drawn: ${shown} ${tab.errors.join(' | ')}`);
    }
    const violations = await tab.evaluate(() => window.__violations);
    if (violations.length) failures.push(`${page}: CSP violations: ${violations.join(' | ')}`);
    await tab.close();
  }
  for (const [scenario, expectWarning] of SCENARIOS) {
    const tab = await open(`${origin}/${scenario}.html`);
    try {
      await tab.waitFor(drawn);
    } catch {
      failures.push(`${scenario}: the three elements did not all draw`);
    }
    if (scenario === 'csp') {
      // The export loads its code on demand and reads its SVG through a data: URL (img-src data:).
      const result = await tab.evaluate(exportBoth).catch((error) => ({ error: String(error) }));
      if (!exported(result)) failures.push(`csp: the export failed: ${JSON.stringify(result)}`);
      else console.log(`${name}: csp: PNG and SVG export work under the policy`);
    }
    await tab.pause(200);
    const { violations, pageErrors, defined } = await tab.evaluate(watched);
    const seen = { violations, errors: [...tab.errors, ...pageErrors], defined, warnings: tab.warnings };
    failures.push(...problems(scenario, expectWarning, seen, version));
    console.log(summary(name, scenario, seen));
    if (scenario === 'csp' && afterCsp) await afterCsp(tab, failures);
    await tab.close();
  }
  return failures;
}
