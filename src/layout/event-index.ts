import type { ConflictEvent } from '../model/types.js';
import type { Lane } from './lanes.js';

/**
 * A lane prepared for fast windowed layout: its events in start order with their starts and
 * ends in typed arrays (binary search instead of scanning), the longest duration (so events
 * that began before the window are found), and how many events overlap at most (the rows the
 * lane needs when zoomed in far enough).
 */
export interface LaneIndex {
  readonly lane: Lane;
  readonly events: readonly ConflictEvent[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly maxDuration: number;
  readonly maxOverlap: number;
}

/**
 * Indexes each lane once per dataset and grouping; reused across every zoom frame. A lane's events
 * are sorted by start, then end, unless they already are (the lanes of a dataset are: its events
 * are in that order), which is checked in one pass.
 */
export function indexLanes(lanes: readonly Lane[]): LaneIndex[] {
  return lanes.map((lane) => indexOf(lane, lane.events, true));
}

/** A lane's index over `events`; with `check`, sorted first when they are not in time order (seen while filling the arrays). */
function indexOf(lane: Lane, events: readonly ConflictEvent[], check: boolean): LaneIndex {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  let maxDuration = 0;
  let previousMax = -Infinity;
  const inOrder = events.every(({ when: { min, max } }, index) => {
    if (check && index > 0 && (min < starts[index - 1]! || (min === starts[index - 1] && max < previousMax))) return false;
    starts[index] = min;
    ends[index] = Math.max(max, min);
    previousMax = max;
    maxDuration = Math.max(maxDuration, ends[index]! - min);
    return true;
  });
  if (!inOrder) return indexOf(lane, [...events].sort(byTime), false);
  return { lane, events, starts, ends, maxDuration, maxOverlap: maxOverlap(starts, ends) };
}

/** Largest number of intervals covering one instant (a point counts as one millisecond long). */
function maxOverlap(starts: Float64Array, ends: Float64Array): number {
  const sortedEnds = ends.map((end, index) => (end > starts[index]! ? end : starts[index]! + 1)).sort();
  let most = 0;
  let ended = 0;
  for (let index = 0; index < starts.length; index++) {
    // max is exclusive: an interval that ends where this one starts does not overlap it.
    while (ended < sortedEnds.length && sortedEnds[ended]! <= starts[index]!) ended++;
    most = Math.max(most, index + 1 - ended);
  }
  return Math.max(1, most);
}

/** Start, then end. */
const byTime = (a: ConflictEvent, b: ConflictEvent) => a.when.min - b.when.min || a.when.max - b.when.max;

/** First index whose value is >= `value` (values sorted ascending). */
export function lowerBound(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
