#!/usr/bin/env node
/**
 * `npm run bench:load`: how long a timeline takes from `src` to drawn for large files, and the
 * longest tasks meanwhile, which no first-render target covers (`npm run bench` hands the data
 * over as an object). Files, written to bench/.build/load/ on first run:
 * - the benchmark's seeded synthetic datasets of 10,000 and 100,000 events, as native JSON;
 * - the shipped ACLED export's 60 rows repeated into 10,000 and 100,000 rows, each with its own
 *   id and a date spread over two years (5 and 50 MB of CSV).
 * Each file is loaded several times, each time in a fresh page that has rested after its load.
 * Prints a markdown table; `max-bytes` is raised to 200 MB, since the 50 MB file is over the
 * default 20 MB.
 *
 *   npm run bench:load                 three loads per file
 *   npm run bench:load -- --loads 5
 */
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { ensureChrome } from '../scripts/chrome.mjs';
import { CHROMIUM_ARGS } from '../scripts/browser-args.mjs';
import { serve } from '../scripts/serve.mjs';
import { median } from './stats.mjs';
import { repeatAcledRows } from '../scripts/acled-rows.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const LOADS = Number(option('--loads', '3'));
const SEED = 2024;
const MAX_BYTES = 200_000_000;
const DIR = 'bench/.build/load';

mkdirSync(DIR, { recursive: true });
await build({ entryPoints: ['bench/synthetic.ts'], outfile: 'bench/.build/synthetic.js', bundle: true, format: 'esm', target: 'es2022', minify: true, logLevel: 'error' });
if (!existsSync('dist/sitrep.js') || args.includes('--build')) execSync('npm run -s build', { stdio: 'inherit' });
const { syntheticDataset } = await import('./.build/synthetic.js');

/** The shipped ACLED rows, repeated into `count` rows. */
const acledRows = (count) => repeatAcledRows(readFileSync('data/syria-2024-acled.csv', 'utf8'), count);

const FILES = [
  { name: 'native JSON', count: 10_000, file: `${DIR}/sitrep-10000.json`, make: () => JSON.stringify(syntheticDataset(10_000, SEED)) },
  { name: 'native JSON', count: 100_000, file: `${DIR}/sitrep-100000.json`, make: () => JSON.stringify(syntheticDataset(100_000, SEED)) },
  { name: 'ACLED CSV', count: 10_000, file: `${DIR}/acled-10000.csv`, make: () => acledRows(10_000) },
  { name: 'ACLED CSV', count: 100_000, file: `${DIR}/acled-100000.csv`, make: () => acledRows(100_000) },
];
for (const entry of FILES) if (!existsSync(entry.file)) writeFileSync(entry.file, entry.make());

const server = await serve('.', 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROMIUM_ARGS });
const version = browser.version();
const results = new Map(FILES.map((entry) => [entry, []]));
try {
  // Interleaved: every file once, then again, so that the machine's drift falls on all alike.
  for (let round = 0; round < LOADS; round++) {
    for (const entry of FILES) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${origin}/bench/pages/load.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('sitrep-timeline') && typeof window.loadFrom === 'function');
      await page.waitForTimeout(1000);
      const result = await page.evaluate(([url, maxBytes]) => window.loadFrom(url, maxBytes), [`/${entry.file}`, MAX_BYTES]);
      if (result.error) throw new Error(`${entry.file}: ${result.error}`);
      if (result.events !== entry.count) throw new Error(`${entry.file}: ${result.events} events drawn, not ${entry.count}`);
      results.get(entry).push(result);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

const cell = (values) => `${Math.round(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
const lines = [
  `Loading from \`src\`, ${LOADS} loads per file, medians (min–max) in ms. Chromium ${version}.`,
  '',
  '| file | events | MB | to `sitrep-load` | to drawn (two frames later) | longest task | second longest | tasks over 50 ms |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...FILES.map((entry) => {
    const runs = results.get(entry);
    const pick = (key) => runs.map((run) => run[key]);
    const megabytes = (statSync(entry.file).size / 1e6).toFixed(1);
    return `| ${entry.name} | ${entry.count.toLocaleString('en')} | ${megabytes} | ${cell(pick('loaded'))} | ${cell(pick('drawn'))} | ${cell(pick('longest'))} | ${cell(pick('second'))} | ${median(pick('over50'))} |`;
  }),
];
console.log(lines.join('\n'));
