#!/usr/bin/env node
/**
 * `npm run bench`: Sitrep against vis-timeline, TimelineJS, a bare d3 SVG drawing and a bare
 * canvas drawing (the floor), on the same seeded synthetic datasets, in one headless Chromium run,
 * interleaved (A B C D E A B C D E …), several page loads per cell. Prints a markdown table and
 * writes bench/RESULTS.md.
 *
 *   npm run bench                  all sizes (100, 1,000, 10,000, 100,000)
 *   npm run bench -- --sizes 1000  some sizes
 *   npm run bench -- --loads 3     page loads per cell (default 5; 3 at 100,000)
 *   npm run bench -- --settle 0    ms between a page's load and handing it the data (default 1000)
 *   npm run bench -- --no-write    print only
 */
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { gzipSync } from 'node:zlib';
import { ensureChrome } from '../scripts/chrome.mjs';
import { CHROMIUM_ARGS } from '../scripts/browser-args.mjs';
import { serve } from '../scripts/serve.mjs';
import { median } from './stats.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const SIZES = option('--sizes', '100,1000,10000,100000').split(',').map(Number);
const LOADS = Number(option('--loads', '5'));
const TIME_LIMIT = 60_000;
/**
 * How long a page rests after its load event before it is handed the data. Right after a load,
 * the browser is still closing the previous page and starting this one: on a machine with two
 * cores, a trace showed Sitrep's main thread getting the CPU about half the time during its first
 * render (74 ms of CPU time in 150–190 ms), against all of it 400 ms later (the same 74 ms in
 * 90 ms). Every candidate rests the same time.
 */
const SETTLE = Number(option('--settle', '1000'));
const SEED = 2024;
const CANDIDATES = [
  { id: 'sitrep', name: 'Sitrep', page: 'sitrep.html' },
  { id: 'vis', name: 'vis-timeline', page: 'vis-timeline.html' },
  { id: 'timelinejs', name: 'TimelineJS', page: 'timelinejs.html' },
  { id: 'd3', name: 'bare d3 SVG', page: 'd3-svg.html' },
  { id: 'canvas', name: 'bare canvas', page: 'canvas.html' },
];
/** Files of the harness itself, not of the candidate: left out of "bytes the page loads". */
const HARNESS = [/\/bench\/pages\/[\w-]+\.html$/, /harness\.js$/, /synthetic\.js$/, /favicon/];

const started = Date.now();
mkdirSync('bench/.build', { recursive: true });
const common = { bundle: true, format: 'esm', target: 'es2022', minify: true, logLevel: 'error' };
await build({ ...common, entryPoints: ['bench/synthetic.ts'], outfile: 'bench/.build/synthetic.js' });
await build({ ...common, entryPoints: ['bench/baselines/d3-svg.ts'], outfile: 'bench/.build/d3-baseline.js' });
await build({ ...common, entryPoints: ['bench/baselines/canvas.ts'], outfile: 'bench/.build/canvas-baseline.js' });
if (!existsSync('dist/sitrep.js') || args.includes('--build')) execSync('npm run -s build', { stdio: 'inherit' });

const server = await serve('.', 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const executablePath = ensureChrome();
const browser = await chromium.launch({
  executablePath,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
/** Frames missed during the steps: an interval of 33 ms is one frame dropped at 60 Hz. */
const dropped = (intervals) => intervals.reduce((sum, interval) => sum + Math.max(0, Math.round(interval / 16.7) - 1), 0);

async function loadOnce(candidate, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bytes = new Map();
  page.on('response', async (response) => {
    const url = response.url();
    if (HARNESS.some((pattern) => pattern.test(url))) return;
    try {
      const body = await response.body();
      bytes.set(url, { min: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      // Redirects and aborted responses have no body.
    }
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(`${origin}/bench/pages/${candidate.page}`, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.benchRun === 'function' && window.candidate);
    await page.waitForTimeout(SETTLE);
    const run = page.evaluate(([count, seed]) => window.benchRun(count, seed), [size, SEED]);
    const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), TIME_LIMIT));
    const result = await Promise.race([run, timer]);
    if (result === 'timeout') return { timeout: true };
    const loaded = [...bytes.values()].reduce((sum, entry) => ({ min: sum.min + entry.min, gzip: sum.gzip + entry.gzip }), { min: 0, gzip: 0 });
    return { ...result, bytes: loaded, errors };
  } catch (error) {
    return { failed: String(error).split('\n')[0], errors };
  } finally {
    await context.close();
  }
}

const results = new Map(); // `${candidate}:${size}` → array of runs
const gaveUp = new Map(); // candidate → size at which it timed out or failed
for (const size of SIZES) {
  const loads = size >= 100_000 ? Math.min(LOADS, 3) : LOADS;
  for (let load = 0; load < loads; load++) {
    for (const candidate of CANDIDATES) {
      if (gaveUp.has(candidate.id)) continue;
      const outcome = await loadOnce(candidate, size);
      const key = `${candidate.id}:${size}`;
      if (outcome.timeout || outcome.failed) {
        gaveUp.set(candidate.id, { size, reason: outcome.timeout ? `over ${TIME_LIMIT / 1000} s` : outcome.failed });
        results.set(key, [outcome]);
        process.stderr.write(`bench: ${candidate.name} at ${size}: ${outcome.timeout ? 'over 60 s, skipped from here on' : outcome.failed}\n`);
        continue;
      }
      if (!results.has(key)) results.set(key, []);
      results.get(key).push(outcome);
      process.stderr.write(`bench: ${candidate.name.padEnd(12)} ${String(size).padStart(6)} load ${load + 1}: first render ${outcome.firstRender.toFixed(1)} ms\n`);
    }
  }
}
await browser.close();
server.close();

function summary(candidateId, size) {
  const runs = results.get(`${candidateId}:${size}`);
  if (!runs) return undefined;
  if (runs[0].timeout || runs[0].failed) return { skipped: runs[0].timeout ? 'over 60 s' : 'failed' };
  const renders = runs.map((run) => run.firstRender);
  const intervals = runs.map((run) => run.intervals);
  return {
    render: median(renders),
    renderMin: Math.min(...renders),
    renderMax: Math.max(...renders),
    frameMedian: median(intervals.map((list) => median(list))),
    frameP95: median(intervals.map((list) => percentile(list, 95))),
    dropped: median(intervals.map(dropped)),
    heapMb: median(runs.map((run) => run.heapGrowth)) / 1_048_576,
    elements: median(runs.map((run) => run.elements)),
    longest: Math.max(...runs.map((run) => run.longestTaskAfterRender)),
    bytes: runs[0].bytes,
    errors: runs.flatMap((run) => run.errors ?? []).length,
  };
}

const fmt = (value, digits = 1) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)}`;
const lines = [];
lines.push('| events | candidate | first render ms (median, min–max) | × canvas | × vis-timeline | zoom/pan frame ms median / p95 | dropped frames (30 steps) | longest task after render ms | heap growth MB | DOM elements | KB loaded min / gzip |');
lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const size of SIZES) {
  const floor = summary('canvas', size);
  const vis = summary('vis', size);
  for (const candidate of CANDIDATES) {
    const row = summary(candidate.id, size);
    const label = size.toLocaleString('en');
    if (!row) {
      const reason = gaveUp.get(candidate.id);
      lines.push(`| ${label} | ${candidate.name} | skipped (${reason ? `${reason.reason} at ${reason.size.toLocaleString('en')}` : 'not run'}) | | | | | | | | |`);
      continue;
    }
    if (row.skipped) {
      lines.push(`| ${label} | ${candidate.name} | ${row.skipped} | | | | | | | | |`);
      continue;
    }
    const versusFloor = floor && !floor.skipped ? row.render / floor.render : undefined;
    const versusVis = vis && !vis.skipped ? row.render / vis.render : undefined;
    lines.push(
      `| ${label} | ${candidate.name} | ${fmt(row.render)} (${fmt(row.renderMin)}–${fmt(row.renderMax)}) | ${fmt(versusFloor, 2)} | ${fmt(versusVis, 3)} | ${fmt(row.frameMedian)} / ${fmt(row.frameP95)} | ${row.dropped} | ${fmt(row.longest, 0)} | ${fmt(row.heapMb)} | ${row.elements} | ${kb(row.bytes.min)} / ${kb(row.bytes.gzip)} |`,
    );
  }
}
const table = lines.join('\n');
console.log(table);

/** The targets of the performance issue, checked against this run: met or not, and by how much. */
function targets() {
  const rows = [];
  const check = (name, value, limit, unit, lowerIsBetter = true) => {
    if (value === undefined || Number.isNaN(value)) return rows.push(`| ${name} | not measured | ${limit}${unit} | – |`);
    const met = lowerIsBetter ? value <= limit : value >= limit;
    const shown = Number(limit.toPrecision(3));
    const miss = limit === 0 ? `${value.toFixed(1)}${unit} over` : `${(value / limit).toFixed(2)}× the limit`;
    rows.push(`| ${name} | ${value.toFixed(unit === '×' ? 2 : 1)}${unit} | ${lowerIsBetter ? '≤' : '≥'} ${shown}${unit} | ${met ? 'met' : `**not met** (${miss})`} |`);
  };
  /*
   * Frame times are intervals between animation frames, so they come in whole frames of 16.7 ms
   * (plus a little jitter): the issue's 16.7 ms is one frame and its 33 ms two. A p95 frame is
   * checked in frames, and shown in ms.
   */
  const FRAME = 1000 / 60;
  const checkFrames = (name, value, frames) => {
    if (value === undefined || Number.isNaN(value)) return rows.push(`| ${name} | not measured | ${frames} frame(s) | – |`);
    const measured = Math.round(value / FRAME);
    const met = measured <= frames;
    rows.push(`| ${name} | ${value.toFixed(1)} ms (${measured} frame${measured === 1 ? '' : 's'}) | ≤ ${Number((frames * FRAME).toFixed(1))} ms (${frames} frame${frames === 1 ? '' : 's'} at 60 Hz) | ${met ? 'met' : `**not met** (${measured - frames} frame${measured - frames === 1 ? '' : 's'} over)`} |`);
  };
  const s = (id, size) => {
    const row = summary(id, size);
    return row && !row.skipped ? row : undefined;
  };
  const sitrep10k = s('sitrep', 10000);
  const canvas10k = s('canvas', 10000);
  const vis10k = s('vis', 10000);
  if (sitrep10k && canvas10k) check('10,000: first render ÷ canvas floor', sitrep10k.render / canvas10k.render, 2, '×');
  if (sitrep10k && vis10k) check('10,000: first render ÷ vis-timeline', sitrep10k.render / vis10k.render, 1 / 15, '×');
  if (sitrep10k) {
    checkFrames('10,000: zoom/pan p95 frame', sitrep10k.frameP95, 1);
    check('10,000: dropped frames in 30 steps', sitrep10k.dropped, 0, '');
    check('10,000: heap growth', sitrep10k.heapMb, 15, ' MB');
  }
  const sitrep100k = s('sitrep', 100000);
  const canvas100k = s('canvas', 100000);
  if (sitrep100k && canvas100k) check('100,000: first render ÷ canvas floor', sitrep100k.render / canvas100k.render, 2, '×');
  if (sitrep100k) {
    checkFrames('100,000: zoom/pan p95 frame', sitrep100k.frameP95, 2);
    check('100,000: longest task after first render', sitrep100k.longest, 200, ' ms');
    check('100,000: DOM elements (a screen reader is never handed 100,000 nodes)', sitrep100k.elements, 5000, '');
  }
  const sitrep1k = s('sitrep', 1000);
  const d31k = s('d3', 1000);
  if (sitrep1k && d31k) {
    check('1,000: first render ÷ bare d3 SVG', sitrep1k.render / d31k.render, 1, '×');
    // In whole frames, as the p95 targets above: a few hundredths of a millisecond of timer jitter are not a frame.
    check('1,000: zoom/pan p95 frame − bare d3 SVG', Math.round(sitrep1k.frameP95 / FRAME) - Math.round(d31k.frameP95 / FRAME), 0, ' frames');
    check('1,000: dropped frames in 30 steps − bare d3 SVG', sitrep1k.dropped - d31k.dropped, 0, '');
    check('1,000: heap growth ÷ bare d3 SVG', sitrep1k.heapMb / Math.max(d31k.heapMb, 0.01), 1, '×');
    check('1,000: DOM elements ÷ bare d3 SVG', sitrep1k.elements / d31k.elements, 1, '×');
    check('1,000: gzip bytes ÷ bare d3 SVG', sitrep1k.bytes.gzip / d31k.bytes.gzip, 1, '×');
  }
  return ['| target | measured | limit | verdict |', '|---|---:|---:|---|', ...rows].join('\n');
}
const verdicts = targets();
console.log(`\n${verdicts}`);

const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
const chromiumVersion = browser.version?.() ?? execSync(`"${executablePath}" --version`).toString().trim();
const seconds = Math.round((Date.now() - started) / 1000);
if (!args.includes('--no-write')) {
  const report = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} in ${seconds} s.

- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, ${platform()} ${release()}, Node ${process.version}.
- Browser: ${chromiumVersion}, headless, viewport 1280 × 800, drawing 1200 px wide.
- Versions: Sitrep ${JSON.parse(readFileSync('package.json', 'utf8')).version} (\`dist/sitrep.js\`), vis-timeline ${version('vis-timeline')} (standalone build), TimelineJS ${version('@knight-lab/timelinejs')}, d3-scale ${version('d3-scale')} + d3-selection ${version('d3-selection')}, Lit ${version('lit')}.
- Data: seeded synthetic datasets (seed ${SEED}): two years, six actor lanes, about 85% single-day events and 15% intervals of 2–30 days.
- Method: ${LOADS} page loads per cell (3 at 100,000), candidates interleaved. Each page rests ${SETTLE} ms after its load event before it is handed the data (until 24 November 2026 the data came at once, while the browser was still closing the previous page and starting this one). *First render*: from handing the data over to two animation frames later. *Zoom/pan*: 30 programmatic steps (10 zooming in, 10 panning, 10 zooming out), one per frame, intervals between frames; a dropped frame is each 16.7 ms missed. *Heap growth*: used JS heap after render minus before the data was handed over, both after a forced GC. *Longest task after render*: from after that GC (from 7 December 2026, evening; before, the GC itself counted when it fell in a task of its own) to the end of the zoom. *KB loaded*: every file the candidate's page loads, without the benchmark's own files. A candidate over 60 s at one size is skipped at larger sizes.

${table}

## Targets

${verdicts}
${existsSync('bench/WHY.md') ? `\n${readFileSync('bench/WHY.md', 'utf8')}` : ''}`;
  writeFileSync('bench/RESULTS.md', report);
  console.error(`bench: wrote bench/RESULTS.md (${seconds} s)`);
}
