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

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source-map segment (base64 VLQ). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    let digit = B64.indexOf(char);
    if (digit === -1) throw new Error(`size-areas: "${char}" is not a source-map digit`);
    const more = digit & 32;
    digit &= 31;
    value += digit * 2 ** shift;
    if (more) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
    value = 0;
    shift = 0;
  }
  return values;
}

/** Each source's bytes of `code`, concatenated in file order (`null` for bytes no source claims). */
export function bytesBySource(code, map) {
  const lines = code.split('\n');
  const bySource = new Map();
  let source = 0;
  map.mappings.split(';').forEach((lineMappings, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    const segments = [];
    let column = 0;
    for (const text of lineMappings.split(',')) {
      if (!text) continue;
      const values = decodeSegment(text);
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push([column, values.length > 1 ? map.sources[source] : null]);
    }
    segments.forEach(([start, name], index) => {
      const end = index + 1 < segments.length ? segments[index + 1][0] : line.length;
      bySource.set(name, (bySource.get(name) ?? '') + line.slice(start, end));
    });
  });
  return bySource;
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The areas of `code` with their min bytes, gzip if removed, and gzip share; largest first. */
export function sizeAreas(code, map) {
  const bySource = bytesBySource(code, map);
  const areaOf = (name) => (name === null ? 'unmapped (module glue)' : (AREAS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other'));
  const areas = new Map();
  for (const [name, text] of bySource) {
    const area = areaOf(name);
    const entry = areas.get(area) ?? { area, sources: [], min: 0 };
    entry.sources.push({ name, min: text.length, gzip: gzip(text) });
    entry.min += text.length;
    areas.set(area, entry);
  }
  const whole = gzip(code);
  // Cut each area's bytes out of the file (in file order) and gzip what is left.
  const owners = [];
  for (const [name, text] of bySource) owners.push({ area: areaOf(name), text });
  const result = [...areas.values()].map((entry) => {
    const rest = owners
      .filter((owner) => owner.area !== entry.area)
      .map((owner) => owner.text)
      .join('');
    const alone = gzip(owners.filter((owner) => owner.area === entry.area).map((owner) => owner.text).join(''));
    return { ...entry, alone, ifRemoved: whole - gzip(rest) };
  });
  const aloneTotal = result.reduce((sum, entry) => sum + entry.alone, 0);
  for (const entry of result) entry.share = Math.round((entry.alone / aloneTotal) * whole);
  return { whole, min: code.length, areas: result.sort((a, b) => b.share - a.share) };
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
