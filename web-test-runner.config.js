import { fileURLToPath } from 'node:url';
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { findChrome } from './scripts/chrome.mjs';
import { CHROMIUM_ARGS } from './scripts/browser-args.mjs';
import { serverRendering } from './scripts/node-build.mjs';

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

/**
 * The `aria-snapshot` command: Playwright's accessibility snapshot of the element that
 * `payload.selector` finds (YAML of roles, names and states; it goes into open shadow roots),
 * compared exactly with `test/snapshots/<payload.name>.aria.yml`. Returns `{ status, actual,
 * expected }` with status `match`, `mismatch`, `written` or `missing`.
 *
 * `UPDATE_SNAPSHOTS=1 npx wtr` writes the snapshots instead of comparing them. Without it a
 * missing snapshot is written on a developer's machine, but is `missing` (a failure) in CI
 * (`CI` set), so a snapshot nobody reviewed never passes there. `payload.readOnly` never writes
 * (for the test that shows a changed tree fails).
 */
function ariaSnapshots() {
  const folder = fileURLToPath(new URL('./test/snapshots/', import.meta.url));
  const update = process.env.UPDATE_SNAPSHOTS === '1';
  const inCi = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
  return {
    name: 'sitrep-aria-snapshots',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aria-snapshot') return undefined;
      const { selector, name, readOnly = false } = payload ?? {};
      if (typeof selector !== 'string' || typeof name !== 'string' || !/^[\w.-]+$/.test(name)) {
        throw new Error('aria-snapshot: give { selector, name } with a file name of letters, digits, ".", "_" and "-"');
      }
      if (session.browser.type !== 'playwright') throw new Error('aria-snapshot needs the Playwright launcher');
      const page = session.browser.getPage(session.id);
      const actual = `${(await page.locator(selector).ariaSnapshot({ timeout: 5000 })).trimEnd()}\n`;
      const file = join(folder, `${name}.aria.yml`);
      const expected = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (expected === actual) return { status: 'match', actual, expected };
      if (!readOnly && (update || (expected === undefined && !inCi))) {
        mkdirSync(folder, { recursive: true });
        writeFileSync(file, actual);
        return { status: 'written', actual, expected };
      }
      return { status: expected === undefined ? 'missing' : 'mismatch', actual, expected };
    },
  };
}

export default {
  middleware: [rawDataFiles],
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    // GET /__sitrep-ssr: HTML as `sitrep render` writes it, for the server-rendering tests.
    serverRendering(),
    // The aria-snapshot command of test/components/accessibility-tree.test.ts.
    ariaSnapshots(),
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
