/**
 * What the full validator (`validate.ts`) and the reader of clean files (`clean.ts`) share: the
 * patterns a value must match, the fields each kind of item may have, which links are kept, and
 * the last step of every reader, {@link finishDataset}. One place for each rule, so the two
 * readers cannot drift apart.
 */
import { resolveOpenEnds } from './dates.js';
import type { Actor, ConflictEvent, Dataset, Place, Route } from './types.js';

/** Ids are used in attributes, URL hashes and comma-separated filters: no spaces or commas. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
/** A language tag such as `ar`, `fa` or `en-GB`. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** An ISO 3166-1 alpha-2 country code. */
export const COUNTRY = /^[A-Z]{2}$/;
/** A CSS colour as data may give one: hex, a keyword or a colour function of plain characters. */
export const COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([-0-9a-zA-Z.,%/ +]*\))$/;
/** Keys that must never reach an object's prototype. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The fields each kind of item may have; any other field is reported and ignored. */
export const KNOWN_KEYS = {
  dataset: ['version', 'title', 'description', 'updated', 'timeZone', 'actors', 'places', 'routes', 'events', '$schema'],
  actor: ['id', 'name', 'names', 'aliases', 'type', 'side', 'country', 'color', 'description'],
  place: ['id', 'name', 'names', 'lat', 'lon', 'country'],
  route: ['id', 'from', 'to', 'via', 'mode', 'date', 'actors', 'status', 'note', 'sources'],
  event: ['id', 'date', 'title', 'summary', 'type', 'subtype', 'actors', 'place', 'routes', 'status', 'fatalities', 'displayDate', 'sources', 'corrections'],
  source: ['name', 'url', 'published'],
  correction: ['date', 'note'],
} as const;

/**
 * Whether text shows something besides spaces, zero-width characters and direction marks: a
 * title or name that does not reaches a screen reader as a blank.
 */
export function showsText(text: string): boolean {
  return /[^\s\u200b-\u200f\u202a-\u202e\u2060-\u206f]/.test(text);
}

/** `table[key]` for the table's own keys only: a cell such as "constructor" or "__proto__" finds nothing. */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** An object that is not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A host of plain labels whose last one starts with a letter (not an IP address, not punycode),
// a port of up to four digits, and a path, query or fragment without spaces, controls or the
// characters a URL must escape: the URL parser accepts every such address. Anything else
// (users, IP addresses, other hosts, which the parser may refuse) takes the full parse.
// eslint-disable-next-line no-control-regex
const PLAIN_WEB_URL = /^https?:\/\/(?:(?!xn--)[a-z\d-]+\.)*(?!xn--)[a-z][a-z\d-]*\.?(?::\d{1,4})?(?:[/?#][^\s\u0000-\u001f"<>\\^`{|}]*)?$/i;

/** Only http(s) addresses become links. */
export function safeUrl(value: string): string | undefined {
  // Most sources are plain web addresses: accept them as written without a full parse.
  if (PLAIN_WEB_URL.test(value)) return value;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The validated parts of a dataset, before {@link finishDataset}. */
export interface DatasetParts {
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
  let anyOpen = false;
  // forEach, not for…of: see the reader of clean files (src/model/clean.ts).
  parts.events.forEach(({ when }) => {
    if (when.min < min) min = when.min;
    if (when.max > max) max = when.max;
    if (when.startBound === 'open' || when.endBound === 'open') anyOpen = true;
  });
  const extent = parts.events.length > 0 ? { min, max } : null;
  // A copy either way (the parts stay as they were); ends are resolved only where some are open.
  const events =
    extent && anyOpen
      ? parts.events.map((event) => (event.when.startBound === 'open' || event.when.endBound === 'open' ? { ...event, when: resolveOpenEnds(event.when, extent) } : event))
      : parts.events.slice();
  const sorted = sortByTime(events);
  return {
    version: 1,
    title: parts.title,
    ...(parts.description !== undefined ? { description: parts.description } : {}),
    ...(parts.updated !== undefined ? { updated: parts.updated, updatedAt: parts.updatedAt } : {}),
    ...(parts.timeZone !== undefined ? { timeZone: parts.timeZone } : {}),
    actors: [...parts.actorById.values()],
    places: [...parts.placeById.values()],
    routes: [...parts.routeById.values()],
    events: sorted,
    extent,
    actorById: parts.actorById,
    placeById: parts.placeById,
    routeById: parts.routeById,
  };
}

/**
 * Events in time order (start, then end); events with the same dates keep the order of the file.
 * Not sorted at all when the file is already in order, as most are. Otherwise the events are
 * grouped by start and, within a start, by end (many share a day), and only the distinct starts
 * and ends are sorted, with the engine's own numeric sort: no comparator call per comparison, and
 * each group keeps the file's order.
 */
function sortByTime(events: ConflictEvent[]): ConflictEvent[] {
  const count = events.length;
  let inOrder = true;
  for (let i = 1; i < count && inOrder; i++) {
    const [a, b] = [events[i - 1]!.when, events[i]!.when];
    inOrder = a.min < b.min || (a.min === b.min && a.max <= b.max);
  }
  if (inOrder) return events;
  const byStart = new Map<number, Map<number, ConflictEvent[]>>();
  events.forEach((event) => {
    const { min, max } = event.when;
    let byEnd = byStart.get(min);
    if (!byEnd) byStart.set(min, (byEnd = new Map()));
    const group = byEnd.get(max);
    if (group) group.push(event);
    else byEnd.set(max, [event]);
  });
  const sorted: ConflictEvent[] = [];
  for (const start of Float64Array.from(byStart.keys()).sort()) {
    const byEnd = byStart.get(start)!;
    // forEach: not push(...group), as one date may hold more events than a call takes arguments.
    for (const end of Float64Array.from(byEnd.keys()).sort()) byEnd.get(end)!.forEach((event) => sorted.push(event));
  }
  return sorted;
}
