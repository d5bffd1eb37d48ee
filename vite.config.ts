import { defineConfig } from 'vite';

/**
 * Two library builds from one config:
 * - default mode: the npm entries (`dist/index.js`, `dist/data.js`) with Lit and d3 left as
 *   imports, so applications de-duplicate them;
 * - `--mode bundle`: `dist/sitrep.js`, one self-contained, minified ES module for a plain
 *   `<script type="module">` on any page.
 */
export default defineConfig(({ mode }) => {
  const bundle = mode === 'bundle';
  return {
    build: {
      target: 'es2022',
      emptyOutDir: !bundle,
      minify: bundle,
      sourcemap: true,
      lib: bundle
        ? { entry: 'src/index.ts', formats: ['es'], fileName: () => 'sitrep.js' }
        : {
            entry: { index: 'src/index.ts', data: 'src/model/index.ts' },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
      rolldownOptions: {
        external: bundle ? [] : [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^valibot$/],
      },
    },
  };
});
