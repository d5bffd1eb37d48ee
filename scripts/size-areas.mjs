#!/usr/bin/env node
/**
 * Where the bytes of `dist/sitrep.js` come from: every byte of the minified file is given to the
 * source file it was built from (through `sitrep.js.map`), and the sources are grouped into areas
 * (Lit, d3, the data layer, each element, …). For each area it prints:
 *
 * - **min**: its bytes in the minified file;
 * - **gzip if removed**: how much smaller the gzip file is without those bytes (the file gzipped
 *   whole, minus the file gzipped with the area's bytes cut out). This is what leaving the area
 *   out would save, give or take the few bytes of the code that calls it;
 * - **gzip share**: the area's bytes gzipped alone, scaled so that the areas add up to the file.
 *
 * It ends with the budget (35 KB gzip) and how far the file is from it. Run after the build:
 *
 *   node scripts/size-areas.mjs              the areas
 *   node scripts/size-areas.mjs --sources    and every source file, largest first
 *   node scripts/size-areas.mjs --dir <dir>  another folder (tests)
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

export const BUDGET_GZIP = 35 * 1024;

/** Areas by source path, first match wins. */
export const AREAS = [
  ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit)\//],
  ['d3 modules', /node_modules\/d3-|src\/bundle\/scale\.ts$/],
  ['data layer (reading, dates, loading)', /src\/model\/|src\/bundle\/readers\.ts$/],
  ['timeline: element and drawing', /src\/components\/timeline\//],
  ['timeline: layout and zoom', /src\/layout\/(?!activity)|src\/controllers\/(zoom|brush)-controller|src\/controllers\/pointer/],
  ['actor card', /src\/components\/actor-card\/|src\/layout\/activity/],
  ['route chip', /src\/components\/route-chip\//],
  ['interface strings and date formats', /src\/i18n\//],
  ['shared by the elements', /src\//],
];

/** Each source's bytes of `code`, concatenated in file order (`null` for bytes no source claims). */
export function bytesBySource(code, map) {
  const lines = code.split('\n');
  const bySource = new Map();
  const claim = (name, line, start, end) => bySource.set(name, (bySource.get(name) ?? '') + lines[line - 1].slice(start, end));
  let last;
  new SourceMapConsumer(map).eachMapping((mapping) => {
    if (last) claim(last.source, last.generatedLine, last.generatedColumn, mapping.generatedLine === last.generatedLine ? mapping.generatedColumn : undefined);
    last = mapping;
  });
  if (last) claim(last.source, last.generatedLine, last.generatedColumn, undefined);
  return bySource;
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The areas of `code` with their min bytes, gzip if removed, and gzip share; largest first. */
export function sizeAreas(code, map) {
  const sources = [...bytesBySource(code, map)].map(([name, text]) => ({
    name,
    text,
    area: name === null ? 'unmapped (module glue)' : (AREAS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other'),
  }));
  const whole = gzip(code);
  const joined = (keep) => sources.filter(keep).map((source) => source.text).join('');
  const areas = [...new Set(sources.map((source) => source.area))].map((area) => {
    const own = sources.filter((source) => source.area === area);
    return {
      area,
      sources: own.map(({ name, text }) => ({ name, min: text.length, gzip: gzip(text) })),
      min: own.reduce((sum, source) => sum + source.text.length, 0),
      alone: gzip(joined((source) => source.area === area)),
      // The file with the area's bytes cut out (the rest in file order), gzipped.
      ifRemoved: whole - gzip(joined((source) => source.area !== area)),
    };
  });
  const aloneTotal = areas.reduce((sum, entry) => sum + entry.alone, 0);
  for (const entry of areas) entry.share = Math.round((entry.alone / aloneTotal) * whole);
  return { whole, min: code.length, areas: areas.sort((a, b) => b.share - a.share) };
}

function main() {
  const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
  const dir = option('--dir', 'dist');
  const file = `${dir}/sitrep.js`;
  if (!existsSync(file) || !existsSync(`${file}.map`)) {
    console.error(`size-areas: ${file} and its source map are needed (npm run build)`);
    process.exit(1);
  }
  const { whole, min, areas } = sizeAreas(readFileSync(file, 'utf8'), JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  console.log(`${file}: ${min} B min, ${whole} B gzip (${kb(whole)} KB)\n`);
  console.log('| area | min B | gzip share B | gzip if removed B |');
  console.log('|---|---:|---:|---:|');
  for (const entry of areas) console.log(`| ${entry.area} | ${entry.min} | ${entry.share} | ${entry.ifRemoved} |`);
  const over = whole - BUDGET_GZIP;
  console.log(`\nBudget ${BUDGET_GZIP} B gzip: ${over > 0 ? `${over} B over` : `${-over} B to spare`}.`);
  if (process.argv.includes('--sources')) {
    console.log('\n| source | area | min B | gzip alone B |\n|---|---|---:|---:|');
    const sources = areas.flatMap((entry) => entry.sources.map((source) => ({ ...source, area: entry.area })));
    for (const source of sources.sort((a, b) => b.min - a.min)) {
      console.log(`| ${String(source.name).replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, '')} | ${source.area} | ${source.min} | ${source.gzip} |`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
