import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { privateMembers, usedOutside } from './scripts/private-members.mjs';
import { defineConfig, parseSync, Visitor, type Plugin, type UserConfig } from 'vite';

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

const local = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The compiler's helper that applies decorators (`@property`, `@state`, `@query`), written shorter:
 * a member's decorators get (prototype, name, descriptor) and a class's the class, as before, but
 * without the branch that hands them to the reflect-metadata polyfill's `Reflect.decorate` (which
 * applies them the same way) and without telling calls apart by `arguments.length` (the compiler
 * passes a member's descriptor, or `void 0`, in every member call). 59 B less gzip. The build
 * fails if the compiler's helper changes shape.
 */
function shortDecorateHelper(): Plugin {
  const helper = /[\\/]helpers[\\/](esm[\\/])?decorate\.js$/;
  return {
    name: 'sitrep:short-decorate-helper',
    transform(code, id) {
      if (!/@oxc-project\+runtime@/.test(id) || !helper.test(id)) return null;
      if (!code.includes('function __decorate(') || !code.includes('Reflect.decorate(decorators, target, key, desc)')) throw new Error(`sitrep:short-decorate-helper: ${id} no longer defines __decorate; check the helper before building`);
      return {
        code: `function __decorate(decorators, target, key, desc) {
  var member = key !== undefined;
  var result = member ? (desc === null ? Object.getOwnPropertyDescriptor(target, key) : desc) : target;
  for (var i = decorators.length - 1; i >= 0; i--) result = (member ? decorators[i](target, key, result) : decorators[i](result)) || result;
  if (member && result) Object.defineProperty(target, key, result);
  return result;
}
export { __decorate as default };
`,
        map: null,
      };
    },
  };
}

/**
 * In the self-contained bundle, the readers of CSV, ACLED and TimelineJS are loaded on first use:
 * `src/model/readers.ts` (which imports them) is replaced by `src/bundle/readers.ts` (which loads
 * them with a dynamic import), so they land in `sitrep-formats.js` beside `sitrep.js`.
 */
function readersOnDemand(): Plugin {
  const standIns = new Map([[local('./src/model/readers.ts'), local('./src/bundle/readers.ts')]]);
  return {
    name: 'sitrep:readers-on-demand',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('readers.js') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved ? (standIns.get(resolved.id) ?? null) : null;
    },
  };
}

/** The `mappings` of a source map from `code` to `code` with the spans of `edits` (sorted, apart) replaced by texts of one line. */
function mappingsAfterEdits(code: string, edits: readonly { start: number; end: number; text: string }[]): string {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const vlq = (value: number) => {
    let rest = value < 0 ? (-value << 1) | 1 : value << 1;
    let out = '';
    do {
      const digit = rest & 31;
      rest >>>= 5;
      out += digits[rest ? digit | 32 : digit];
    } while (rest);
    return out;
  };
  const lines: string[] = [''];
  let column = 0;
  let marked = -1;
  const last = { column: 0, line: 0, sourceColumn: 0 };
  let sourceLine = 0;
  let lineStart = 0;
  // A segment: this output column comes from this offset of the input.
  const mark = (offset: number) => {
    if (marked === column) return;
    for (let i = code.indexOf('\n', lineStart); i !== -1 && i < offset; i = code.indexOf('\n', i + 1)) {
      sourceLine++;
      lineStart = i + 1;
    }
    const segment = vlq(column - last.column) + 'A' + vlq(sourceLine - last.line) + vlq(offset - lineStart - last.sourceColumn);
    lines[lines.length - 1] += (lines[lines.length - 1] ? ',' : '') + segment;
    Object.assign(last, { column, line: sourceLine, sourceColumn: offset - lineStart });
    marked = column;
  };
  let offset = 0;
  for (const edit of [...edits, { start: code.length, end: code.length, text: '' }]) {
    mark(offset);
    for (let i = offset; i < edit.start; i++) {
      if (code[i] !== '\n') {
        column++;
        continue;
      }
      lines.push('');
      column = last.column = 0;
      marked = -1;
      mark(i + 1);
    }
    mark(edit.start);
    column += edit.text.length;
    offset = edit.end;
  }
  return lines.join(';');
}

/** A module's code with the spans of `edits` (sorted, apart) replaced, and its source map back to the code as written. */
function withEdits(code: string, id: string, edits: readonly { start: number; end: number; text: string }[]) {
  let out = '';
  let offset = 0;
  for (const edit of edits) {
    out += code.slice(offset, edit.start) + edit.text;
    offset = edit.end;
  }
  out += code.slice(offset);
  return { code: out, map: { version: 3, sources: [id], sourcesContent: [code], names: [], mappings: mappingsAfterEdits(code, edits) } };
}

/**
 * The text of Lit's `css`, `html` and `svg` templates without the indentation of the source, which
 * the minifier leaves in template text. In CSS, comments, the spaces around `{ } ; , :` and the
 * last `;` of a block go. In markup, white space that spans lines becomes one space, which renders
 * the same (no template holds preformatted text).
 */
function compactTemplates(): Plugin {
  const compactCss = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
  const compactMarkup = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  return {
    name: 'sitrep:compact-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      new Visitor({
        TaggedTemplateExpression(node) {
          const tag = node.tag.type === 'Identifier' ? node.tag.name : '';
          const compact = tag === 'css' ? compactCss : tag === 'html' || tag === 'svg' ? compactMarkup : undefined;
          if (!compact) return;
          for (const { start, end } of node.quasi.quasis) {
            const text = compact(code.slice(start, end));
            if (text !== code.slice(start, end)) edits.push({ start, end, text });
          }
        },
      }).visit(parseSync(id, code).program);
      return edits.length === 0 ? null : withEdits(code, id, edits.sort((a, b) => a.start - b.start));
    },
  };
}

/** A private custom property (`--_fill`) where it is written: not after a name character or a hyphen. */
const PRIVATE_PROPERTY = /(?<![\w-])--_[a-z][a-z\d-]*/g;

/**
 * In the self-contained bundle, the elements' private custom properties (`--_color-muted`,
 * `--_fill`…, which pages never set: they set `--sitrep-*`) get short names, `--_a`, `--_b`…, the
 * most used first. One map for every file, built from all of `src/`, so the elements and the
 * parts loaded on demand still agree. The source maps still point at `src/`.
 */
function shortPrivateProperties(): Plugin {
  const counts = new Map<string, number>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) for (const [name] of readFileSync(path, 'utf8').matchAll(PRIVATE_PROPERTY)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  };
  walk(local('./src'));
  const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
  const short = new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name], index) => [name, `--_${letters(index)}`]));
  return {
    name: 'sitrep:short-private-properties',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const edits = [...code.matchAll(PRIVATE_PROPERTY)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: short.get(match[0])! }));
      return edits.length === 0 ? null : withEdits(code, id, edits);
    },
  };
}

/**
 * A second minifier over the self-contained bundle's files, after Rolldown's own: terser finds
 * what Oxc leaves (a few more passes of inlining and folding), about 400 B gzip off `sitrep.js`;
 * a file where it does not help keeps Oxc's output.
 * Its options stay on the safe side: no `unsafe` rewrites of comparisons, maths or built-in calls;
 * `pure_getters` holds (the bundle reads no getter for its side effects except where the result is
 * used). The only properties renamed are the private members that `scripts/private-members.mjs`
 * proves nothing else names (about 500 B gzip). The source maps are chained, so they still point
 * at `src/`.
 */
function terserAfterwards(): Plugin {
  return {
    name: 'sitrep:terser-afterwards',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
      // Private members get short names, the same in every file (one name cache), unless a
      // bundled library's code uses the same name as a property.
      const libraries = chunks.flatMap((chunk) => Object.entries(chunk.modules).filter(([id]) => !id.startsWith(local('./src/'))).map(([, module]) => module.code ?? ''));
      const renamed = privateMembers().filter((name) => !libraries.some((code) => usedOutside(code, name)));
      const nameCache = {};
      for (const chunk of chunks) {
        // The comment that names the map is already in the code here; it goes back at the end.
        const mapComment = /\n?\/\/# sourceMappingURL=\S+\s*$/.exec(chunk.code)?.[0] ?? '';
        const result = await minify(chunk.code.slice(0, chunk.code.length - mapComment.length), {
          module: true,
          ecma: 2022,
          compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true, ecma: 2022 },
          format: { comments: false },
          mangle: { properties: { regex: new RegExp(`^(?:${renamed.join('|')})$`) } },
          nameCache,
          sourceMap: chunk.map ? { content: chunk.map as never, asObject: true } : false,
        });
        // Oxc writes every string as a template literal, terser with quotes: in a file that is
        // mostly text (the locales) that costs more than terser saves, so the smaller one stays.
        const gzipped = (code: string) => gzipSync(code, { level: 9 }).length;
        // A file where a private member was renamed keeps terser's output, whatever its size.
        const renamedHere = renamed.some((name) => new RegExp(`\\b${name}\\b`).test(chunk.code));
        if (!renamedHere && gzipped(result.code! + mapComment) >= gzipped(chunk.code)) continue;
        chunk.code = result.code! + mapComment;
        // The map file is already an asset of the bundle: it is written from there.
        const mapFile = bundle[`${chunk.fileName}.map`];
        if (result.map && mapFile?.type === 'asset') mapFile.source = JSON.stringify({ file: chunk.fileName, ...(result.map as object) });
      }
    },
  };
}

/**
 * The first line of `sitrep.js` asks the browser to compile every function in it while the file
 * loads (Chromium's `//# allFunctionsCalledOnLoad`, done on the thread that streams the script)
 * instead of on each function's first call. A page that loads the bundle uses nearly all of it,
 * and those first calls came in the first drawing: about 8 ms of main-thread compiling in the
 * 10,000-event first render (bench/WHY.md). Other browsers read a comment. The source map gets
 * one empty line in front, so it still points at `src/`.
 */
const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

function eagerCompileHint(): Plugin {
  return {
    name: 'sitrep:eager-compile-hint',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        chunk.code = `${EAGER_COMPILE_HINT}\n${chunk.code}`;
        const mapFile = bundle[`${chunk.fileName}.map`];
        if (mapFile?.type === 'asset') {
          const map = JSON.parse(String(mapFile.source)) as { mappings: string };
          map.mappings = `;${map.mappings}`;
          mapFile.source = JSON.stringify(map);
        }
      }
    },
  };
}

/**
 * `vite build --mode node`: server rendering for Node, `dist/ssr.js` (`sitrep/ssr`) and
 * `dist/cli.js` (the `sitrep` command), apart from the browser builds (`sitrep.js` never holds
 * them). Lit, d3 and @lit-labs/ssr stay imports (dependencies of the package); the templates are
 * compacted as in the bundle, since their text is the server's output.
 */
function nodeBuild(): UserConfig {
  return {
    plugins: [compactTemplates()],
    build: {
      ssr: true,
      target: 'node20',
      emptyOutDir: false,
      // Readable as it is (not minified, comments kept): no source maps to weigh down the package.
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        input: { ssr: local('./src/ssr.ts'), cli: local('./src/cli.ts') },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'node-[name].js' },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'node') return nodeBuild();
  const bundle = mode === 'bundle';
  return {
    plugins: bundle ? [withoutCodeGeneration(), shortDecorateHelper(), readersOnDemand(), compactTemplates(), shortPrivateProperties(), terserAfterwards(), eagerCompileHint()] : [],
    resolve: bundle
      ? {
          alias: [{ find: /^d3-scale$/, replacement: local('./src/bundle/scale.ts') }],
        }
      : undefined,
    build: {
      target: 'es2022',
      emptyOutDir: !bundle,
      minify: bundle,
      sourcemap: true,
      lib: bundle
        ? { entry: 'src/bundle/entry.ts', formats: ['es'], fileName: () => 'sitrep.js' }
        : {
            entry: { index: 'src/index.ts', data: 'src/model/index.ts' },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
      rolldownOptions: {
        external: bundle ? [] : [/^lit(\/|$)/, /^@lit\//, /^d3-/],
        // d3-time builds every interval at load, local-time ones included (`timeDay`, `timeTicks`…),
        // and d3-array its bisectors, blurs and shuffle, through calls and property reads
        // (`timeDays = timeDay.range`) that Rolldown keeps unless told they have no side effects.
        // Sitrep uses only UTC intervals; nothing in the bundle reads a property for a getter's
        // side effect (terser's pure_getters assumes the same).
        ...(bundle
          ? { treeshake: { propertyReadSideEffects: false as const, manualPureFunctions: ['timeInterval', 'ticker', 'timeWeekday', 'utcWeekday', 'bisector', 'Blur2', 'shuffler'] } }
          : {}),
        // The lazily loaded readers import what they share with the elements from sitrep.js itself,
        // which may export more than its public names for them, rather than from a third file.
        ...(bundle ? { preserveEntrySignatures: 'allow-extension' as const } : {}),
        // Library mode keeps whitespace in ES output (for downstream bundlers); the self-contained
        // bundle is the end of the line, so it is minified fully, without the /* @__PURE__ */
        // marks left for a later bundler's tree shaking.
        ...(bundle ? { output: { minify: true, comments: false, chunkFileNames: 'sitrep-[name].js' } } : {}),
      },
    },
  };
});
