import { utcDay, utcWeek } from 'd3-time';
import type { ConflictEvent } from '../model/types.js';

/** Events per day (or per week over longer spans) of one actor across the dataset's span. */
export interface Activity {
  readonly unit: 'day' | 'week';
  /** Start of each bin (UTC ms) and its count of events. */
  readonly bins: readonly { readonly start: number; readonly count: number }[];
  readonly most: number;
}

/**
 * Counts events by the day (spans up to 120 days) or the week they start, over `extent`, so
 * every card of a dataset shares the same time axis. Bins with no events are kept (they are the
 * quiet days).
 */
export function activityBins(events: readonly ConflictEvent[], extent: { readonly min: number; readonly max: number }): Activity {
  const unit = extent.max - extent.min <= 120 * 86_400_000 ? 'day' : 'week';
  const interval = unit === 'day' ? utcDay : utcWeek;
  const starts = interval.range(interval.floor(new Date(extent.min)), new Date(extent.max)).map((date) => date.getTime());
  if (starts.length === 0) starts.push(interval.floor(new Date(extent.min)).getTime());
  const counts = new Array<number>(starts.length).fill(0);
  for (const event of events) {
    const start = interval.floor(new Date(event.when.min)).getTime();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (starts[middle]! <= start) low = middle;
      else high = middle - 1;
    }
    counts[low]!++;
  }
  const bins = starts.map((start, index) => ({ start, count: counts[index]! }));
  return { unit, bins, most: Math.max(0, ...counts) };
}
