import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { isGregorian } from '../i18n/calendar.js';
import { calendarMonthStart, calendarMonths, calendarYears } from './calendar-ticks.js';

/** One tick of a time axis. */
export interface Tick {
  /** The instant (UTC ms). */
  readonly value: number;
  /** Pixel position on the scale's range. */
  readonly x: number;
  /** The label, formatted in the element's language. */
  readonly label: string;
}

/** The two rows of a time axis: fine ticks (days, hours) and coarse ones (months, years) under them. */
export interface AxisTicks {
  readonly minor: readonly Tick[];
  readonly major: readonly Tick[];
}

const DAY = 86_400_000;
/** Closest two labels may be (px): the widest minor label ("12:00", "Sep") fits. */
const MIN_LABEL_SPACING = 44;

/**
 * Ticks for a time axis `width` pixels wide, about one label per `spacing` pixels. Labels go
 * through `Intl.DateTimeFormat` in `locale`: calendar days and months in UTC (dates of the
 * data are UTC days); hours in `timeZone`. When minor ticks are days or hours, the major row
 * names each month (or day) once; when they are months, it names the years. In a locale whose
 * calendar is not the Gregorian one (`fa`, or a `-u-ca-` choice), months and years are that
 * calendar's: ticks fall where its months and years begin.
 */
export function createTicks(scale: ScaleTime<number, number>, width: number, locale: string, timeZone = 'UTC', spacing = 72, finest: 'day' | 'hour' = 'hour'): AxisTicks {
  // d3's count is a hint: it may pick a finer interval, so halve it until labels have room.
  let count = Math.max(2, Math.floor(Math.abs(width) / spacing));
  let minorValues = scale.ticks(count);
  while (count > 2 && minorValues.length > Math.abs(width) / MIN_LABEL_SPACING) {
    count = Math.floor(count / 2);
    minorValues = scale.ticks(count);
  }
  if (finest === 'day' && minorValues.length > 1 && minorValues[1]!.getTime() - minorValues[0]!.getTime() < DAY) {
    // Data without times of day: ticks stop at days (every day, or every few when days are narrow).
    const [from, to] = scale.domain() as [Date, Date];
    const dayWidth = Math.abs(width) / ((to.getTime() - from.getTime()) / DAY);
    const every = Math.max(1, Math.ceil(MIN_LABEL_SPACING / dayWidth));
    minorValues = scale.ticks(utcDay.every(every)!);
  }
  const step = minorValues.length > 1 ? minorValues[1]!.getTime() - minorValues[0]!.getTime() : DAY;
  let minorFormat: Intl.DateTimeFormatOptions;
  let majorFormat: Intl.DateTimeFormatOptions;
  let majorInterval: CountableTimeInterval;
  if (step < DAY) {
    minorFormat = { hour: 'numeric', minute: '2-digit', timeZone };
    majorFormat = { day: 'numeric', month: 'short', timeZone: 'UTC' };
    majorInterval = utcDay;
  } else if (step < 28 * DAY) {
    minorFormat = { day: 'numeric', timeZone: 'UTC' };
    majorFormat = { month: 'long', year: 'numeric', timeZone: 'UTC' };
    majorInterval = utcMonth;
  } else {
    minorFormat = { month: 'short', timeZone: 'UTC' };
    majorFormat = { year: 'numeric', timeZone: 'UTC' };
    majorInterval = utcYear;
  }
  if (!isGregorian(locale) && step >= DAY) {
    const [from, to] = (scale.domain() as [Date, Date]).map((date) => date.getTime()) as [number, number];
    if (step >= 28 * DAY) {
      // Months (every 1, 2, 3 or 6) or years of the reader's calendar, about as many as d3 chose.
      const months = Math.round(step / (30.4 * DAY));
      const values =
        months >= 12
          ? calendarYears(from, to, locale, Math.max(1, Math.round(months / 12)))
          : calendarMonths(from, to, locale, months >= 6 ? 6 : months >= 3 ? 3 : months >= 2 ? 2 : 1);
      minorValues = values.map((value) => new Date(value));
    }
    const majorStarts = step >= 28 * DAY ? calendarYears(from, to, locale) : calendarMonths(from, to, locale);
    const first = step >= 28 * DAY ? (calendarYears(from - 400 * DAY, from + DAY, locale).at(-1) ?? from) : calendarMonthStart(from, locale);
    return labelTicks(scale, locale, minorFormat, majorFormat, minorValues, [first, ...majorStarts.filter((value) => value > first)]);
  }
  const [start, end] = scale.domain() as [Date, Date];
  // The first major label sits at the start of the visible range, so the month is always named.
  const majorValues = [majorInterval.floor(start), ...majorInterval.range(majorInterval.offset(majorInterval.floor(start), 1), end)];
  return labelTicks(scale, locale, minorFormat, majorFormat, minorValues, majorValues.map((date) => date.getTime()));
}

/** The ticks with their labels; the first major tick is pinned at the start of the range. */
function labelTicks(
  scale: ScaleTime<number, number>,
  locale: string,
  minorFormat: Intl.DateTimeFormatOptions,
  majorFormat: Intl.DateTimeFormatOptions,
  minorValues: readonly Date[],
  majorValues: readonly number[],
): AxisTicks {
  const minorLabel = cachedFormat(locale, minorFormat);
  const majorLabel = cachedFormat(locale, majorFormat);
  const minor = minorValues.map((date) => ({ value: date.getTime(), x: scale(date), label: minorLabel.format(date) }));
  const [r0] = scale.range() as [number, number];
  const major = majorValues.map((value, index) => ({
    value,
    x: index === 0 ? r0 : scale(value),
    label: majorLabel.format(value),
  }));
  return { minor, major: dropCrowded(major) };
}

/** Rough width of a label in px (12px semibold UI font): enough to keep labels apart. */
export function estimateLabelWidth(label: string, fontSize = 12): number {
  // Arabic, Persian and Hebrew letters and digits are about three quarters as wide as Latin ones
  // (measured: 0.45 and 0.51 em against 0.6); counted as Latin, a month's name seemed not to fit.
  const narrow = label.match(/[\u0590-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]/g)?.length ?? 0;
  return (label.length - narrow / 4) * fontSize * 0.62;
}

/**
 * Drops major labels that would run into the next one. The label pinned at the start of the
 * range gives way to a real boundary (a month that begins) close after it.
 */
function dropCrowded(ticks: readonly Tick[]): Tick[] {
  const kept: Tick[] = [];
  for (const tick of ticks) {
    const previous = kept.at(-1);
    if (previous && Math.abs(tick.x - previous.x) < estimateLabelWidth(previous.label) + 12) {
      if (kept.length === 1 && ticks.indexOf(previous) === 0) kept[0] = tick;
      continue;
    }
    kept.push(tick);
  }
  return kept;
}

const tickFormats = new Map<string, Intl.DateTimeFormat>();

/** Axis formatters, made once per language and format: a zoom asks for them on every frame. */
function cachedFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${options.timeZone}|y${options.year ?? ''}|m${options.month ?? ''}|d${options.day ?? ''}|h${options.hour ?? ''}|i${options.minute ?? ''}`;
  let format = tickFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    tickFormats.set(key, format);
  }
  return format;
}
