/** The strict pages both embedding checks serve (Chromium and Firefox), and what each must show. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_VERSION, SCENARIOS, STRICT_CSP, buildSite, problems } from '../../scripts/embedding-pages.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('scripts/embedding-pages.mjs', () => {
  let dist: string;
  let built: ReturnType<typeof buildSite>;
  const read = (file: string) => readFileSync(join(built.site, file), 'utf8');
  const moduleScripts = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((match) => match[1]);

  beforeAll(() => {
    // A stand-in for dist/: the pages do not need a real build.
    dist = mkdtempSync(join(tmpdir(), 'sitrep-dist-'));
    writeFileSync(join(dist, 'sitrep.js'), `export const VERSION = "${version}"; const also = '${version}';`);
    writeFileSync(join(dist, 'sitrep-formats.js'), 'export const formats = 1;');
    writeFileSync(join(dist, 'sitrep.js.map'), '{}');
    built = buildSite({ dist });
  });
  afterAll(() => {
    built.remove();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves a policy with no inline script or style and with Trusted Types', () => {
    expect(STRICT_CSP).toContain("script-src 'self'");
    expect(STRICT_CSP).toContain("style-src 'self'");
    expect(STRICT_CSP).toContain("require-trusted-types-for 'script'");
    expect(STRICT_CSP).not.toContain('unsafe-');
  });

  it('writes each page with the watcher first and the copies of the bundle in order', () => {
    expect(built.version).toBe(version);
    const expected: Record<string, string[]> = {
      csp: ['/a/sitrep.js'],
      'twice-ab': ['/a/sitrep.js', '/b/sitrep.js'],
      'twice-ba': ['/b/sitrep.js', '/a/sitrep.js'],
      'two-versions': ['/a/sitrep.js', '/other-version/sitrep.js'],
    };
    expect(SCENARIOS).toEqual([
      ['csp', false],
      ['twice-ab', false],
      ['twice-ba', false],
      ['two-versions', true],
    ]);
    for (const [name] of SCENARIOS) {
      const html = read(`${name}.html`);
      expect(moduleScripts(html), name).toEqual(expected[name]);
      expect(html.indexOf('<script src="/watch.js">'), name).toBeLessThan(html.indexOf('<script type="module"'));
      for (const tag of ['sitrep-timeline', 'sitrep-actor-card', 'sitrep-route-chip']) expect(html, name).toContain(`<${tag} src="/data.json"`);
    }
    expect(moduleScripts(read('timelinejs-data.html'))).toEqual(['/hand-over.js']);
  });

  it('puts no inline script or style in any page', () => {
    for (const file of readdirSync(built.site).filter((entry) => entry.endsWith('.html'))) {
      const html = read(file);
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), file).toBeNull();
      expect(html, file).not.toMatch(/<style|\sstyle=/);
    }
  });

  it('copies every script of the bundle, and changes only the version in the other copy', () => {
    for (const copy of ['a', 'b', 'other-version']) expect(readdirSync(join(built.site, copy)).sort(), copy).toEqual(['sitrep-formats.js', 'sitrep.js']);
    expect(read('a/sitrep.js')).toBe(readFileSync(join(dist, 'sitrep.js'), 'utf8'));
    expect(read('other-version/sitrep.js')).toBe(`export const VERSION = "${OTHER_VERSION}"; const also = '${OTHER_VERSION}';`);
    const data = JSON.parse(read('data.json')) as { actors: { id: string; color?: string }[] };
    expect(data.actors.find((actor) => actor.id === 'hts')?.color).toBe('#2a7f62');
    expect(existsSync(join(built.site, 'slides.json'))).toBe(true);
  });

  it('passes a clean page and names each problem of a page that is not', () => {
    const clean = { violations: [], errors: [], defined: true, warnings: [] };
    const warning = `sitrep: <sitrep-timeline> is already defined by Sitrep ${version}; this copy (${OTHER_VERSION}) is not used.`;
    expect(problems('csp', false, clean, version)).toEqual([]);
    expect(problems('two-versions', true, { ...clean, warnings: [warning] }, version)).toEqual([]);
    expect(problems('csp', false, { ...clean, violations: ['style-src-elem inline '] }, version)).toEqual(['csp: 1 CSP violations: style-src-elem inline ']);
    expect(problems('csp', false, { ...clean, errors: ['TypeError: x'] }, version)).toEqual(['csp: errors: TypeError: x']);
    expect(problems('twice-ab', false, { ...clean, defined: false }, version)).toEqual(['twice-ab: not every tag is defined']);
    expect(problems('twice-ba', false, { ...clean, warnings: [warning] }, version)).toHaveLength(1);
    for (const warnings of [[], [warning, warning], ['sitrep: another copy is defined']]) {
      expect(problems('two-versions', true, { ...clean, warnings }, version), JSON.stringify(warnings)).toHaveLength(1);
    }
  });
});
