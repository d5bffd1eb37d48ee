import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig(({ mode }) => {
  const bundle = mode === 'bundle';
  const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));
  return {
    resolve: bundle
      ? {
          alias: [
            { find: /^d3-interpolate$/, replacement: local('./src/bundle/interpolate.ts') },
            { find: /^d3-time-format$/, replacement: local('./src/bundle/time-format.ts') },
          ],
        }
      : undefined,
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
        external: bundle ? [] : [/^lit(\/|$)/, /^@lit\//, /^d3-/],
        // Library mode keeps whitespace in ES output (for downstream bundlers); the self-contained
        // bundle is the end of the line, so it is minified fully.
        ...(bundle ? { output: { minify: true } } : {}),
      },
    },
  };
});
