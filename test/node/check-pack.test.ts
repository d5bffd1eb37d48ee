/** The check of what `npm pack` publishes notices a missing export target, a missing chunk and published sources. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { packProblems } from '../../scripts/check-pack.mjs';

const check = packProblems as (files: string[], pkg: unknown, bundle?: string) => string[];
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> };
const complete = [
  'package.json',
  'README.md',
  'custom-elements.json',
  'data/sitrep.schema.json',
  'dist/index.js',
  'dist/data.js',
  'dist/sitrep.js',
  'dist/sitrep-formats.js',
  'dist/ssr.js',
  'dist/cli.js',
  'dist/node-ssr.js',
  'dist/types/index.d.ts',
  'dist/types/model/index.d.ts',
  'dist/types/react.d.ts',
  'dist/types/preact.d.ts',
  'dist/types/ssr.d.ts',
];
const bundle = 'const a=()=>import("./sitrep-formats.js");';

describe('scripts/check-pack.mjs', () => {
  it('passes a complete package', () => {
    expect(check(complete, pkg, bundle)).toEqual([]);
  });

  it('names an exports target missing from the tarball', () => {
    expect(check(complete.filter((file) => file !== 'dist/data.js'), pkg, bundle)).toEqual(['dist/data.js is named in package.json but not in the tarball']);
  });

  it('names the sitrep command and the server-rendering entry when they are missing', () => {
    expect(check(complete.filter((file) => file !== 'dist/cli.js' && file !== 'dist/ssr.js'), pkg, bundle)).toEqual([
      'dist/ssr.js is named in package.json but not in the tarball',
      'dist/cli.js is named in package.json but not in the tarball',
    ]);
  });

  it('names a chunk the bundle loads on demand that is missing', () => {
    expect(check(complete.filter((file) => file !== 'dist/sitrep-formats.js'), pkg, bundle)).toEqual([
      'dist/sitrep-formats.js, which dist/sitrep.js loads on demand, is not in the tarball',
    ]);
  });

  it('refuses sources, tests and stories in the tarball', () => {
    expect(check([...complete, 'src/index.ts', 'stories/timeline.stories.ts'], pkg, bundle)).toEqual([
      'src/index.ts should not be published',
      'stories/timeline.stories.ts should not be published',
    ]);
  });
});
