/**
 * The reader of clean files: a dataset in the native format on which validation would report
 * nothing at all, read in one pass without building a message, a path or a closure per field.
 *
 * It gives exactly the dataset that `validateDataset` gives for the same input, or null as soon
 * as anything would be reported (an error or a warning); the caller then runs the full validator,
 * which says what and where. Published data files are clean, so this is the path pages take; the
 * self-contained bundle carries only this reader and loads the full validator when a file needs
 * it. `test/model/clean.test.ts` holds the two to the same result.
 */
import { isTimeZone, parseEdtf, quickSpan } from './dates.js';
import { COLOR, COUNTRY, finishDataset, ID_PATTERN, isRecord, KNOWN_KEYS, LANGUAGE_TAG, RESERVED_KEYS, safeUrl, showsText } from './rules.js';
import {
  ACTOR_TYPES,
  EVENT_TYPES,
  MODES,
  STATUSES,
  type Actor,
  type ConflictEvent,
  type Correction,
  type Dataset,
  type Fatalities,
  type Place,
  type Route,
  type Source,
  type TimeSpan,
} from './types.js';

/** Thrown inside the reader when something would be reported; never leaves this module. */
const NOT_CLEAN: unique symbol = Symbol('not clean');
type Raw = Record<string, unknown>;

function reject(): never {
  throw NOT_CLEAN;
}

// Vocabularies map each word to the one copy of it here, and references to the id of what they
// name: every event then shares those strings (fewer of them, and lanes group by them quicker).
const vocabulary = (words: readonly string[]): ReadonlyMap<unknown, string> => new Map(words.map((word) => [word, word]));
const eventTypes = vocabulary(EVENT_TYPES);
const actorTypes = vocabulary(ACTOR_TYPES);
const statuses = vocabulary(STATUSES);
const modes = vocabulary(MODES);
const knownSets = Object.fromEntries(Object.entries(KNOWN_KEYS).map(([kind, keys]) => [kind, new Set<string>(keys)])) as unknown as Record<keyof typeof KNOWN_KEYS, ReadonlySet<string>>;

/** The item as a record with only the fields its kind may have. */
function record(value: unknown, kind: keyof typeof KNOWN_KEYS): Raw {
  if (!isRecord(value)) reject();
  const known = knownSets[kind];
  for (const key in value) if (!known.has(key) && Object.prototype.hasOwnProperty.call(value, key)) reject();
  return value;
}

/** Text (absent is undefined). */
function text(value: unknown): string | undefined {
  if (value !== undefined && typeof value !== 'string') reject();
  return value;
}

/** Text that is not blank, trimmed. */
function filled(value: unknown): string {
  if (typeof value !== 'string') reject();
  return showsText(value) ? value.trim() : reject();
}

/** An id, trimmed as the validator trims it. */
function id(value: unknown): string {
  const trimmed = filled(value);
  return ID_PATTERN.test(trimmed) ? trimmed : reject();
}

/** Text that matches `pattern`. */
function matching(value: unknown, pattern: RegExp): string {
  return typeof value === 'string' && pattern.test(value) ? value : reject();
}

/** One of a vocabulary (absent is undefined unless required). */
function oneOf<T>(value: unknown, allowed: ReadonlyMap<unknown, string>, required = false): T | undefined {
  if (value === undefined && !required) return undefined;
  return (allowed.get(value) as T | undefined) ?? reject();
}

function date(value: unknown, timeZone: string | undefined): TimeSpan {
  if (typeof value !== 'string') reject();
  // A plain day or range of days (most dates) is read without the parser's result and options objects.
  const quick = quickSpan(value);
  if (quick) return quick;
  const parsed = parseEdtf(value, { timeZone });
  return parsed.ok ? parsed.span : reject();
}

/** An absent list: one frozen empty array shared by every item that has none (most events have no routes or corrections). */
const NONE: readonly never[] = Object.freeze([]);

/** A list of ids that all name items of `known` (absent is empty), as the ids of those items. */
function refs(value: unknown, known: ReadonlyMap<unknown, { readonly id: string }>): readonly string[] {
  return value === undefined ? NONE : list(value).map((ref) => known.get(ref)?.id ?? reject());
}

function names(value: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (value === undefined) return out;
  if (!isRecord(value)) reject();
  for (const [tag, name] of Object.entries(value)) {
    if (RESERVED_KEYS.has(tag) || !LANGUAGE_TAG.test(tag)) reject();
    out[tag] = filled(name);
  }
  return out;
}

function count(value: unknown): number {
  return Number.isInteger(value) && (value as number) >= 0 ? (value as number) : reject();
}

function fatalities(value: unknown): Fatalities | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return { min: count(value), max: value };
  if (!isRecord(value)) reject();
  const min = count(value.min);
  const max = count(value.max);
  return max < min ? reject() : { min, max };
}

function unique(seen: { has(id: string): boolean }, itemId: string): string {
  return seen.has(itemId) ? reject() : itemId;
}

/**
 * A list (absent is empty). A sparse array (one handed over as `.data` can be) is declined: map and
 * forEach would skip its holes, and the validator reports each where it is.
 */
function list(value: unknown): readonly unknown[] {
  if (value === undefined) return NONE;
  return Array.isArray(value) && !value.includes(undefined) ? value : reject();
}

function sources(value: unknown, timeZone: string | undefined, required: boolean): readonly Source[] {
  if (value === undefined && !required) return NONE;
  const items = list(value);
  if (items.length === 0) reject();
  return items.map((raw) => {
    const item = record(raw, 'source');
    const name = filled(item.name);
    const url = item.url === undefined ? undefined : (typeof item.url === 'string' && safeUrl(item.url)) || reject();
    // One literal with the name and the link: a field added to an object afterwards is kept in a
    // second, separate array of properties (about 20 B more for each of a file's sources).
    const source: { name: string; url?: string; published?: string } = url ? { name, url } : { name };
    if (item.published !== undefined) {
      date(item.published, timeZone);
      source.published = item.published as string;
    }
    return source;
  });
}

function corrections(value: unknown, timeZone: string | undefined): readonly Correction[] {
  if (value === undefined) return NONE;
  return list(value).map((raw) => {
    const item = record(raw, 'correction');
    if (typeof item.note !== 'string') reject();
    date(item.date, timeZone);
    return { date: item.date as string, note: item.note };
  });
}

function read(input: unknown): Dataset {
  const file = record(input, 'dataset');
  if (file.version !== 1 || !Array.isArray(file.events)) reject();
  let timeZone: string | undefined;
  if (file.timeZone !== undefined) timeZone = typeof file.timeZone === 'string' && isTimeZone(file.timeZone) ? file.timeZone : reject();
  const title = filled(file.title);
  const description = text(file.description);
  let updatedAt: number | undefined;
  if (file.updated !== undefined) {
    const span = date(file.updated, timeZone);
    updatedAt = span.timed ? span.min : span.max;
  }

  const actorById = new Map<string, Actor>();
  for (const raw of list(file.actors)) {
    const item = record(raw, 'actor');
    const actor: { -readonly [K in keyof Actor]: Actor[K] } = { id: unique(actorById, id(item.id)), name: filled(item.name), names: names(item.names), aliases: [] };
    if (item.aliases !== undefined) {
      if (list(item.aliases).some((alias) => typeof alias !== 'string')) reject();
      actor.aliases = item.aliases as string[];
    }
    const type = oneOf<Actor['type']>(item.type, actorTypes);
    if (type !== undefined) actor.type = type;
    for (const key of ['side', 'description'] as const) if (text(item[key]) !== undefined) actor[key] = item[key] as string;
    if (item.country !== undefined) actor.country = matching(item.country, COUNTRY);
    if (item.color !== undefined) actor.color = matching(item.color, COLOR);
    actorById.set(actor.id, actor);
  }

  const placeById = new Map<string, Place>();
  for (const raw of list(file.places)) {
    const item = record(raw, 'place');
    const [lat, lon] = [item.lat, item.lon];
    if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90) || typeof lon !== 'number' || !(lon >= -180 && lon <= 180)) reject();
    const place: { -readonly [K in keyof Place]: Place[K] } = { id: unique(placeById, id(item.id)), name: filled(item.name), lat, lon, names: names(item.names) };
    if (item.country !== undefined) place.country = matching(item.country, COUNTRY);
    placeById.set(place.id, place);
  }

  const routeById = new Map<string, Route>();
  for (const raw of list(file.routes)) {
    const item = record(raw, 'route');
    const from = id(item.from);
    const to = id(item.to);
    if (!placeById.has(from) || !placeById.has(to)) reject();
    const route: { -readonly [K in keyof Route]: Route[K] } = {
      id: unique(routeById, id(item.id)),
      from,
      to,
      mode: oneOf<Route['mode']>(item.mode, modes, true)!,
      date: item.date as string,
      when: date(item.date, timeZone),
      via: refs(item.via, placeById),
      actors: refs(item.actors, actorById),
      sources: sources(item.sources, timeZone, false),
    };
    const status = oneOf<Route['status']>(item.status, statuses);
    if (status !== undefined) route.status = status;
    if (text(item.note) !== undefined) route.note = item.note as string;
    routeById.set(route.id, route);
  }

  const events: ConflictEvent[] = [];
  const eventIds = new Set<string>();
  // Events of the same date share one span (spans are read-only): far fewer objects to keep and to collect.
  const spans = new Map<unknown, TimeSpan>();
  const eventDate = (value: unknown): TimeSpan => {
    let span = spans.get(value);
    if (!span) spans.set(value, (span = date(value, timeZone)));
    return span;
  };
  // forEach over the events, here and wherever every event is visited once per file: the function
  // called per event is optimised by the engine after a few hundred calls, where the body of a loop
  // in a function that runs once waits for on-stack replacement (bench/WHY.md).
  list(file.events).forEach((raw) => {
    const item = record(raw, 'event');
    const eventId = unique(eventIds, id(item.id));
    eventIds.add(eventId);
    const place = item.place === undefined ? undefined : (placeById.get(id(item.place))?.id ?? reject());
    // The same fields in the same order as the validator's events: one shape for all events.
    events.push({
      id: eventId,
      date: item.date as string,
      when: eventDate(item.date),
      title: filled(item.title),
      summary: text(item.summary),
      type: oneOf<ConflictEvent['type']>(item.type, eventTypes, true)!,
      subtype: text(item.subtype),
      actors: refs(item.actors, actorById),
      place,
      routes: refs(item.routes, routeById),
      status: oneOf<ConflictEvent['status']>(item.status, statuses),
      fatalities: fatalities(item.fatalities),
      displayDate: text(item.displayDate),
      sources: sources(item.sources, timeZone, true),
      corrections: corrections(item.corrections, timeZone),
    });
  });
  return finishDataset({ title, description, updated: file.updated as string | undefined, updatedAt, timeZone, actorById, placeById, routeById, events });
}

/**
 * Reads a dataset in the native format on which validation would report nothing, giving what
 * `validateDataset` would; null when anything would be reported (run the validator then).
 * Never throws.
 */
export function readCleanDataset(input: unknown): Dataset | null {
  try {
    return read(input);
  } catch {
    // NOT_CLEAN, or a value that throws when read (a getter of an object handed over as
    // `.data`): either way the validator takes the file, and reports what it can.
    return null;
  }
}
