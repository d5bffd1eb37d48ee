/**
 * The Node build of the current sources (`vite build --mode node`: `ssr.js` and `cli.js`), for
 * tests that run the `sitrep` command or serve server-rendered HTML to the browser tests. It is
 * written under node_modules/.cache, where the built files find the package's dependencies.
 *
 *   import { buildForNode, serverRendering } from './scripts/node-build.mjs';
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CACHE = 'node_modules/.cache';

/** Builds `ssr.js` and `cli.js` into a fresh folder named `name` under node_modules/.cache and returns its path. */
export async function buildForNode(name = `sitrep-node-${process.pid}`) {
  const { build } = await import('vite');
  const outDir = resolve(join(CACHE, name));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({ configFile: resolve('vite.config.ts'), mode: 'node', logLevel: 'warn', build: { outDir } });
  return outDir;
}

/** Files the server-rendering route may read. */
const DATA_FILE = /^(data|test\/fixtures)\/[\w.-]+\.(json|csv)$/;

/**
 * A @web/test-runner plugin: `GET /__sitrep-ssr?file=data/syria-2024.json&element=timeline&width=720&lang=…`
 * answers with the HTML that `sitrep render` writes for that file, from the current sources (built
 * once per run, on first use, into a folder of this run's own, removed when the run ends). Every
 * option of `renderHtml` can be given as a parameter.
 */
export function serverRendering() {
  let ssr;
  let built;
  return {
    name: 'sitrep-server-rendering',
    serverStop() {
      if (built) rmSync(built, { recursive: true, force: true });
    },
    async serve(context) {
      if (context.path !== '/__sitrep-ssr') return undefined;
      const params = Object.fromEntries(new URLSearchParams(context.querystring));
      const { file = 'data/syria-2024.json', width, compact, ...options } = params;
      if (!DATA_FILE.test(file) || file.includes('..')) throw new Error(`sitrep-server-rendering: not a data file: ${file}`);
      ssr ??= buildForNode(`sitrep-node-wtr-${process.pid}`).then((dir) => import(pathToFileURL(join((built = dir), 'ssr.js')).href));
      const { renderHtml } = await ssr;
      const result = await renderHtml({
        ...options,
        data: readFileSync(file, 'utf8'),
        url: file,
        ...(width ? { width: Number(width) } : {}),
        ...(compact ? { compact: compact === 'true' } : {}),
      });
      return { body: result.html, type: 'html' };
    },
  };
}
