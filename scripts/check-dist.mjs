#!/usr/bin/env node
/**
 * Checks the built files in dist/ (or `--dir`):
 * - none contains code generation from text: `eval(` or the Function constructor. Pages with a
 *   strict Content-Security-Policy (no 'unsafe-eval') must be able to load Sitrep;
 * - `sitrep.js` is self-contained: it imports nothing when it loads (a page that copies only
 *   sitrep.js reads native JSON), and each file it loads on demand (`import("./…")`, the readers
 *   of the other formats) is there beside it;
 * - `sitrep.js` opens with the hint to compile its functions while it loads
 *   (`//# allFunctionsCalledOnLoad`), and its source map allows for that line;
 * - every private custom property that a file of the bundle reads (`var(--_x…`) is set in one of
 *   them (`--_x:` or `setProperty("--_x"`): the build gives them short names, and a name renamed
 *   in one place and not in another would leave a colour or a size unset without an error.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv.includes('--dir') ? process.argv[process.argv.indexOf('--dir') + 1] : 'dist';
const PATTERN = /\beval\s*\(|\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/;
let failed = false;
for (const name of readdirSync(dir).filter((file) => file.endsWith('.js'))) {
  const text = readFileSync(join(dir, name), 'utf8');
  const match = PATTERN.exec(text);
  if (match) {
    console.error(`check-dist: ${name} contains code generation from text: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
    failed = true;
  }
}

const bundle = join(dir, 'sitrep.js');
if (existsSync(bundle)) {
  const text = readFileSync(bundle, 'utf8');
  // A bundler writes a chunk's static imports first, and re-exports as `export … from`.
  const staticImports = [
    ...(/^(?:\/\/[^\n]*\n)*(?:\s*import\s*(?:[^'"`;]*?\bfrom\s*)?["'`][^"'`]+["'`]\s*;?)+/.exec(text)?.[0].matchAll(/["'`]([^"'`]+)["'`]/g) ?? []),
    ...text.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*["'`]([^"'`]+)["'`]/g),
  ].map((match) => match[1]);
  for (const module of staticImports) {
    console.error(`check-dist: sitrep.js imports ${module} when it loads; it must be self-contained`);
    failed = true;
  }
  if (!text.startsWith('//# allFunctionsCalledOnLoad\n')) {
    console.error('check-dist: sitrep.js does not open with //# allFunctionsCalledOnLoad (its functions would be compiled during the first drawing)');
    failed = true;
  }
  const mapFile = `${bundle}.map`;
  if (existsSync(mapFile) && !JSON.parse(readFileSync(mapFile, 'utf8')).mappings.startsWith(';')) {
    console.error('check-dist: sitrep.js.map maps the compile hint line: every position it gives is one line out');
    failed = true;
  }
  for (const [, module] of text.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g)) {
    if (!existsSync(join(dir, module))) {
      console.error(`check-dist: sitrep.js loads ${module} on demand, but ${join(dir, module)} is missing`);
      failed = true;
    }
  }
}
const bundleFiles = readdirSync(dir).filter((file) => /^sitrep.*\.js$/.test(file));
const bundleText = bundleFiles.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
const setProperties = new Set([...bundleText.matchAll(/(--_[a-z\d-]+)["'`]?\s*:|setProperty\(\s*["'`](--_[a-z\d-]+)/g)].map((match) => match[1] ?? match[2]));
for (const name of new Set([...bundleText.matchAll(/var\(\s*(--_[a-z\d-]+)/g)].map((match) => match[1]))) {
  if (setProperties.has(name)) continue;
  console.error(`check-dist: the bundle reads the private custom property ${name} but never sets it`);
  failed = true;
}
if (!failed) console.log(`check-dist: no eval or Function constructor in ${dir}/*.js; sitrep.js is self-contained and opens with its compile hint; every private custom property it reads is set`);
process.exit(failed ? 1 : 0);
