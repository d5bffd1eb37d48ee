import { fileURLToPath } from 'node:url';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findChrome } from './scripts/chrome.mjs';
import { CHROMIUM_ARGS } from './scripts/browser-args.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error('sitrep: no Chrome or Chromium found; run `npm test` (it installs one) or set CHROME_PATH.');

/** Writes the passed/failed counts to reports/wtr-counts.json for the summary line of `npm test`. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const visit = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite?.suites ?? []) visit(child);
      };
      for (const session of sessions) {
        visit(session.testResults);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
      }
      mkdirSync('reports', { recursive: true });
      writeFileSync('reports/wtr-counts.json', JSON.stringify({ passed, failed }));
    },
  };
}

/**
 * Serves data files to fetch() as they are (JSON stays JSON): the esbuild plugin would turn a
 * .json file into a JavaScript module, which is right only for `import`.
 */
function rawDataFiles(context, next) {
  const path = decodeURIComponent(context.path);
  const isModuleImport = context.get('sec-fetch-dest') === 'script';
  if (!isModuleImport && /^\/(data|test\/fixtures)\/[\w./-]+\.(json|csv)$/.test(path) && !path.includes('..')) {
    const file = join(process.cwd(), path);
    if (existsSync(file)) {
      context.type = path.endsWith('.csv') ? 'text/csv' : 'application/json';
      context.body = createReadStream(file);
      return undefined;
    }
  }
  return next();
}

export default {
  middleware: [rawDataFiles],
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      // gc() and exact heap figures for the leak tests.
      launchOptions: { executablePath, headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] },
      // Pinned zone and locale: a reader's own zone must never move an event.
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-US' }),
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
