/**
 * Stands in for `d3-time-format` in the self-contained bundle only (see vite.config.ts).
 * Sitrep formats every date through `Intl` in the reader's language; d3-scale only asks for
 * `utcFormat`/`timeFormat` to build the default `tickFormat()` of a time scale, which Sitrep never
 * calls. This keeps that method working (English, the directives it uses) without shipping
 * d3-time-format and its locale tables. The npm build keeps the real module.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function formatter(specifier: string, utc: boolean): (date: Date) => string {
  return (date) => {
    const get = {
      year: utc ? date.getUTCFullYear() : date.getFullYear(),
      month: utc ? date.getUTCMonth() : date.getMonth(),
      day: utc ? date.getUTCDate() : date.getDate(),
      weekday: utc ? date.getUTCDay() : date.getDay(),
      hours: utc ? date.getUTCHours() : date.getHours(),
      minutes: utc ? date.getUTCMinutes() : date.getMinutes(),
      seconds: utc ? date.getUTCSeconds() : date.getSeconds(),
      milliseconds: utc ? date.getUTCMilliseconds() : date.getMilliseconds(),
    };
    return specifier.replace(/%([a-zA-Z%])/g, (directive: string, code: string) => {
      switch (code) {
        case 'Y': return String(get.year);
        case 'y': return pad(get.year % 100);
        case 'm': return pad(get.month + 1);
        case 'B': return MONTHS[get.month]!;
        case 'b': return MONTHS[get.month]!.slice(0, 3);
        case 'd': return pad(get.day);
        case 'e': return String(get.day).padStart(2, ' ');
        case 'A': return DAYS[get.weekday]!;
        case 'a': return DAYS[get.weekday]!.slice(0, 3);
        case 'H': return pad(get.hours);
        case 'I': return pad(get.hours % 12 || 12);
        case 'p': return get.hours < 12 ? 'AM' : 'PM';
        case 'M': return pad(get.minutes);
        case 'S': return pad(get.seconds);
        case 'L': return pad(get.milliseconds, 3);
        case '%': return '%';
        default: return directive;
      }
    });
  };
}

/** A formatter for `specifier` in UTC (the directives d3-scale's tick formats use, and a few more). */
export function utcFormat(specifier: string): (date: Date) => string {
  return formatter(specifier, true);
}

/** A formatter for `specifier` in the browser's zone. */
export function timeFormat(specifier: string): (date: Date) => string {
  return formatter(specifier, false);
}
