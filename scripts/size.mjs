#!/usr/bin/env node
/**
 * Reports the size of the built files and enforces the budget of the self-contained bundle:
 * `dist/sitrep.js` (all elements, Lit and d3 inside) at most 35 KB gzip. The files it loads on
 * demand beside it (`sitrep-*.js`: the readers of CSV, ACLED and TimelineJS, each language, the
 * detail, the issues and the image export) are reported, not counted: a page that loads clean
 * native JSON in English fetches at most the detail. With `--enforce` it fails above the
 * budget; without, it reports the overrun.
 *
 * While the bundle is over the budget, the build enforces a ceiling instead: `sitrep.js` may not
 * grow past CEILING_GZIP, which is lowered as the bundle shrinks and goes once it fits the budget.
 * `--ceiling <bytes>` sets another ceiling and `--dir` reads another folder (tests).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { BUDGET_GZIP } from './size-areas.mjs';

const CEILING_GZIP = 45_660;
const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const enforce = process.argv.includes('--enforce');
const ceiling = Number(option('--ceiling', CEILING_GZIP));
const dir = option('--dir', 'dist');
const onDemand = existsSync(dir) ? readdirSync(dir).filter((name) => /^sitrep-.+\.js$/.test(name)).sort() : [];
const files = ['sitrep.js', ...onDemand, 'index.js', 'data.js'].map((name) => `${dir}/${name}`);
let failed = false;
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing`);
    failed = true;
    continue;
  }
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes).length;
  const note = onDemand.some((name) => file.endsWith(`/${name}`)) ? '  (loaded on demand by sitrep.js)' : '';
  console.log(`size: ${file.padEnd(26)} ${String(bytes.length).padStart(7)} B min  ${String(gzip).padStart(6)} B gzip  ${String(brotli).padStart(6)} B brotli${note}`);
  if (file.endsWith('/sitrep.js') && gzip > BUDGET_GZIP) {
    console.error(`size: ${file} is ${gzip} B gzip, over the budget of ${BUDGET_GZIP} B by ${gzip - BUDGET_GZIP} B`);
    if (enforce) failed = true;
  }
  if (file.endsWith('/sitrep.js') && gzip > ceiling) {
    console.error(`size: ${file} is ${gzip} B gzip, over the ceiling of ${ceiling} B it may not grow past while over the budget`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
