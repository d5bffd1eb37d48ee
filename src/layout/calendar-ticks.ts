/**
 * Month and year boundaries of calendars other than the Gregorian one, for the time axis: the
 * Solar Hijri month of Azar begins on 21 or 22 November, an Umm al-Qura month with a new moon.
 * Found through `Intl.DateTimeFormat`, which knows every calendar the browser ships.
 */

const DAY = 86_400_000;

/** One day in a calendar: its year, month (1-based) and day of the month. */
interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (!format) {
    // Latin digits, so the parts read back as numbers whatever the locale writes.
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC', numberingSystem: 'latn' });
    dayFormats.set(locale, format);
  }
  return format;
}

/** The calendar day of the UTC day that contains `time`. */
export function calendarDay(time: number, locale: string): CalendarDay {
  let year = 0;
  let month = 0;
  let day = 0;
  for (const part of dayFormat(locale).formatToParts(time)) {
    if (part.type === 'year' || (part.type as string) === 'relatedYear') year ||= Number.parseInt(part.value, 10);
    else if (part.type === 'month') month = Number.parseInt(part.value, 10);
    else if (part.type === 'day') day = Number.parseInt(part.value, 10);
  }
  return { year, month, day };
}

/** Midnight UTC of the day containing `time`. */
function startOfDay(time: number): number {
  return Math.floor(time / DAY) * DAY;
}

/** Known month starts, by locale: the axis asks again on every frame of a zoom. */
const monthStartCache = new Map<string, Map<number, number>>();

/** The first day (midnight UTC) of the calendar month that contains `time`. */
export function calendarMonthStart(time: number, locale: string): number {
  const day = startOfDay(time);
  let cache = monthStartCache.get(locale);
  if (!cache) monthStartCache.set(locale, (cache = new Map()));
  let start = cache.get(day);
  if (start === undefined) {
    start = day - (calendarDay(day, locale).day - 1) * DAY;
    if (cache.size > 20_000) cache.clear();
    cache.set(day, start);
  }
  return start;
}

/** The first day of the next calendar month after the month that begins at `monthStart`. */
function nextMonthStart(monthStart: number, locale: string): number {
  let cache = nextMonthCache.get(locale);
  if (!cache) nextMonthCache.set(locale, (cache = new Map()));
  let next = cache.get(monthStart);
  if (next === undefined) {
    next = findNextMonthStart(monthStart, locale);
    if (cache.size > 20_000) cache.clear();
    cache.set(monthStart, next);
  }
  return next;
}

const nextMonthCache = new Map<string, Map<number, number>>();

function findNextMonthStart(monthStart: number, locale: string): number {
  // Months run 29 to 31 days in the calendars Intl knows (a few have a short 13th month): look
  // from the 29th day on for the first day of a month.
  let day = monthStart + 29 * DAY;
  for (let step = 0; step < 4; step++, day += DAY) if (calendarDay(day, locale).day === 1) return day;
  return Math.max(monthStart + DAY, calendarMonthStart(monthStart + 29 * DAY, locale));
}

/**
 * The calendar months that begin in [start, end) as midnight-UTC instants, every `every`-th one
 * counted from the first month of the year (so a quarter or half year starts where readers
 * expect it).
 */
export function calendarMonths(start: number, end: number, locale: string, every = 1): number[] {
  const months: number[] = [];
  let month = calendarMonthStart(start, locale);
  if (month < start) month = nextMonthStart(month, locale);
  for (let guard = 0; month < end && guard < 50_000; guard++) {
    if (every === 1 || (calendarDay(month, locale).month - 1) % every === 0) months.push(month);
    month = nextMonthStart(month, locale);
  }
  return months;
}

/** The calendar years that begin in [start, end), every `every`-th year. */
export function calendarYears(start: number, end: number, locale: string, every = 1): number[] {
  return calendarMonths(start, end, locale).filter((month) => {
    const day = calendarDay(month, locale);
    return day.month === 1 && day.year % every === 0;
  });
}
