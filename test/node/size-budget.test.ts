/** The size budget of dist/sitrep.js (35 KB gzip) fails the check when exceeded. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';

function distWith(bundleBytes: Buffer) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-size-'));
  writeFileSync(join(dir, 'sitrep.js'), bundleBytes);
  writeFileSync(join(dir, 'index.js'), 'export {};');
  writeFileSync(join(dir, 'data.js'), 'export {};');
  return dir;
}
const run = (dir: string, ...options: string[]) => spawnSync('node', ['scripts/size.mjs', '--dir', dir, ...(options.length ? options : ['--enforce'])], { encoding: 'utf8' });
// Random bytes do not compress: in base64, N KB of them are about N KB in gzip.
const incompressible = (kilobytes: number) => Buffer.from(randomBytes(kilobytes * 1024).toString('base64'));

describe('scripts/size.mjs --enforce', () => {
  it('fails when dist/sitrep.js is over 35 KB gzip, and says by how much', () => {
    const result = run(distWith(incompressible(40)));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/over the budget of 35840 B by \d+ B/);
  });

  it('reports the files loaded on demand beside it without counting them', () => {
    const dir = distWith(Buffer.from('export const small = 1;\n'.repeat(2000)));
    writeFileSync(join(dir, 'sitrep-formats.js'), randomBytes(60 * 1024).toString('base64'));
    const result = run(dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/sitrep-formats\.js .* B gzip .*loaded on demand/);
  });

  it('without --enforce (the build), reports an overrun of the budget but fails above the ceiling', () => {
    const dir = distWith(incompressible(40));
    const under = run(dir, '--ceiling', String(60 * 1024));
    expect(under.status).toBe(0);
    expect(under.stderr).toMatch(/over the budget of 35840 B/);
    const over = run(dir, '--ceiling', String(38 * 1024));
    expect(over.status).toBe(1);
    expect(over.stderr).toMatch(/over the ceiling of 38912 B/);
  });

  it('passes under the budget', () => {
    const result = run(distWith(Buffer.from('export const small = 1;\n'.repeat(2000))));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/dist|sitrep\.js/);
  });
});
