/** Every public API item of the elements is described in custom-elements.json, and the check notices when one is not. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { manifestProblems } from '../../scripts/check-manifest.mjs';

type Item = { name?: string; description?: string; privacy?: string };
type Declaration = { customElement?: boolean; tagName?: string } & Record<string, Item[] | unknown>;
type Manifest = { modules: { declarations?: Declaration[] }[] };

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const problems = manifestProblems as (manifest: Manifest) => string[];
const element = (copy: Manifest, tag: string) => copy.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag)!;

describe('the custom elements manifest', () => {
  it('describes every attribute, member, event, part and custom property of the three elements', () => {
    expect(problems(manifest)).toEqual([]);
    for (const tag of ['sitrep-timeline', 'sitrep-actor-card', 'sitrep-route-chip']) {
      const declaration = element(manifest, tag);
      expect(declaration, tag).toBeDefined();
      for (const key of ['attributes', 'events', 'cssParts', 'cssProperties']) expect((declaration[key] as Item[]).length, `${tag} ${key}`).toBeGreaterThan(0);
    }
  });

  it('lists only the documented sitrep-* events', () => {
    const events = (element(manifest, 'sitrep-timeline').events as Item[]).map((event) => event.name);
    expect(events.sort()).toEqual(['sitrep-error', 'sitrep-load', 'sitrep-range-change', 'sitrep-select']);
  });

  for (const [key, name, kind] of [
    ['attributes', 'group-by', 'attribute'],
    ['events', 'sitrep-select', 'event'],
    ['cssParts', 'mark', 'part'],
    ['cssProperties', '--sitrep-color-focus', 'custom property'],
  ] as const) {
    it(`fails when the ${kind} ${name} loses its description`, () => {
      const copy = structuredClone(manifest);
      const items = element(copy, 'sitrep-timeline')[key] as Item[];
      const item = items.find((candidate) => candidate.name === name) ?? items[0]!;
      delete item.description;
      expect(problems(copy)).toEqual([`<sitrep-timeline> ${kind} ${item.name} has no description`]);
    });
  }
});
