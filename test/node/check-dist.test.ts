/**
 * The build fails when dist/ carries code generation from text (eval, the Function constructor),
 * when sitrep.js is not self-contained, when it lost its compile hint, or when its files read a
 * private custom property that none of them sets (a short name given in one place only).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const HINT = '//# allFunctionsCalledOnLoad\n';

/** Runs the check on a dist/ holding `code` as sitrep.js (after the compile hint, unless `hint` is false). */
function check(code: string, beside: Record<string, string> = {}, hint = true) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-dist-'));
  writeFileSync(join(dir, 'sitrep.js'), (hint ? HINT : '') + code);
  for (const [name, text] of Object.entries(beside)) writeFileSync(join(dir, name), text);
  return spawnSync('node', ['scripts/check-dist.mjs', '--dir', dir], { encoding: 'utf8' });
}

describe('scripts/check-dist.mjs', () => {
  it('fails on eval and on the Function constructor, with or without new', () => {
    for (const code of ['const x = eval("1");', 'const f = new Function("d", "return d");', 'var n=Function(`d`,`return {}`);']) {
      const result = check(code);
      expect(result.status, code).toBe(1);
      expect(result.stderr).toMatch(/code generation from text/);
    }
  });

  it('passes ordinary code, including names that merely contain the words', () => {
    expect(check('const toFunction = (f) => f; const evaluate = () => 1; isFunction(x); a.eval2 = 1;').status).toBe(0);
  });

  it('fails when sitrep.js imports another file when it loads, statically or by re-export', () => {
    for (const code of ['import{a as t}from"./sitrep-validate.js";var x=t;export{x};', 'import "./side-effect.js";', 'var x=1;export{x};export*from"./more.js";']) {
      const result = check(code, { 'sitrep-validate.js': 'export const a = 1;', 'side-effect.js': '', 'more.js': '' });
      expect(result.status, code).toBe(1);
      expect(result.stderr).toMatch(/must be self-contained/);
    }
  });

  it('fails when a file that sitrep.js loads on demand is missing, and passes when it is there', () => {
    const code = 'var load=()=>import(`./sitrep-formats.js`);export{load};';
    const missing = check(code);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/loads \.\/sitrep-formats\.js on demand, but .* is missing/);
    expect(check(code, { 'sitrep-formats.js': 'import{a}from"./sitrep.js";export{a};' }).status).toBe(0);
  });

  it('fails when sitrep.js does not open with the compile hint, or its map does not allow for that line', () => {
    const code = 'var x=1;export{x};';
    const noHint = check(code, {}, false);
    expect(noHint.status).toBe(1);
    expect(noHint.stderr).toMatch(/does not open with \/\/# allFunctionsCalledOnLoad/);
    const shifted = check(code, { 'sitrep.js.map': JSON.stringify({ version: 3, sources: ['a.ts'], names: [], mappings: ';AAAA' }) });
    expect(shifted.status).toBe(0);
    const unshifted = check(code, { 'sitrep.js.map': JSON.stringify({ version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA' }) });
    expect(unshifted.status).toBe(1);
    expect(unshifted.stderr).toMatch(/one line out/);
  });

  it('fails when a private custom property is read and never set, in sitrep.js or a file loaded on demand', () => {
    const styles = 'var s=`:host{--_a:var(--sitrep-color-text,#111)}.x{color:var(--_a)}`;';
    expect(check(`${styles}export{s};`).status).toBe(0);
    // Set through setProperty or a style map's key counts as set.
    expect(check('var s=`.x{color:var(--_b)}`;e.style.setProperty("--_b","red");var m={"--_c":1},t=`var(--_c)`;export{s};').status).toBe(0);
    const unset = check(`${styles}export{s};`, { 'sitrep-timeline.detail.js': 'var d=`.y{fill:var(--_color-muted)}`;export{d};' });
    expect(unset.status).toBe(1);
    expect(unset.stderr).toMatch(/reads the private custom property --_color-muted but never sets it/);
  });
});
