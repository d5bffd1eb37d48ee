import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { findChrome } from './scripts/chrome.mjs';
import { CHROMIUM_ARGS } from './scripts/browser-args.mjs';

/**
 * Two Vitest projects:
 * - `storybook`: every story rendered in Chromium, with its play function and the
 *   accessibility check (violations fail);
 * - `node`: checks that need Node-only tools (the `edtf` package as an oracle for our dates).
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          // After each story: the accessibility checks of test/a11y, in light and dark, LTR and RTL.
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: findChrome(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        test: { name: 'node', environment: 'node', include: ['test/node/**/*.test.ts'] },
      },
    ],
  },
});
