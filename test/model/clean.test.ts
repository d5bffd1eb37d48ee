import { expect } from '@open-wc/testing';
import syria from '../../data/syria-2024.json';
import { seededRandom, syntheticDataset } from '../../bench/synthetic.js';
import { readCleanDataset } from '../../src/model/clean.js';
import { parseDataset, parseWith } from '../../src/model/parse.js';
import { KNOWN_KEYS } from '../../src/model/rules.js';
import { validateDataset } from '../../src/model/validate.js';
import { smallDataset } from '../fixtures/small-dataset.js';

/** A value as text that tells apart everything a reader of the dataset could: key sets, undefined, prototypes, maps. */
function canonical(value: unknown): string {
  const seen = (item: unknown): unknown => {
    if (item === undefined) return '<undefined>';
    if (typeof item === 'number' && !Number.isFinite(item)) return `<${item}>`;
    if (item instanceof Map) return { '<map>': [...item].map(([key, entry]) => [key, seen(entry)]) };
    if (Array.isArray(item)) return item.map(seen);
    if (typeof item === 'object' && item !== null) {
      const out: Record<string, unknown> = { '<prototype>': Object.getPrototypeOf(item) === null ? 'null' : 'object' };
      for (const key of Object.keys(item).sort()) out[key] = seen((item as Record<string, unknown>)[key]);
      return out;
    }
    return item;
  };
  return JSON.stringify(seen(value));
}

/** The clean reader accepts exactly the files the validator reports nothing on, and gives the same dataset. */
function expectSameAsValidator(input: unknown, label: string): 'clean' | 'reported' {
  const clean = readCleanDataset(input);
  const full = validateDataset(input);
  const issues = full.issues.map((issue) => `${issue.severity} ${issue.path}: ${issue.message}`);
  if (full.issues.length === 0) {
    expect(clean, `${label}: clean, but the clean reader declined`).to.not.equal(null);
    expect(canonical(clean), label).to.equal(canonical(full.dataset));
    return 'clean';
  }
  expect(clean, `${label}: the clean reader accepted a file with issues: ${issues.join('; ')}`).to.equal(null);
  return 'reported';
}

const clone = <T>(value: T): T => structuredClone(value);

/** Values that break a field in one way or another (or do not, such as text where text is expected). */
const VALUES: readonly unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  Number.NaN,
  91,
  true,
  '',
  '   ',
  ' padded ',
  'two words',
  'x',
  'battle',
  'air',
  'reported',
  'SY',
  'sy',
  '#b33',
  'url(x)',
  '2024-12-08',
  '2024-13-40',
  '2024-12-08/..',
  'https://example.org/a',
  'javascript:alert(1)',
  'http://a b',
  [],
  ['x'],
  [1],
  {},
  { min: 1, max: 2 },
  { min: 3, max: 1 },
  { min: 1 },
  { ar: 'اسم' },
  { 'not a tag': 'x' },
  [{ name: 'Source', url: 'https://example.org/' }],
  [{ name: 'Source', url: 'ftp://example.org/' }],
  [{ name: '' }],
  [{ name: 'Source', published: 'nope' }],
  [{ date: '2024-12-09', note: 'Corrected' }],
  [{ date: 'bad', note: 'x' }],
];

describe('the reader of clean files', () => {
  it('reads the shipped story, the fixture and synthetic files as the validator does', () => {
    expect(expectSameAsValidator(syria, 'syria-2024.json')).to.equal('clean');
    expect(expectSameAsValidator(smallDataset, 'small dataset')).to.equal('clean');
    for (const count of [0, 1, 100, 2_000]) expect(expectSameAsValidator(syntheticDataset(count, count + 7), `synthetic ${count}`)).to.equal('clean');
  });

  it('agrees with the validator on every field of every kind of item broken in 40 ways (about 2,900 files)', () => {
    const random = seededRandom(2024);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const kinds = [
      ['dataset', () => null],
      ['event', (file: Record<string, unknown[]>) => pick(file.events!)],
      ['actor', (file: Record<string, unknown[]>) => pick(file.actors!)],
      ['place', (file: Record<string, unknown[]>) => pick(file.places!)],
      ['route', (file: Record<string, unknown[]>) => pick(file.routes!)],
      ['source', (file: Record<string, unknown[]>) => pick((pick(file.events!) as { sources: unknown[] }).sources)],
    ] as const;
    const outcomes = { clean: 0, reported: 0 };
    for (const [kind, itemOf] of kinds) {
      for (const key of [...KNOWN_KEYS[kind], 'unknownField']) {
        for (const value of VALUES) {
          const file = clone(syria) as unknown as Record<string, unknown[]>;
          const item = (itemOf(file) ?? file) as Record<string, unknown>;
          if (value === undefined) delete item[key];
          else item[key] = clone(value);
          outcomes[expectSameAsValidator(file, `${kind}.${key} = ${JSON.stringify(value)}`)]++;
        }
      }
    }
    // Both sides are exercised: broken files, and changes that leave a file clean.
    expect(outcomes.reported).to.be.above(1_500);
    expect(outcomes.clean).to.be.above(100);
  });

  it('keeps one copy of what events share: the span of a date and an empty list', () => {
    const dataset = readCleanDataset(syntheticDataset(2_000, 11))!;
    const byDate = new Map<string, (typeof dataset.events)[number]>();
    let pairs = 0;
    for (const event of dataset.events) {
      const first = byDate.get(event.date);
      if (!first) byDate.set(event.date, event);
      else {
        pairs++;
        expect(event.when, `the span of ${event.date}`).to.equal(first.when);
      }
    }
    expect(pairs, 'events share dates').to.be.above(1_000);
    const [a, b] = dataset.events.filter((event) => event.routes.length === 0);
    expect(a!.routes).to.equal(b!.routes);
    expect(Object.isFrozen(a!.routes), 'a shared empty list cannot be changed through one event').to.equal(true);
  });

  it('declines duplicate ids, unknown references, a non-object, a list and an unknown version', () => {
    const duplicate = clone(syria);
    duplicate.events.push(clone(duplicate.events[0]!));
    const unknownActor = clone(syria);
    (unknownActor.events[0] as { actors: string[] }).actors = ['nobody'];
    const unknownPlace = clone(syria);
    (unknownPlace.routes[0] as { to: string }).to = 'nowhere';
    const prototypeKey = JSON.parse(JSON.stringify(syria).replace('{"version":1,', '{"version":1,"__proto__":{"x":1},'));
    for (const [label, input] of Object.entries({ duplicate, unknownActor, unknownPlace, prototypeKey, nothing: null, list: [syria], version2: { ...syria, version: 2 } })) {
      expect(expectSameAsValidator(input, label), label).to.equal('reported');
    }
  });

  it('a sparse list handed over as .data is reported at each hole, never skipped, and the clean reader declines it', () => {
    // A hole is what `delete list[0]` leaves; map and forEach pass over it without a word.
    const withHole = (list: unknown[]): unknown[] => {
      const sparse = [undefined, ...list];
      delete sparse[0];
      expect(0 in sparse, 'a hole').to.equal(false);
      return sparse;
    };
    const cases: Record<string, [(file: typeof syria) => void, string]> = {
      events: [(file) => void (file.events = withHole(file.events) as typeof file.events), '$.events[0]'],
      actors: [(file) => void (file.actors = withHole(file.actors) as typeof file.actors), '$.actors[0]'],
      places: [(file) => void (file.places = withHole(file.places) as typeof file.places), '$.places[0]'],
      routes: [(file) => void (file.routes = withHole(file.routes) as typeof file.routes), '$.routes[0]'],
      'an event\'s sources': [(file) => void ((file.events[0] as { sources: unknown[] }).sources = withHole(file.events[0]!.sources)), '.sources[0]'],
      'an event\'s actors': [(file) => void ((file.events[0] as { actors: unknown[] }).actors = withHole(file.events[0]!.actors)), '.actors[0]'],
      'an actor\'s aliases': [(file) => void ((file.actors[0] as { aliases: unknown[] }).aliases = withHole(['HTS'])), '$.actors[0].aliases[0]'],
      'a route\'s stops': [(file) => void ((file.routes[0] as { via: unknown[] }).via = withHole([file.places[0]!.id])), '$.routes[0].via[0]'],
    };
    for (const [label, [edit, path]] of Object.entries(cases)) {
      const file = clone(syria);
      edit(file);
      expect(expectSameAsValidator(file, label), label).to.equal('reported');
      const { dataset, issues } = validateDataset(file);
      expect(
        issues.some((issue) => issue.path?.endsWith(path)),
        `${label}: ${issues.map((issue) => issue.path).join(', ')}`,
      ).to.equal(true);
      // What is read has no holes left for a renderer to trip on.
      const lists: (readonly unknown[])[] = [dataset!.events, dataset!.actors, dataset!.routes, ...dataset!.events.flatMap((event) => [event.sources, event.actors]), ...dataset!.actors.map((actor) => actor.aliases)];
      expect(lists.every((list) => Array.from(list).every((item) => item !== undefined)), `${label}: no holes in the dataset`).to.equal(true);
    }
  });

  it('a value that throws when read sends the file to the validator', () => {
    const file = clone(syria);
    Object.defineProperty(file.events[0], 'title', {
      get() {
        throw new Error('no');
      },
    });
    expect(readCleanDataset(file)).to.equal(null);
  });

  it('parsing takes the clean path without the validator, and needs the validator only for a file with issues', () => {
    expect(parseWith(syria, {}, undefined)?.ok).to.equal(true);
    const broken = clone(syria);
    (broken.events[0] as { type: string }).type = 'parade';
    expect(parseWith(broken, {}, undefined)).to.equal(undefined);
    const parsed = parseDataset(broken);
    expect(parsed.ok && parsed.issues.map((issue) => issue.path)).to.deep.equal(['$.events[0].type']);
  });
});
