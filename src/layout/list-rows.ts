import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3-time';
import type { ConflictEvent } from '../model/types.js';

/** Several events shown as one row (or one shape): activating it zooms into them. */
export interface EventGroup {
  readonly key: string;
  readonly events: readonly ConflictEvent[];
  /** The instants its events cover (UTC ms). */
  readonly start: number;
  readonly end: number;
}

/** A row of the vertical layout: one event, or a group of the events of one day, week, month or year. */
export type ListRow = { readonly kind: 'event'; readonly event: ConflictEvent } | ({ readonly kind: 'group'; readonly unit: GroupUnit } & EventGroup);

/** The period a group covers. */
export type GroupUnit = 'day' | 'week' | 'month' | 'year';

const UNITS: readonly [GroupUnit, CountableTimeInterval][] = [
  ['day', utcDay],
  ['week', utcWeek],
  ['month', utcMonth],
  ['year', utcYear],
];

/**
 * Rows for a list of events in time order, at most `maxRows`: every event on its own when they
 * fit, else grouped by the finest period (day, week, month, year) that fits; a period with a
 * single event still shows that event. A screen reader is never handed more than `maxRows` rows.
 */
export function listRows(events: readonly ConflictEvent[], maxRows = 150): ListRow[] {
  if (events.length <= maxRows) return events.map((event) => ({ kind: 'event', event }));
  let rows: ListRow[] = [];
  UNITS.some(([unit, interval]) => {
    rows = [];
    let current: { key: number; events: ConflictEvent[]; start: number; end: number } | undefined;
    const flush = () => {
      if (!current) return;
      rows.push(
        current.events.length === 1
          ? { kind: 'event', event: current.events[0]! }
          : { kind: 'group', unit, key: `${unit}:${current.key}`, events: current.events, start: current.start, end: current.end },
      );
    };
    events.forEach((event) => {
      const key = interval.floor(new Date(event.when.min)).getTime();
      if (current?.key !== key) {
        flush();
        current = { key, events: [], start: event.when.min, end: event.when.max };
      }
      current.events.push(event);
      current.end = Math.max(current.end, event.when.max);
    });
    flush();
    return rows.length <= maxRows;
  });
  return rows;
}
