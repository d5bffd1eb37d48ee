#!/usr/bin/env node
/**
 * How much of `dist/sitrep.js` a page runs, measured with Chromium's block coverage, and what a
 * first file holding only that would weigh: the bound on loading more of the bundle on demand.
 *
 * In the embedding site (`embedding-pages.mjs`: the shipped Syria dataset, all three elements),
 * three visits are measured:
 *
 * - **first drawing, desktop**: the page loaded at 1200 px and left alone;
 * - **first drawing, phone**: the same with the timeline 360 px wide (the vertical layout);
 * - **reader's walk**: keys, buttons, wheel, drag, the overview, the hash, the card, the chip,
 *   print, phone width and story mode (`reader-walk.mjs`).
 *
 * For each, and for the two first drawings together, it prints the characters of `sitrep.js` that
 * ran and **the gzip size of a file without Sitrep's own code that did not run** (Lit and the d3
 * modules are counted whole: their branches for other browsers and options are not ours to cut).
 * That is the smallest first file that loading the rest on demand could give, before the code
 * that would load it. Run after the build:
 *
 *   node scripts/size-coverage.mjs
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { AREAS, BUDGET_GZIP } from './size-areas.mjs';

/**
 * How many times each character of a script of `length` ran, from the `functions` of a precise
 * coverage entry (V8's block coverage): ranges nest, and the innermost range that holds a
 * character gives its count. Characters outside every range count as run (top-level code).
 */
export function runCounts(length, functions) {
  const counts = new Int32Array(length).fill(1);
  // Wider ranges first, so that the ranges nested in them write last.
  const ranges = functions.flatMap((fn) => fn.ranges).sort((a, b) => b.endOffset - b.startOffset - (a.endOffset - a.startOffset));
  for (const { startOffset, endOffset, count } of ranges) counts.fill(count, startOffset, Math.min(endOffset, length));
  return counts;
}

/** The areas not ours to cut: a character of these sources is kept whether it ran or not. */
const WHOLE = new Set(['Lit', 'd3 modules']);

/**
 * The spans of `code` that Sitrep's own sources wrote, from the source map: each mapping's start to
 * the next one's. The areas in {@link WHOLE} and the characters no source claims are left out.
 */
function ownSpans(code, map) {
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const starts = [];
  new SourceMapConsumer(map).eachMapping((mapping) => starts.push([lineStarts[mapping.generatedLine - 1] + mapping.generatedColumn, mapping.source]));
  starts.sort((a, b) => a[0] - b[0]);
  const spans = [];
  for (let k = 0; k < starts.length; k++) {
    const [from, source] = starts[k];
    if (source === null || WHOLE.has(AREAS.find(([, pattern]) => pattern.test(source))?.[0])) continue;
    spans.push({ from, to: k + 1 < starts.length ? starts[k + 1][0] : code.length, source });
  }
  return spans;
}

/**
 * `code` without Sitrep's own characters that never ran (`counts[i] === 0`), keeping the sources
 * of the areas in {@link WHOLE} and the characters no source claims.
 */
export function withoutUnrun(code, map, counts) {
  const keep = new Uint8Array(code.length).fill(1);
  for (const { from, to } of ownSpans(code, map)) for (let i = from; i < to; i++) if (counts[i] === 0) keep[i] = 0;
  let out = '';
  let run = -1;
  for (let i = 0; i <= code.length; i++) {
    if (i < code.length && keep[i]) {
      if (run === -1) run = i;
    } else if (run !== -1) {
      out += code.slice(run, i);
      run = -1;
    }
  }
  return out;
}

/**
 * Per source of the map (Sitrep's own), the characters of `code` it owns and, for each run count
 * of `visits`, how many of them never ran; largest first by the first visit.
 */
export function unrunBySource(code, map, visits) {
  const totals = new Map();
  for (const { from, to, source } of ownSpans(code, map)) {
    const row = totals.get(source) ?? totals.set(source, new Array(visits.length + 1).fill(0)).get(source);
    row[0] += to - from;
    for (let i = from; i < to; i++) visits.forEach((counts, v) => (row[v + 1] += counts[i] === 0 ? 1 : 0));
  }
  return [...totals].map(([source, row]) => [source.replace(/^.*?\/src\//, 'src/'), row]).sort((a, b) => b[1][1] - a[1][1]);
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;

async function main() {
  if (!existsSync('dist/sitrep.js.map')) throw new Error('size-coverage: run `npm run build` first');
  const { chromium } = await import('playwright');
  const { ensureChrome } = await import('./chrome.mjs');
  const { CHROMIUM_ARGS } = await import('./browser-args.mjs');
  const { serve } = await import('./serve.mjs');
  const { buildSite, drawn } = await import('./embedding-pages.mjs');
  const { readerWalk } = await import('./reader-walk.mjs');
  const code = readFileSync('dist/sitrep.js', 'utf8');
  const map = JSON.parse(readFileSync('dist/sitrep.js.map', 'utf8'));
  const { site, remove } = buildSite();
  const server = await serve(site, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROMIUM_ARGS });

  // The phone's page: the timeline as wide as a phone's column from before its first drawing.
  const page = readFileSync(join(site, 'interactions.html'), 'utf8');
  writeFileSync(join(site, 'phone.html'), page.replace('</head>', '<style>sitrep-timeline { display: block; width: 360px }</style></head>'));

  /** Opens `name`.html at `width`, lets `visit` act on it, and gives the run counts of sitrep.js. */
  const measure = async (name, width, visit) => {
    const tab = await browser.newPage({ viewport: { width, height: 900 } });
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
    await tab.goto(`${origin}/${name}.html`);
    await visit(tab);
    const { result } = await cdp.send('Profiler.takePreciseCoverage');
    await tab.close();
    const script = result.find((entry) => entry.url.endsWith('/a/sitrep.js'));
    if (!script) throw new Error('size-coverage: no coverage of sitrep.js');
    return runCounts(code.length, script.functions);
  };
  /** Waits until each element shows what `selectors` names for its tag, then 1.5 s more (idle work included). */
  const atRest = (selectors) => async (tab) => {
    const shown = (selectors) => Object.entries(selectors).every(([tag, selector]) => document.querySelector(tag)?.shadowRoot?.querySelector(selector));
    await tab.waitForFunction(shown, selectors, { timeout: 15000 });
    await tab.waitForTimeout(1500);
  };
  try {
    const parts = { 'sitrep-actor-card': '[part~="name"]', 'sitrep-route-chip': '[part~="icon"]' };
    const desktop = await measure('interactions', 1200, atRest({ ...parts, 'sitrep-timeline': '[part~="mark"], [part~="cluster"]' }));
    const phone = await measure('phone', 390, atRest({ ...parts, 'sitrep-timeline': '.vertical .row' }));
    const walked = await measure('interactions', 1200, async (tab) => {
      await tab.waitForFunction(drawn, null, { timeout: 15000 });
      const found = await readerWalk(tab);
      if (found.length) throw new Error(`size-coverage: the walk went wrong: ${found.join(' | ')}`);
    });
    const either = desktop.map((count, i) => Math.max(count, phone[i]));
    const whole = gzip(code);
    console.log(`dist/sitrep.js: ${code.length} characters, ${whole} B gzip; budget ${BUDGET_GZIP} B\n`);
    console.log('| visit | characters run | gzip without our code that did not run B | against the budget B |');
    console.log('|---|---:|---:|---:|');
    for (const [name, counts] of [
      ['first drawing, desktop', desktop],
      ['first drawing, phone', phone],
      ['first drawing, either width', either],
      ["reader's walk", walked],
    ]) {
      const size = gzip(withoutUnrun(code, map, counts));
      const ran = counts.reduce((sum, count) => sum + (count > 0 ? 1 : 0), 0);
      console.log(`| ${name} | ${ran} | ${size} | ${size <= BUDGET_GZIP ? `${BUDGET_GZIP - size} under` : `${size - BUDGET_GZIP} over`} |`);
    }
    if (process.argv.includes('--by-source')) {
      console.log('\n| source | characters | not run in the first drawing | not run in the walk |');
      console.log('|---|---:|---:|---:|');
      const rows = unrunBySource(code, map, [either, walked]);
      for (const [source, [all, first, walk]] of rows) console.log(`| ${source} | ${all} | ${first} | ${walk} |`);
    }
  } finally {
    await browser.close();
    server.close();
    remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
