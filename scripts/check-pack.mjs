#!/usr/bin/env node
/**
 * What `npm pack` would publish, checked after the build: every `exports` target (the browser
 * entries, the JSX types, and `sitrep/ssr` for Node), the `bin` command, the `customElements`
 * manifest, the type declarations and the on-demand chunks are in it, and no source, test, story
 * or Storybook file is. Prints the tarball's size.
 *
 *   node scripts/check-pack.mjs
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Files that must not be published. */
const UNWANTED = [/^src\//, /^test\//, /^stories\//, /^storybook-static\//, /^bench\//, /^node_modules\//, /^\.ci\//, /^reports\//];

/** What is wrong with a package whose tarball would hold `files` (paths), given its `package.json` and the text of its `dist/sitrep.js`. */
export function packProblems(files, pkg, bundle = files.includes('dist/sitrep.js') && existsSync('dist/sitrep.js') ? readFileSync('dist/sitrep.js', 'utf8') : '') {
  const problems = [];
  const has = new Set(files);
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(pkg.exports);
  collect(pkg.bin);
  if (pkg.customElements) targets.push(pkg.customElements);
  if (pkg.types) targets.push(pkg.types);
  for (const target of targets) {
    const path = target.replace(/^\.\//, '');
    if (!has.has(path)) problems.push(`${path} is named in package.json but not in the tarball`);
  }
  // The self-contained bundle loads its chunks from beside itself.
  for (const [, chunk] of bundle.matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)) {
    if (!has.has(`dist/${chunk}`)) problems.push(`dist/${chunk}, which dist/sitrep.js loads on demand, is not in the tarball`);
  }
  for (const file of files) if (UNWANTED.some((pattern) => pattern.test(file))) problems.push(`${file} should not be published`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const problems = packProblems(report.files.map((file) => file.path), pkg);
  if (problems.length) {
    console.error(`check-pack: ${problems.length} problems:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`check-pack: ${report.entryCount} files, ${(report.size / 1024).toFixed(1)} KB packed (${(report.unpackedSize / 1024).toFixed(1)} KB unpacked); every exports target is in it, and no source`);
}
