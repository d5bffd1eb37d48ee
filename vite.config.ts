import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * d3-dsv keeps, beside the parseRows that Sitrep uses, a converter for csvParse built with the
 * Function constructor (code from text). Sitrep never calls it, but a bundle that carries it
 * cannot promise a page "no code generation": in the self-contained bundle that one path throws
 * instead. scripts/check-dist.mjs fails the build if any such construct is left in dist/.
 */
function withoutCodeGeneration(): Plugin {
  return {
    name: 'sitrep:without-code-generation',
    transform(code, id) {
      if (!/[\\/]d3-dsv[\\/]/.test(id) || !code.includes('new Function(')) return null;
      return { code: code.replace(/new Function\(/g, '(function () { throw new Error("sitrep: csvParse is not used; rows are read with parseRows"); })('), map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const bundle = mode === 'bundle';
  const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));
  return {
    plugins: bundle ? [withoutCodeGeneration()] : [],
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
