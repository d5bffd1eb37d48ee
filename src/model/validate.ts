/**
 * Validation and normalisation of the native format (SPEC.md "The native data format").
 *
 * Every problem becomes a located `DataIssue`. An item with an error is left out and the rest
 * is kept; a warning keeps the item (dropping only the bad value, such as a link that is not
 * http(s) or a reference to an unknown actor). A file is "clean" when it yields no issue at
 * all; `data/sitrep.schema.json` accepts exactly the clean files, as far as JSON Schema can
 * say (it cannot check ids, references or calendar dates).
 */
import * as v from 'valibot';
import { isTimeZone, parseEdtf, resolveOpenEnds } from './dates.js';
import {
  ACTOR_TYPES,
  EVENT_TYPES,
  MODES,
  STATUSES,
  type Actor,
  type ConflictEvent,
  type Correction,
  type DataIssue,
  type Dataset,
  type Fatalities,
  type Place,
  type Route,
  type Source,
  type TimeSpan,
} from './types.js';

/** The outcome of validation: the dataset (null when nothing can be shown) and the issues. */
export interface ValidationResult {
  readonly dataset: Dataset | null;
  readonly issues: readonly DataIssue[];
}

/** Ids are used in attributes, URL hashes and comma-separated filters: no spaces or commas. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const COUNTRY = /^[A-Z]{2}$/;
const COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([-0-9a-zA-Z.,%/ +]*\))$/;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const requiredText = (field: string) => v.pipe(v.string(`${field} must be text`), v.trim(), v.minLength(1, `${field} is empty`));
const optionalText = (field: string) => v.optional(v.string(`${field} must be text`));
const id = (field = 'id') =>
  v.pipe(requiredText(field), v.regex(ID_PATTERN, `${field} must be letters, digits and - _ . : (no spaces or commas)`));
const idList = (field: string) => v.optional(v.array(v.string(`each of ${field} must be an id (text)`), `${field} must be a list of ids`));

const ActorShape = v.object({
  id: id(),
  name: requiredText('name'),
  names: v.optional(v.unknown()),
  aliases: v.optional(v.array(v.string('each alias must be text'), 'aliases must be a list of text')),
  type: v.optional(v.picklist(ACTOR_TYPES, `type must be one of ${ACTOR_TYPES.join(', ')}`)),
  side: optionalText('side'),
  country: optionalText('country'),
  color: optionalText('color'),
  description: optionalText('description'),
});

const PlaceShape = v.object({
  id: id(),
  name: requiredText('name'),
  names: v.optional(v.unknown()),
  lat: v.pipe(v.number('lat must be a number'), v.minValue(-90, 'lat must be between -90 and 90'), v.maxValue(90, 'lat must be between -90 and 90')),
  lon: v.pipe(v.number('lon must be a number'), v.minValue(-180, 'lon must be between -180 and 180'), v.maxValue(180, 'lon must be between -180 and 180')),
  country: optionalText('country'),
});

const RouteShape = v.object({
  id: id(),
  from: id('from'),
  to: id('to'),
  via: idList('via'),
  mode: v.picklist(MODES, `mode must be one of ${MODES.join(', ')}`),
  date: v.string('date must be text (EDTF)'),
  actors: idList('actors'),
  status: v.optional(v.picklist(STATUSES, `status must be one of ${STATUSES.join(', ')}`)),
  note: optionalText('note'),
  sources: v.optional(v.unknown()),
});

const count = (field: string) => v.pipe(v.number(`${field} must be a number`), v.integer(`${field} must be a whole number`), v.minValue(0, `${field} cannot be negative`));
const FatalitiesShape = v.union(
  [count('fatalities'), v.object({ min: count('fatalities.min'), max: count('fatalities.max') })],
  'fatalities must be a whole number or { "min", "max" }',
);

const EventShape = v.object({
  id: id(),
  date: v.string('date must be text (EDTF)'),
  title: requiredText('title'),
  summary: optionalText('summary'),
  type: v.picklist(EVENT_TYPES, `type must be one of ${EVENT_TYPES.join(', ')}`),
  subtype: optionalText('subtype'),
  actors: idList('actors'),
  place: v.optional(id('place')),
  routes: idList('routes'),
  status: v.optional(v.picklist(STATUSES, `status must be one of ${STATUSES.join(', ')}`)),
  fatalities: v.optional(FatalitiesShape),
  displayDate: optionalText('displayDate'),
  sources: v.optional(v.unknown()),
  corrections: v.optional(v.unknown()),
});

const KNOWN_KEYS = {
  dataset: ['version', 'title', 'description', 'updated', 'timeZone', 'actors', 'places', 'routes', 'events', '$schema'],
  actor: Object.keys(ActorShape.entries),
  place: Object.keys(PlaceShape.entries),
  route: Object.keys(RouteShape.entries),
  event: Object.keys(EventShape.entries),
  source: ['name', 'url', 'published'],
  correction: ['date', 'note'],
} as const;

/** Formats a JSON path: `$.events[3].date`. */
export function jsonPath(base: string, ...keys: readonly (string | number)[]): string {
  let path = base;
  for (const key of keys) {
    path += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return path;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps long values readable in messages and issue lists. */
function shorten(value: unknown): unknown {
  return typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…` : value;
}

class IssueLog {
  readonly issues: DataIssue[] = [];
  error(path: string, message: string, value?: unknown): void {
    this.issues.push(value === undefined ? { severity: 'error', path, message } : { severity: 'error', path, message, value: shorten(value) });
  }
  warning(path: string, message: string, value?: unknown): void {
    this.issues.push(value === undefined ? { severity: 'warning', path, message } : { severity: 'warning', path, message, value: shorten(value) });
  }
}

/** Runs a Valibot shape and turns its issues into located errors; returns the output or null. */
function check<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown, path: string, log: IssueLog, what: string): v.InferOutput<TSchema> | null {
  if (!isRecord(input)) {
    log.error(path, `each ${what} must be an object`, input);
    return null;
  }
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  for (const issue of result.issues) {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const at = jsonPath(path, ...keys);
    if (issue.input === undefined && keys.length > 0) log.error(at, `${String(keys.at(-1))} is missing from this ${what}`);
    else log.error(at, issue.message, issue.input);
  }
  return null;
}

function warnUnknownKeys(input: Record<string, unknown>, known: readonly string[], path: string, log: IssueLog): void {
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) log.warning(jsonPath(path, key), `unknown field "${key}" is ignored (known fields: ${known.join(', ')})`);
  }
}

/** A language → name map; reserved keys never reach an object prototype. */
function readNames(input: unknown, path: string, log: IssueLog): Record<string, string> {
  const names: Record<string, string> = Object.create(null);
  if (input === undefined) return names;
  if (!isRecord(input)) {
    log.warning(path, 'names must be an object of language tag → name, such as { "ar": "…" }', input);
    return names;
  }
  for (const [tag, name] of Object.entries(input)) {
    const at = jsonPath(path, tag);
    if (RESERVED_KEYS.has(tag) || !LANGUAGE_TAG.test(tag)) log.warning(at, `"${tag}" is not a language tag (such as ar, fa, en-GB); the name is ignored`);
    else if (typeof name !== 'string' || name.trim() === '') log.warning(at, 'a name must be non-empty text; it is ignored', name);
    else names[tag] = name.trim();
  }
  return names;
}

/** Only http(s) addresses become links. */
export function safeUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function readSources(input: unknown, path: string, log: IssueLog, timeZone: string | undefined): Source[] {
  if (input === undefined) {
    log.warning(path, 'no sources: give at least one { "name", "url" } so readers can check the report');
    return [];
  }
  if (!Array.isArray(input)) {
    log.warning(path, 'sources must be a list of { "name", "url"?, "published"? }; they are ignored', input);
    return [];
  }
  if (input.length === 0) log.warning(path, 'no sources: give at least one { "name", "url" } so readers can check the report');
  const sources: Source[] = [];
  input.forEach((raw, index) => {
    const at = jsonPath(path, index);
    if (!isRecord(raw) || typeof raw.name !== 'string' || raw.name.trim() === '') {
      log.warning(at, 'a source needs a "name" (text); this source is ignored', raw);
      return;
    }
    warnUnknownKeys(raw, KNOWN_KEYS.source, at, log);
    let url: string | undefined;
    if (raw.url !== undefined) {
      url = typeof raw.url === 'string' ? safeUrl(raw.url) : undefined;
      if (!url) log.warning(jsonPath(at, 'url'), 'only http: and https: addresses are shown as links; this one is dropped', raw.url);
    }
    let published: string | undefined;
    if (raw.published !== undefined) {
      const parsed = typeof raw.published === 'string' ? parseEdtf(raw.published, { timeZone }) : undefined;
      if (parsed?.ok) published = raw.published as string;
      else log.warning(jsonPath(at, 'published'), parsed ? parsed.message : 'published must be a date (text)', raw.published);
    }
    sources.push({ name: raw.name.trim(), ...(url ? { url } : {}), ...(published ? { published } : {}) });
  });
  return sources;
}

function readCorrections(input: unknown, path: string, log: IssueLog, timeZone: string | undefined): Correction[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    log.warning(path, 'corrections must be a list of { "date", "note" }; they are ignored', input);
    return [];
  }
  const corrections: Correction[] = [];
  input.forEach((raw, index) => {
    const at = jsonPath(path, index);
    if (!isRecord(raw) || typeof raw.note !== 'string' || typeof raw.date !== 'string') {
      log.warning(at, 'a correction needs a "date" and a "note" (text); it is ignored', raw);
      return;
    }
    warnUnknownKeys(raw, KNOWN_KEYS.correction, at, log);
    const parsed = parseEdtf(raw.date, { timeZone });
    if (!parsed.ok) {
      log.warning(jsonPath(at, 'date'), parsed.message, raw.date);
      return;
    }
    corrections.push({ date: raw.date, note: raw.note });
  });
  return corrections;
}

/** Reads an array field of the dataset; anything else is an error and counts as empty. */
function readList(input: Record<string, unknown>, key: string, log: IssueLog, required = false): unknown[] {
  const value = input[key];
  if (value === undefined) {
    if (required) log.error(jsonPath('$', key), `the dataset has no "${key}" list`);
    return [];
  }
  if (!Array.isArray(value)) {
    log.error(jsonPath('$', key), `${key} must be a list`, value);
    return [];
  }
  return value;
}

/** Keeps the first item of each id; later ones are errors. */
function isNewId(seen: { has(id: string): boolean }, itemId: string, path: string, what: string, log: IssueLog): boolean {
  if (!seen.has(itemId)) return true;
  log.error(jsonPath(path, 'id'), `duplicate ${what} id "${itemId}": ids must be unique, so this ${what} is left out`, itemId);
  return false;
}

/** Keeps the ids that resolve; each one that does not is a warning. */
function resolveRefs(ids: readonly string[] | undefined, known: ReadonlyMap<string, unknown>, path: string, what: string, log: IssueLog): string[] {
  const kept: string[] = [];
  (ids ?? []).forEach((ref, index) => {
    if (known.has(ref)) kept.push(ref);
    else log.warning(jsonPath(path, index), `unknown ${what} "${ref}": no ${what} in the dataset has this id, so the reference is dropped`, ref);
  });
  return kept;
}

/** Reads the `date` of an event or route, also when its other fields failed, so every problem is reported at once. */
function readRawDate(raw: unknown, path: string, log: IssueLog, timeZone: string | undefined, what: string): TimeSpan | null {
  const date = isRecord(raw) ? raw.date : undefined;
  if (typeof date !== 'string') return null;
  const parsed = parseEdtf(date, { timeZone });
  if (parsed.ok) return parsed.span;
  log.error(jsonPath(path, 'date'), `${parsed.message}; this ${what} is left out`, date);
  return null;
}

/**
 * Validates a dataset in the native format and normalises it. Never throws.
 * `dataset` is null only when nothing can be shown (not an object, an unknown version,
 * no `events` list, or no valid event among several).
 */
export function validateDataset(input: unknown): ValidationResult {
  const log = new IssueLog();
  if (!isRecord(input)) {
    log.error('$', 'the file must hold one JSON object with "version", "title" and "events"', Array.isArray(input) ? '[…]' : input);
    return { dataset: null, issues: log.issues };
  }
  warnUnknownKeys(input, KNOWN_KEYS.dataset, '$', log);
  if (input.version === undefined) {
    log.warning('$.version', 'the dataset has no "version"; reading it as version 1');
  } else if (input.version !== 1) {
    log.error('$.version', `version ${JSON.stringify(input.version)} is not one this library reads (it reads version 1)`, input.version);
    return { dataset: null, issues: log.issues };
  }
  if (!Array.isArray(input.events)) {
    log.error('$.events', input.events === undefined ? 'the dataset has no "events" list' : 'events must be a list', input.events);
    return { dataset: null, issues: log.issues };
  }

  let timeZone: string | undefined;
  if (input.timeZone !== undefined) {
    if (typeof input.timeZone === 'string' && isTimeZone(input.timeZone)) timeZone = input.timeZone;
    else log.warning('$.timeZone', 'timeZone must be an IANA zone such as "Asia/Damascus"; times are shown in UTC', input.timeZone);
  }
  let title = 'Timeline';
  if (typeof input.title === 'string' && input.title.trim() !== '') title = input.title.trim();
  else log.warning('$.title', 'the dataset has no "title"; the elements are named "Timeline"', input.title);
  let description: string | undefined;
  if (input.description !== undefined) {
    if (typeof input.description === 'string') description = input.description;
    else log.warning('$.description', 'description must be text; it is ignored', input.description);
  }
  let updated: string | undefined;
  let updatedAt: number | undefined;
  if (input.updated !== undefined) {
    const parsed = typeof input.updated === 'string' ? parseEdtf(input.updated, { timeZone }) : undefined;
    if (parsed?.ok) {
      updated = input.updated as string;
      updatedAt = parsed.span.timed ? parsed.span.min : parsed.span.max;
    } else log.warning('$.updated', parsed ? parsed.message : 'updated must be a date (text)', input.updated);
  }

  const actorById = new Map<string, Actor>();
  readList(input, 'actors', log).forEach((raw, index) => {
    const path = jsonPath('$.actors', index);
    const shape = check(ActorShape, raw, path, log, 'actor');
    if (!shape || !isNewId(actorById, shape.id, path, 'actor', log)) return;
    warnUnknownKeys(raw as Record<string, unknown>, KNOWN_KEYS.actor, path, log);
    const { country, color, names, ...rest } = shape;
    if (country !== undefined && !COUNTRY.test(country)) log.warning(jsonPath(path, 'country'), 'country must be an ISO 3166-1 alpha-2 code such as "SY"; it is ignored', country);
    if (color !== undefined && !COLOR.test(color)) log.warning(jsonPath(path, 'color'), 'color must be a CSS colour such as "#b33" or "oklch(60% 0.15 30)"; it is ignored', color);
    actorById.set(shape.id, {
      ...rest,
      names: readNames(names, jsonPath(path, 'names'), log),
      aliases: shape.aliases ?? [],
      ...(country !== undefined && COUNTRY.test(country) ? { country } : {}),
      ...(color !== undefined && COLOR.test(color) ? { color } : {}),
    });
  });

  const placeById = new Map<string, Place>();
  readList(input, 'places', log).forEach((raw, index) => {
    const path = jsonPath('$.places', index);
    const shape = check(PlaceShape, raw, path, log, 'place');
    if (!shape || !isNewId(placeById, shape.id, path, 'place', log)) return;
    warnUnknownKeys(raw as Record<string, unknown>, KNOWN_KEYS.place, path, log);
    const { country, names, ...rest } = shape;
    if (country !== undefined && !COUNTRY.test(country)) log.warning(jsonPath(path, 'country'), 'country must be an ISO 3166-1 alpha-2 code such as "SY"; it is ignored', country);
    placeById.set(shape.id, {
      ...rest,
      names: readNames(names, jsonPath(path, 'names'), log),
      ...(country !== undefined && COUNTRY.test(country) ? { country } : {}),
    });
  });

  const routeById = new Map<string, Route>();
  readList(input, 'routes', log).forEach((raw, index) => {
    const path = jsonPath('$.routes', index);
    const shape = check(RouteShape, raw, path, log, 'route');
    const when = readRawDate(raw, path, log, timeZone, 'route');
    if (!shape) return;
    let ends = true;
    for (const end of ['from', 'to'] as const) {
      if (!placeById.has(shape[end])) {
        log.error(jsonPath(path, end), `unknown place "${shape[end]}": a route's ${end} must be the id of a place in the dataset; this route is left out`, shape[end]);
        ends = false;
      }
    }
    if (!when || !ends || !isNewId(routeById, shape.id, path, 'route', log)) return;
    warnUnknownKeys(raw as Record<string, unknown>, KNOWN_KEYS.route, path, log);
    const { sources, ...rest } = shape;
    routeById.set(shape.id, {
      ...rest,
      when,
      via: resolveRefs(shape.via, placeById, jsonPath(path, 'via'), 'place', log),
      actors: resolveRefs(shape.actors, actorById, jsonPath(path, 'actors'), 'actor', log),
      sources: sources === undefined ? [] : readSources(sources, jsonPath(path, 'sources'), log, timeZone),
    });
  });

  const events: ConflictEvent[] = [];
  const eventIds = new Set<string>();
  const rawEvents = input.events as unknown[];
  rawEvents.forEach((raw, index) => {
    const path = jsonPath('$.events', index);
    const shape = check(EventShape, raw, path, log, 'event');
    const when = readRawDate(raw, path, log, timeZone, 'event');
    if (!shape) return;
    if (!when || !isNewId(eventIds, shape.id, path, 'event', log)) return;
    eventIds.add(shape.id);
    warnUnknownKeys(raw as Record<string, unknown>, KNOWN_KEYS.event, path, log);
    const { sources, corrections, fatalities, place, ...rest } = shape;
    let fatalityRange: Fatalities | undefined;
    if (typeof fatalities === 'number') fatalityRange = { min: fatalities, max: fatalities };
    else if (fatalities) {
      if (fatalities.max < fatalities.min) log.warning(jsonPath(path, 'fatalities'), 'fatalities.max is below fatalities.min; the figures are swapped', fatalities);
      fatalityRange = { min: Math.min(fatalities.min, fatalities.max), max: Math.max(fatalities.min, fatalities.max) };
    }
    const knownPlace = place !== undefined && placeById.has(place);
    if (place !== undefined && !knownPlace) {
      log.warning(jsonPath(path, 'place'), `unknown place "${place}": no place in the dataset has this id, so the reference is dropped`, place);
    }
    events.push({
      ...rest,
      when,
      actors: resolveRefs(shape.actors, actorById, jsonPath(path, 'actors'), 'actor', log),
      routes: resolveRefs(shape.routes, routeById, jsonPath(path, 'routes'), 'route', log),
      ...(knownPlace ? { place } : {}),
      ...(fatalityRange ? { fatalities: fatalityRange } : {}),
      sources: readSources(sources, jsonPath(path, 'sources'), log, timeZone),
      corrections: readCorrections(corrections, jsonPath(path, 'corrections'), log, timeZone),
    });
  });

  if (rawEvents.length > 0 && events.length === 0) {
    log.error('$.events', `none of the ${rawEvents.length} events could be read; see the issues above`);
    return { dataset: null, issues: log.issues };
  }
  return { dataset: finishDataset({ title, description, updated, updatedAt, timeZone, actorById, placeById, routeById, events }), issues: log.issues };
}

interface DatasetParts {
  title: string;
  description?: string;
  updated?: string;
  updatedAt?: number;
  timeZone?: string;
  actorById: Map<string, Actor>;
  placeById: Map<string, Place>;
  routeById: Map<string, Route>;
  events: ConflictEvent[];
}

/**
 * Builds the normalised dataset from validated parts: resolves open-ended dates against the
 * extent of the known ones and sorts the events in time order. Importers of other formats end here too.
 */
export function finishDataset(parts: DatasetParts): Dataset {
  let min = Infinity;
  let max = -Infinity;
  for (const { when } of parts.events) {
    if (when.min < min) min = when.min;
    if (when.max > max) max = when.max;
  }
  const extent = parts.events.length > 0 ? { min, max } : null;
  const events = extent
    ? parts.events.map((event) => (event.when.startBound === 'open' || event.when.endBound === 'open' ? { ...event, when: resolveOpenEnds(event.when, extent) } : event))
    : parts.events;
  events.sort((a, b) => a.when.min - b.when.min || a.when.max - b.when.max || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    version: 1,
    title: parts.title,
    ...(parts.description !== undefined ? { description: parts.description } : {}),
    ...(parts.updated !== undefined ? { updated: parts.updated, updatedAt: parts.updatedAt } : {}),
    ...(parts.timeZone !== undefined ? { timeZone: parts.timeZone } : {}),
    actors: [...parts.actorById.values()],
    places: [...parts.placeById.values()],
    routes: [...parts.routeById.values()],
    events,
    extent,
    actorById: parts.actorById,
    placeById: parts.placeById,
    routeById: parts.routeById,
  };
}
