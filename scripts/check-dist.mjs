#!/usr/bin/env node
/**
 * Fails when a built file in dist/ (or `--dir`) contains code generation from text: `eval(` or
 * the Function constructor. Pages with a strict Content-Security-Policy (no 'unsafe-eval') must be
 * able to load Sitrep; this keeps that promise checked on every build.
 */
import { readFileSync, readdirSync } from 'node:fs';
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
if (!failed) console.log(`check-dist: no eval or Function constructor in ${dir}/*.js`);
process.exit(failed ? 1 : 0);
