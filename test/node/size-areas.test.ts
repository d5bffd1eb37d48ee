/** scripts/size-areas.mjs gives each byte of dist/sitrep.js to its source, and sources to areas. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script of the build, without types
import { bytesBySource, sizeAreas } from '../../scripts/size-areas.mjs';

// Two lines of "code", each mapped to one source ("AAAA": column 0 of source 0; "ACAA": the next source).
const code = `${'const lit = "template";'.repeat(40)}\n${'const date = 2024;'.repeat(25)}`;
const map = { version: 3, sources: ['../node_modules/lit-html/lit-html.js', '../src/model/dates.ts'], mappings: 'AAAA;ACAA' };

describe('scripts/size-areas.mjs', () => {
  it('gives every byte of the file to the source the map names', () => {
    const bySource = bytesBySource(code, map) as Map<string, string>;
    expect(bySource.get('../node_modules/lit-html/lit-html.js')).toBe('const lit = "template";'.repeat(40));
    expect(bySource.get('../src/model/dates.ts')).toBe('const date = 2024;'.repeat(25));
  });

  it('groups sources into areas, with what removing each would save in gzip', () => {
    const { whole, min, areas } = sizeAreas(code, map) as {
      whole: number;
      min: number;
      areas: { area: string; min: number; share: number; ifRemoved: number }[];
    };
    expect(min).toBe(code.length);
    expect(areas.map((entry) => entry.area).sort()).toEqual(['Lit', 'data layer (reading, dates, loading)']);
    const lit = areas.find((entry) => entry.area === 'Lit')!;
    expect(lit.min).toBe(40 * 'const lit = "template";'.length);
    expect(lit.ifRemoved).toBeGreaterThan(0);
    expect(lit.ifRemoved).toBeLessThan(whole);
    expect(areas.reduce((sum, entry) => sum + entry.share, 0)).toBeGreaterThanOrEqual(whole - 1);
  });
});
