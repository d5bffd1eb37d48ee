import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import schema from '../../data/sitrep.schema.json';
import syria from '../../data/syria-2024.json';
import { validateDataset } from '../../src/model/validate.js';
import { smallDataset } from '../fixtures/small-dataset.js';

// Fixtures are edited freely to break them; their shape is not the point here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>;
const schemaValidator = new Validator(schema as object, '2020-12', false);
const schemaAccepts = (data: unknown) => schemaValidator.validate(data).valid;
const validatorAccepts = (data: unknown) => {
  const { dataset, issues } = validateDataset(data);
  return dataset !== null && issues.length === 0;
};
function variant(change: (raw: Raw) => void): Raw {
  const raw = structuredClone(smallDataset) as Raw;
  change(raw);
  return raw;
}

/** Faults JSON Schema can express: both must reject each one. */
const STRUCTURAL: Record<string, Raw | unknown> = {
  'not an object': [1, 2],
  'version 2': variant((raw) => (raw.version = 2)),
  'no events list': variant((raw) => delete raw.events),
  'no title': variant((raw) => delete raw.title),
  'event without title': variant((raw) => delete raw.events[0].title),
  'event with an unknown type': variant((raw) => (raw.events[0].type = 'Battles')),
  'event date written day first': variant((raw) => (raw.events[0].date = '06/12/2024')),
  'event date with a space before the time': variant((raw) => (raw.events[0].date = '2024-12-06 12:00')),
  'id with a space': variant((raw) => (raw.events[0].id = 'e 1')),
  'unknown field': variant((raw) => (raw.events[0].summry = 'typo')),
  'event without sources': variant((raw) => delete raw.events[0].sources),
  'source without name': variant((raw) => (raw.events[0].sources = [{ url: 'https://example.org' }])),
  'javascript: link': variant((raw) => (raw.events[0].sources[0].url = 'javascript:alert(1)')),
  'negative fatalities': variant((raw) => (raw.events[0].fatalities = -3)),
  'latitude out of range': variant((raw) => (raw.places[0].lat = 95)),
  'place without coordinates': variant((raw) => delete raw.places[0].lon),
  'route mode boat': variant((raw) => (raw.routes[0].mode = 'boat')),
  'country not ISO alpha-2': variant((raw) => (raw.actors[2].country = 'Iran')),
  'actor type unknown': variant((raw) => (raw.actors[0].type = 'army')),
  'names with a bad language tag': variant((raw) => (raw.actors[0].names = { arabic: 'x' })),
  'status unknown': variant((raw) => (raw.events[3].status = 'rumoured')),
};

/** Faults beyond JSON Schema (ids, references, calendars, zones): the validator catches them. */
const SEMANTIC: Record<string, Raw> = {
  'duplicate event ids': variant((raw) => (raw.events[1].id = 'e1')),
  'unknown actor reference': variant((raw) => raw.events[0].actors.push('ghost')),
  'route to an unknown place': variant((raw) => (raw.routes[0].to = 'mars')),
  '30 February': variant((raw) => (raw.events[0].date = '2024-02-30')),
  'interval ending before it starts': variant((raw) => (raw.events[1].date = '2024-11-30/2024-11-29')),
  'unknown time zone': variant((raw) => (raw.timeZone = 'Mars/Olympus')),
};

describe('data/sitrep.schema.json and validateDataset', () => {
  it('both accept the shipped dataset and the small fixture', () => {
    expect(schemaValidator.validate(syria).errors.map((error) => `${error.instanceLocation}: ${error.error}`)).to.deep.equal([]);
    expect([schemaAccepts(syria), validatorAccepts(syria)]).to.deep.equal([true, true]);
    expect([schemaAccepts(smallDataset), validatorAccepts(smallDataset)]).to.deep.equal([true, true]);
  });

  for (const [name, data] of Object.entries(STRUCTURAL)) {
    it(`both reject: ${name}`, () => {
      expect({ schema: schemaAccepts(data), validator: validatorAccepts(data) }).to.deep.equal({ schema: false, validator: false });
    });
  }

  for (const [name, data] of Object.entries(SEMANTIC)) {
    it(`the validator rejects what the schema cannot see: ${name}`, () => {
      expect(validatorAccepts(data)).to.equal(false);
      expect(schemaAccepts(data), 'the schema is not expected to see this').to.equal(true);
    });
  }
});
