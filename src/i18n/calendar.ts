/**
 * Calendars: which one a reader's dates are written in. The instants never change; only how
 * `Intl.DateTimeFormat` writes them (a Persian reader's 6 December 2024 is 16 Azar 1403).
 */

const supported = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('calendar') : ['gregory']);

/**
 * `locale` with `calendar` chosen (`fa` + `gregory` → `fa-u-ca-gregory`). Without a calendar, or
 * with one `Intl` does not know, the locale as given: its own usual calendar.
 */
export function withCalendar(locale: string, calendar: string | undefined): string {
  const wanted = calendar?.trim().toLowerCase();
  if (!wanted || !supported.has(wanted)) return locale;
  try {
    return new Intl.Locale(locale, { calendar: wanted }).toString();
  } catch {
    return locale;
  }
}

const resolved = new Map<string, string>();

/** The calendar `Intl` writes dates of `locale` in: `gregory`, `persian`, `islamic-umalqura`… */
export function calendarOf(locale: string): string {
  let calendar = resolved.get(locale);
  if (!calendar) {
    try {
      calendar = new Intl.DateTimeFormat(locale).resolvedOptions().calendar;
    } catch {
      calendar = 'gregory';
    }
    resolved.set(locale, calendar);
  }
  return calendar;
}

/** Whether `locale` writes dates in the Gregorian calendar (ISO 8601's is the same). */
export function isGregorian(locale: string): boolean {
  const calendar = calendarOf(locale);
  return calendar === 'gregory' || calendar === 'iso8601';
}

/** `locale` writing Gregorian dates: for "Gregorian: 6 December 2024" beside another calendar. */
export function gregorianLocale(locale: string): string {
  return withCalendar(locale, 'gregory');
}
