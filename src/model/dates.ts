/**
 * Dates of the data: the EDTF (ISO 8601-2) forms of SPEC.md, read into `TimeSpan`s.
 *
 * Read: `2024`, `2024-12`, `2024-12-06`, date-times with `Z` or an offset
 * (`2024-12-06T04:30+03:00`; without one, the dataset's time zone, else UTC), unspecified digits
 * (`2024-12-XX`, `202X`), the qualifiers `?` `~` `%` on a whole date, intervals `A/B` with open
 * (`..`) or unknown (empty) ends, and the level-2 sets `[a, b]` (one of) and `{a..b}` (all of).
 *
 * Calendar dates are UTC days, so a reader's own zone never moves an event across a day.
 * This is a small scanner rather than the `edtf` package (13 KB gzip, more than a third of the
 * bundle budget); the tests check it against that package on every form both read.
 */
import type { Bound, DatePrecision, TimeSpan } from './types.js';

/** The outcome of reading one date: the span, or a message that says what is wrong. */
export type DateParseResult = { readonly ok: true; readonly span: TimeSpan } | { readonly ok: false; readonly message: string };

/** Options for {@link parseEdtf}. */
export interface DateParseOptions {
  /** IANA zone for date-times written without `Z` or an offset (default UTC). */
  readonly timeZone?: string;
}

const EXAMPLES = 'EDTF such as 2024-12-06, 2024-12, 2024-12-06T04:30+03:00 or 2024-12-06/2024-12-08';

class DateSyntaxError extends Error {}

interface Point {
  min: number;
  max: number;
  precision: DatePrecision;
  uncertain: boolean;
  approximate: boolean;
  timed: boolean;
}

/**
 * Reads one EDTF date into the interval it covers. Never throws: a date that cannot be read
 * gives `{ ok: false, message }`, where the message names the problem and the expected form.
 *
 * @example
 * parseEdtf('2024-12-06~').span // { min: Date.UTC(2024, 11, 6), max: Date.UTC(2024, 11, 7), precision: 'day', approximate: true, … }
 */
export function parseEdtf(text: string, options: DateParseOptions = {}): DateParseResult {
  if (typeof text !== 'string') return { ok: false, message: `a date must be a string (${EXAMPLES})` };
  const quick = quickSpan(text);
  if (quick) return { ok: true, span: quick };
  const source = text.trim();
  if (source === '') return { ok: false, message: `the date is empty (expected ${EXAMPLES})` };
  try {
    return { ok: true, span: readSpan(source, options) };
  } catch (error) {
    if (error instanceof DateSyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}

/** A day `YYYY-MM-DD` read from character codes, or NaN when the text at `at` is not exactly that (or no such day exists). */
function quickDay(text: string, at: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    const code = text.charCodeAt(at + i);
    if (i === 4 || i === 7) {
      if (code !== 45) return NaN; // '-'
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return NaN;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  if (month < 1 || month > 12 || day < 1) return NaN;
  return day > daysInMonth(year, month) ? NaN : utc(year, month - 1, day);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY_MS = 86_400_000;

/** The number of days of `month` (1–12) in `year`. */
function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : DAYS_IN_MONTH[month - 1]!;
}

/**
 * The two forms most data is written in, a day and an interval of days, read without the full
 * scanner (a file of 100,000 events is mostly these). Anything else, or anything wrong, returns
 * undefined and goes the long way, which also explains what is wrong.
 */
export function quickSpan(text: string): TimeSpan | undefined {
  const interval = text.length === 21 && text.charCodeAt(10) === 47;
  if (text.length !== 10 && !interval) return undefined;
  const min = quickDay(text, 0);
  const last = interval ? quickDay(text, 11) : min;
  // False when either day is NaN, as well as when the interval ends before it starts.
  if (!(last >= min)) return undefined;
  return { edtf: text, min, max: last + DAY_MS, precision: 'day', uncertain: false, approximate: false, timed: false, startBound: 'known', endBound: 'known' };
}

function readSpan(source: string, options: DateParseOptions): TimeSpan {
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(source)) {
    throw new DateSyntaxError(`"${source}" is ambiguous; write dates year first, as YYYY-MM-DD (for example 2024-12-06)`);
  }
  if (source.startsWith('[') || source.startsWith('{')) return readSet(source, options);
  const slash = source.indexOf('/');
  if (slash === -1) {
    if (source === '..') throw new DateSyntaxError('".." (open) is only allowed as one end of an interval');
    const point = readPoint(source, options);
    return span(source, point, point, 'known', 'known');
  }
  if (source.indexOf('/', slash + 1) !== -1) throw new DateSyntaxError(`"${source}" has more than one "/"; an interval is start/end`);
  const [left, right] = [source.slice(0, slash).trim(), source.slice(slash + 1).trim()];
  const startBound = boundOf(left);
  const endBound = boundOf(right);
  if (startBound !== 'known' && endBound !== 'known') throw new DateSyntaxError(`"${source}" has no known end; at least one end must be a date`);
  const start = startBound === 'known' ? readPoint(left, options) : undefined;
  const end = endBound === 'known' ? readPoint(right, options) : undefined;
  // A period that is over when the start begins ends before it; two equal instants are a point.
  if (start && end && (end.timed ? end.max < start.min : end.max <= start.min)) {
    throw new DateSyntaxError(`the interval "${source}" ends before it starts`);
  }
  return span(source, start ?? end!, end ?? start!, startBound, endBound);
}

function boundOf(part: string): Bound {
  if (part === '') return 'unknown';
  if (part === '..') return 'open';
  return 'known';
}

function span(edtf: string, first: Point, last: Point, startBound: Bound, endBound: Bound): TimeSpan {
  const min = startBound === 'known' ? first.min : last.min;
  const max = endBound === 'known' ? last.max : first.max;
  return {
    edtf,
    min,
    max: Math.max(min, max),
    precision: coarser(first.precision, last.precision),
    uncertain: first.uncertain || last.uncertain,
    approximate: first.approximate || last.approximate,
    timed: first.timed && last.timed,
    startBound,
    endBound,
  };
}

const PRECISION_ORDER: readonly DatePrecision[] = ['year', 'month', 'day', 'minute'];
function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_ORDER.indexOf(a) <= PRECISION_ORDER.indexOf(b) ? a : b;
}

/** `[a, b, c..d]` (one of: uncertain which) and `{a, b..c}` (all of). */
function readSet(source: string, options: DateParseOptions): TimeSpan {
  const close = source.startsWith('[') ? ']' : '}';
  if (!source.endsWith(close)) throw new DateSyntaxError(`"${source}" opens a set with "${source[0]}" but does not close it with "${close}"`);
  const members = source
    .slice(1, -1)
    .split(',')
    .map((member) => member.trim());
  if (members.length === 0 || members.some((member) => member === '')) {
    throw new DateSyntaxError(`"${source}" has an empty member; list dates separated by commas`);
  }
  const points: Point[] = [];
  for (const member of members) {
    const range = member.indexOf('..');
    if (range === -1) {
      points.push(readPoint(member, options));
      continue;
    }
    const [a, b] = [member.slice(0, range).trim(), member.slice(range + 2).trim()];
    if (a === '' || b === '') throw new DateSyntaxError(`"${member}" in a set needs dates on both sides of ".."`);
    points.push(readPoint(a, options), readPoint(b, options));
  }
  const first = points.reduce((x, y) => (y.min < x.min ? y : x));
  const last = points.reduce((x, y) => (y.max > x.max ? y : x));
  const result = span(source, first, last, 'known', 'known');
  // One of several dates: the reader must see that the day is not settled.
  return close === ']' && points.length > 1 ? { ...result, uncertain: true } : result;
}

/** One date or date-time, with an optional trailing qualifier. */
function readPoint(text: string, options: DateParseOptions): Point {
  let body = text;
  let uncertain = false;
  let approximate = false;
  const last = body.at(-1);
  if (last === '?' || last === '~' || last === '%') {
    body = body.slice(0, -1);
    uncertain = last === '?' || last === '%';
    approximate = last === '~' || last === '%';
  }
  if (/[?~%]/.test(body)) {
    throw new DateSyntaxError(`"${text}": put the qualifier (? ~ %) once, after the whole date (for example 2024-12-06?)`);
  }
  if (body.includes(' ') && /^\d{4}-\d{2}-\d{2} \d/.test(body)) {
    throw new DateSyntaxError(`"${text}": separate the date and the time with "T" (${body.replace(' ', 'T')})`);
  }
  const timeAt = body.indexOf('T');
  const datePart = timeAt === -1 ? body : body.slice(0, timeAt);
  const timePart = timeAt === -1 ? undefined : body.slice(timeAt + 1);
  const fields = datePart.split('-');
  if (fields.length > 3 || fields.some((field) => field === '')) throw notADate(text);
  const [yearText, monthText, dayText] = fields as [string, string?, string?];

  if (!/^[0-9]{4}$|^[0-9]{3}X$|^[0-9]{2}XX$/.test(yearText)) throw notADate(text, 'the year must have four digits');
  const unspecifiedYear = yearText.indexOf('X');
  if (monthText !== undefined && !/^([0-9]{2}|XX)$/.test(monthText)) throw notADate(text, 'the month must have two digits');
  if (dayText !== undefined && !/^([0-9]{2}|XX)$/.test(dayText)) throw notADate(text, 'the day must have two digits');
  if (unspecifiedYear !== -1 && ((monthText && monthText !== 'XX') || (dayText && dayText !== 'XX'))) {
    throw notADate(text, 'a month or day cannot be given when year digits are unspecified');
  }
  if (monthText === 'XX' && dayText !== undefined && dayText !== 'XX') throw notADate(text, 'a day cannot be given when the month is unspecified');

  const qualifiers = { uncertain, approximate };
  if (unspecifiedYear !== -1) {
    const width = 10 ** (4 - unspecifiedYear);
    const from = Number(yearText.slice(0, unspecifiedYear)) * width;
    return { min: utc(from, 0, 1), max: utc(from + width, 0, 1), precision: 'year', timed: false, ...qualifiers };
  }
  const year = Number(yearText);
  if (monthText === undefined || monthText === 'XX') {
    return { min: utc(year, 0, 1), max: utc(year + 1, 0, 1), precision: 'year', timed: false, ...qualifiers };
  }
  const month = Number(monthText);
  if (month >= 21 && month <= 24) throw notADate(text, 'seasons (21–24) are not supported; give the months as an interval');
  if (month < 1 || month > 12) throw notADate(text, `month ${monthText} does not exist`);
  if (dayText === undefined || dayText === 'XX') {
    return { min: utc(year, month - 1, 1), max: utc(year, month, 1), precision: 'month', timed: false, ...qualifiers };
  }
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) throw notADate(text, `${MONTHS[month - 1]} ${year} has no day ${dayText}`);
  if (timePart === undefined) {
    return { min: utc(year, month - 1, day), max: utc(year, month - 1, day + 1), precision: 'day', timed: false, ...qualifiers };
  }
  if (uncertain || approximate) throw notADate(text, 'qualifiers apply to dates, not to date-times');
  const instant = readTime(text, timePart, year, month, day, options);
  return { min: instant, max: instant, precision: 'minute', timed: true, ...qualifiers };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function readTime(text: string, timePart: string, year: number, month: number, day: number, options: DateParseOptions): number {
  const match = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(timePart);
  if (!match) throw notADate(text, 'the time must be HH:MM, HH:MM:SS, optionally followed by Z or an offset such as +03:00');
  const [, hh, mm, ss = '0', ms = '0', zone] = match as unknown as [string, string, string, string?, string?, string?];
  const [hour, minute, second] = [Number(hh), Number(mm), Number(ss)];
  if (hour > 23 || minute > 59 || second > 59) throw notADate(text, 'the time is out of range');
  const wall = utc(year, month - 1, day, hour, minute, second, Number(ms.padEnd(3, '0')));
  if (zone === 'Z') return wall;
  if (zone) {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const zoneMinutes = Number(digits.slice(2));
    const offsetMinutes = Number(digits.slice(0, 2)) * 60 + zoneMinutes;
    // ISO 8601 offsets: minutes 00–59, at most 14 hours either way.
    if (zoneMinutes > 59 || offsetMinutes > 14 * 60) throw notADate(text, `the offset ${zone} is out of range`);
    return wall - sign * offsetMinutes * 60_000;
  }
  return options.timeZone ? wallClockToInstant(wall, options.timeZone) : wall;
}

/**
 * Date.UTC for any year: the same instant 400 years (146,097 days, one turn of the Gregorian
 * calendar) later, moved back, as Date.UTC reads years 0–99 as 1900–1999.
 */
function utc(year: number, ...rest: [monthIndex: number, day: number, hour?: number, minute?: number, second?: number, ms?: number]): number {
  return Date.UTC(year + 400, ...rest) - 12_622_780_800_000;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function notADate(text: string, reason?: string): DateSyntaxError {
  return new DateSyntaxError(`"${text}" is not a valid date${reason ? `: ${reason}` : ''} (expected ${EXAMPLES})`);
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/** The offset of `timeZone` at `instant`, in ms (wall clock minus UTC). */
export function zoneOffset(instant: number, timeZone: string): number {
  let format = zoneFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    zoneFormatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(instant)) parts[type] = value;
  // Intl counts years by era: year 0 is 1 BC.
  const year = parts.era === 'BC' ? 1 - +parts.year! : +parts.year!;
  const wall = utc(year, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at which the wall clock of `timeZone` shows `wall` (given as if UTC). */
function wallClockToInstant(wall: number, timeZone: string): number {
  const first = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(first, timeZone);
  return second;
}

/** True when `timeZone` is an IANA zone this engine knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Gives open and unknown ends a length the scales can draw: an open end (`..`) runs to the
 * edge of `extent` (the data goes on); an unknown end keeps the known end's own bounds.
 */
export function resolveOpenEnds(span: TimeSpan, extent: { min: number; max: number }): TimeSpan {
  if (span.startBound !== 'open' && span.endBound !== 'open') return span;
  const min = span.startBound === 'open' ? Math.min(extent.min, span.min) : span.min;
  const max = span.endBound === 'open' ? Math.max(extent.max, span.max) : span.max;
  return { ...span, min, max };
}
