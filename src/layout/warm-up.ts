/**
 * The first `Intl.DateTimeFormat` of a page is slow (tens of milliseconds: the browser loads
 * its calendar data), and a timeline's first drawing needs several. Making them while the page is
 * idle, before any data arrives, takes that cost out of the first drawing.
 */
import { scaleUtc } from 'd3-scale';
import { formatDays } from '../i18n/format-date.js';
import { createTicks } from './ticks.js';

const DAY = 86_400_000;

/** Creates (and caches) the date formatters a first drawing in `locale` uses: axis labels by day and by month, and day ranges. */
export function warmUpFormats(locale: string): void {
  try {
    const start = Date.UTC(2024, 0, 1);
    for (const days of [30, 730]) {
      const scale = scaleUtc().domain([start, start + days * DAY]).range([0, 900]);
      createTicks(scale, 900, locale, 'UTC', 72, 'day');
    }
    formatDays(start, start + 3 * DAY, locale);
  } catch {
    // A language tag Intl refuses is handled where dates are drawn; warming up is only a head start.
  }
}
