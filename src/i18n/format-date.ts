/**
 * Dates of the data in words, in the reader's language, through `Intl`.
 */
import type { TimeSpan } from '../model/types.js';
import type { Strings } from './strings.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and kind of date: creating them is the costly part of formatting. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions, kind: string): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, format);
  }
  return format;
}

function optionsFor(span: TimeSpan, timeZone: string): Intl.DateTimeFormatOptions {
  switch (span.precision) {
    case 'year':
      return { year: 'numeric', timeZone: 'UTC' };
    case 'month':
      return { month: 'long', year: 'numeric', timeZone: 'UTC' };
    case 'day':
      return { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    case 'minute':
      return { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' };
  }
}

/**
 * A span as readers see it: "6 December 2024", "6–8 December 2024", "December 2024",
 * "6 December 2024, 04:30 GMT+3". Calendar dates are UTC days; times use `timeZone`.
 */
export function formatSpan(span: TimeSpan, locale: string, timeZone = 'UTC'): string {
  // max is exclusive: the last day (or month, year) covered starts one ms earlier.
  const last = span.max - 1;
  const known = span.startBound === 'known' && span.endBound === 'known';
  // Calendar days (most dates) are written by formatDays, which formats each run of days once.
  if (!span.timed && span.precision === 'day') {
    if (known) return formatDays(span.min, span.max, locale);
    const day = span.startBound === 'known' ? span.min : last;
    return formatDays(day, day + 1, locale);
  }
  const format = formatter(locale, optionsFor(span, timeZone), `${span.precision}|${timeZone}`);
  if (span.timed) return span.max > span.min ? format.formatRange(span.min, span.max) : format.format(span.min);
  if (!known) return format.format(span.startBound === 'known' ? span.min : last);
  const single = format.format(span.min) === format.format(last);
  return single ? format.format(span.min) : format.formatRange(span.min, last);
}

/** The calendar days from `min` up to `max` (exclusive), such as "27 November – 21 December 2024". */
export function formatDays(min: number, max: number, locale: string): string {
  // Clusters and ranges are labelled on every frame of a zoom: remember what was formatted, by
  // the days covered (the text depends on nothing else), so that bins that move by less than a
  // day between frames reuse their text.
  const first = Math.floor(min / DAY);
  const last = Math.floor(Math.max(min, max - 1) / DAY);
  const key = `${locale}|${first}|${last}`;
  let text = formattedDays.get(key);
  if (text === undefined) {
    const format = formatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }, 'days');
    text = first === last ? format.format(first * DAY) : dayRange(format, locale, first, last);
    if (formattedDays.size > 5000) formattedDays.clear();
    formattedDays.set(key, text);
  }
  return text;
}

const DAY = 86_400_000;
const formattedDays = new Map<string, string>();

/** A range's text around the dates' fields: literal text, or which end's field goes there. */
type RangePattern = readonly (string | { readonly type: string; readonly end: boolean })[];
type Parts = readonly Intl.DateTimeFormatPart[];

const FIELDS = new Set(['day', 'month', 'year', 'literal']);
const rangePatterns = new Map<string, RangePattern | null>();

/**
 * A range of days as `formatRange` writes it, made from the two days' parts and the range's
 * pattern in this language: `formatRange` costs about twenty times a day's `formatToParts`, and a
 * first drawing of many events labels hundreds of clusters. The language's calendar decides the
 * pattern by the largest field that differs (year, month or day); each pattern is learnt once from
 * `formatRangeToParts`. Dates with any other field (an era, a cyclic year) take `formatRange`.
 */
function dayRange(format: Intl.DateTimeFormat, locale: string, first: number, last: number): string {
  const start = format.formatToParts(first * DAY);
  const end = format.formatToParts(last * DAY);
  const key = locale + ['year', 'month', 'day'].find((type) => field(start, type) !== field(end, type));
  let pattern = rangePatterns.get(key);
  if (pattern === undefined) rangePatterns.set(key, (pattern = learnPattern(format.formatRangeToParts(first * DAY, last * DAY), start, end)));
  return pattern && start.every(isField) && end.every(isField) ? fill(pattern, start, end) : format.formatRange(first * DAY, last * DAY);
}

const isField = (part: Intl.DateTimeFormatPart) => FIELDS.has(part.type);
const field = (parts: Parts, type: string) => parts.find((part) => part.type === type)?.value;

/**
 * The pattern of a range written in `parts`: a field written twice is the start's, then the end's;
 * once, both ends share it. (The parts' own `source` is not relied on: some languages' ranges
 * mark two different months as shared.) Null when the pattern does not give back the same text.
 */
function learnPattern(parts: Intl.DateTimeRangeFormatPart[], start: Parts, end: Parts): RangePattern | null {
  const seen = new Set<string>();
  const pattern = parts.map((part) => {
    if (part.type === 'literal') return part.value;
    const piece = { type: part.type, end: seen.has(part.type) };
    seen.add(part.type);
    return piece;
  });
  return parts.every(isField) && fill(pattern, start, end) === parts.map((part) => part.value).join('') ? pattern : null;
}

function fill(pattern: RangePattern, start: Parts, end: Parts): string {
  return pattern.map((piece) => (typeof piece === 'string' ? piece : field(piece.end ? end : start, piece.type))).join('');
}

/** The qualifier of a span in words ("approximate", "uncertain", "ongoing"), or ''. */
export function describeQualifiers(span: TimeSpan, strings: Strings): string {
  const words: string[] = [];
  if (span.approximate && span.uncertain) words.push(strings.approximateUncertain);
  else if (span.approximate) words.push(strings.approximate);
  else if (span.uncertain) words.push(strings.uncertain);
  if (span.endBound === 'open') words.push(strings.openEnd);
  if (span.endBound === 'unknown') words.push(strings.unknownEnd);
  return words.join(strings.comma);
}

/** A span with its qualifiers, as a screen reader hears it: "6 December 2024, approximate". */
export function describeSpan(span: TimeSpan, locale: string, strings: Strings, timeZone = 'UTC'): string {
  const qualifiers = describeQualifiers(span, strings);
  const date = formatSpan(span, locale, timeZone);
  return qualifiers ? `${date}${strings.comma}${qualifiers}` : date;
}

/** The `datetime` attribute of a `<time>`: the start, as a date or an instant. */
export function machineDate(span: TimeSpan): string {
  const iso = new Date(span.min).toISOString();
  switch (span.precision) {
    case 'year':
      return iso.slice(0, 4);
    case 'month':
      return iso.slice(0, 7);
    case 'day':
      return iso.slice(0, 10);
    case 'minute':
      return iso;
  }
}
