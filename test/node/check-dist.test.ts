/** The build fails when dist/ carries code generation from text (eval, the Function constructor). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function check(code: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-dist-'));
  writeFileSync(join(dir, 'sitrep.js'), code);
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
});
