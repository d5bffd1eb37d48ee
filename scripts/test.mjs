#!/usr/bin/env node
/**
 * `npm test`: every test suite, in a real browser.
 *
 * 1. finds Chrome/Chromium (installs Debian's chromium when root with apt-get; see chrome.mjs);
 * 2. builds the Custom Elements Manifest (Storybook and the docs tests read it);
 * 3. runs the unit and component tests (@web/test-runner) and the stories (Vitest + Storybook);
 * 4. prints `N passed, N failed` summed over the suites as its last line, and fails when any
 *    suite failed or when no test ran.
 *
 * `--only unit` or `--only stories` runs one suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { ensureChrome } from './chrome.mjs';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const env = { ...process.env, CHROME_PATH: ensureChrome(), STORYBOOK_DISABLE_TELEMETRY: '1' };

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  return result.status ?? 1;
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
if (run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.js']) !== 0) process.exit(1);

const statuses = [];
if (!only || only === 'unit') statuses.push(run('npx', ['wtr']));
if (!only || only === 'stories') {
  statuses.push(
    run('npx', ['vitest', 'run', '--project=storybook', '--project=node', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']),
  );
}

let passed = 0;
let failed = 0;
if (existsSync('reports/wtr-counts.json')) {
  const counts = JSON.parse(readFileSync('reports/wtr-counts.json', 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
}
if (existsSync('reports/vitest.json')) {
  const report = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
const broken = statuses.some((status) => status !== 0);
if (broken && failed === 0) failed = 1; // a suite that crashed before counting still fails the run
console.log(`${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 || passed === 0 ? 1 : 0);
