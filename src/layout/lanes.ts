import type { ConflictEvent, Dataset } from '../model/types.js';

/** How a timeline groups events into lanes. */
export const GROUP_BYS = ['actor', 'type', 'place', 'none'] as const;
/** How a timeline groups events into lanes. */
export type GroupBy = (typeof GROUP_BYS)[number];

/** One lane of a timeline: a group of events and its label. */
export interface Lane {
  /** The group's id: an actor, type or place id, `''` for "no group". */
  readonly key: string;
  /** The name readers see. */
  readonly label: string;
  /** The actor's side, when lanes are actors. */
  readonly side?: string;
  /** The lane's events, in time order. */
  readonly events: readonly ConflictEvent[];
}

/** Names for lanes, resolved by the caller so layout stays free of language concerns. */
export interface LaneLabels {
  actor(id: string): string;
  place(id: string): string;
  type(type: string): string;
  none: string;
  unassigned: string;
}

function groupKey(event: ConflictEvent, groupBy: GroupBy): string {
  switch (groupBy) {
    case 'actor':
      return event.actors[0] ?? '';
    case 'place':
      return event.place ?? '';
    case 'type':
      return event.type;
    case 'none':
      return '';
  }
}

/**
 * Groups events into lanes: one per actor (the event's first actor), type or place, or a single
 * lane. Actor lanes are grouped by side (the side with most events first), then ordered by
 * number of events; other lanes by number of events. Events without a group go to a last lane.
 * Each event is in exactly one lane, so it is drawn once.
 */
export function assignLanes(events: readonly ConflictEvent[], dataset: Dataset, groupBy: GroupBy, labels: LaneLabels): Lane[] {
  const groups = new Map<string, ConflictEvent[]>();
  // forEach, not for…of: see the reader of clean files (src/model/clean.ts).
  events.forEach((event) => {
    const key = groupKey(event, groupBy);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(event);
  });
  const sideTotals = new Map<string, number>();
  if (groupBy === 'actor') {
    for (const [key, group] of groups) {
      const side = dataset.actorById.get(key)?.side ?? '';
      sideTotals.set(side, (sideTotals.get(side) ?? 0) + group.length);
    }
  }
  const sideOrder = [...sideTotals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([side]) => side);
  const sideRank = new Map(sideOrder.map((side, index) => [side, index]));
  const lanes: Lane[] = [...groups].map(([key, laneEvents]) => {
    const side = groupBy === 'actor' ? dataset.actorById.get(key)?.side : undefined;
    const label =
      groupBy === 'none' ? labels.none : key === '' ? labels.unassigned : groupBy === 'actor' ? labels.actor(key) : groupBy === 'place' ? labels.place(key) : labels.type(key);
    return { key, label, events: laneEvents, ...(side ? { side } : {}) };
  });
  return lanes.sort(
    (a, b) =>
      Number(a.key === '') - Number(b.key === '') ||
      (sideRank.get(a.side ?? '') ?? 0) - (sideRank.get(b.side ?? '') ?? 0) ||
      b.events.length - a.events.length ||
      a.label.localeCompare(b.label),
  );
}

/**
 * Packs intervals (pixel extents, in the order given) into the fewest rows so that no two in a
 * row are closer than `gap`. Returns the row of each interval and the number of rows.
 */
export function packRows(extents: readonly { readonly start: number; readonly end: number }[], gap = 2): { rows: number[]; count: number } {
  const rowEnds: number[] = [];
  const rows = extents.map(({ start, end }) => {
    let row = rowEnds.findIndex((rowEnd) => rowEnd + gap <= start);
    if (row === -1) row = rowEnds.push(end) - 1;
    else rowEnds[row] = end;
    return row;
  });
  return { rows, count: Math.max(1, rowEnds.length) };
}
