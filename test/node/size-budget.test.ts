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
const run = (dir: string) => spawnSync('node', ['scripts/size.mjs', '--dir', dir, '--enforce'], { encoding: 'utf8' });

describe('scripts/size.mjs --enforce', () => {
  it('fails when dist/sitrep.js is over 35 KB gzip, and says by how much', () => {
    // Random bytes do not compress: 40 KB stays about 40 KB in gzip.
    const result = run(distWith(Buffer.from(randomBytes(40 * 1024).toString('base64').slice(0, 48 * 1024))));
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

  it('passes under the budget', () => {
    const result = run(distWith(Buffer.from('export const small = 1;\n'.repeat(2000))));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/dist|sitrep\.js/);
  });
});
