/** scripts/size-coverage.mjs: which characters of a script ran, and the file without ours that did not. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script of the build, without types
import { runCounts, unrunBySource, withoutUnrun } from '../../scripts/size-coverage.mjs';

describe('scripts/size-coverage.mjs', () => {
  it('gives each character the count of the innermost coverage range that holds it', () => {
    // A function over the whole script, a block in it that never ran, and a block in that block that ran twice.
    const functions = [
      { ranges: [{ startOffset: 0, endOffset: 10, count: 1 }] },
      { ranges: [{ startOffset: 2, endOffset: 6, count: 0 }, { startOffset: 3, endOffset: 4, count: 2 }] },
    ];
    expect([...(runCounts(12, functions) as Int32Array)]).toEqual([1, 1, 0, 2, 0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it("cuts out only Sitrep's own characters that did not run; Lit is kept whole", () => {
    // Line 1 comes from Lit, line 2 from a source of ours ("AAAA": column 0 of source 0; "ACAA": the next source).
    const lit = 'litA;litB;';
    const ours = 'oursA;oursB;';
    const code = `${lit}\n${ours}`;
    const map = { version: 3, sources: ['../node_modules/lit-html/lit-html.js', '../src/model/dates.ts'], mappings: 'AAAA;ACAA' };
    const counts = new Int32Array(code.length).fill(1);
    counts.fill(0, 0, 5); // "litA;" did not run: kept, it is Lit's
    const start = lit.length + 1;
    counts.fill(0, start + 6, start + 12); // "oursB;" did not run: cut
    expect(withoutUnrun(code, map, counts)).toBe(`${lit}\noursA;`);
  });

  it('counts, per source of ours, the characters each visit did not run; Lit has no row', () => {
    const code = 'litA;litB;\noursA;oursB;\ndateAB;';
    const map = { version: 3, sources: ['../node_modules/lit-html/lit-html.js', '../src/model/load.ts', '../src/model/dates.ts'], mappings: 'AAAA;ACAA;ACAA' };
    const first = new Int32Array(code.length).fill(1);
    const walk = new Int32Array(code.length).fill(1);
    first.fill(0, 0, 5); // Lit's, not counted
    first.fill(0, 11 + 6, 11 + 12); // "oursB;"
    first.fill(0, 24, 31); // "dateAB;": every character of dates.ts
    walk.fill(0, 11 + 9, 11 + 12); // "sB;"
    expect(unrunBySource(code, map, [first, walk])).toEqual([
      ['src/model/dates.ts', [7, 7, 0]],
      ['src/model/load.ts', [13, 6, 3]],
    ]);
  });
});
