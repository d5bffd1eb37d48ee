/** The build fails when dist/ carries code generation from text (eval, the Function constructor), or when sitrep.js is not self-contained. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function check(code: string, beside: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-dist-'));
  writeFileSync(join(dir, 'sitrep.js'), code);
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
});
