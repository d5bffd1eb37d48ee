/**
 * Layout of what a timeline shows in its visible window: each lane's events packed into rows as
 * individual marks, and, where events are too dense to draw one by one, one aggregate per lane
 * and bin (a cluster). The number of shapes is bounded by the screen, not by the data: a lane
 * shows at most `width / binWidth` clusters and as many marks as fit its rows.
 */
import type { ConflictEvent } from '../model/types.js';
import { lowerBound, type LaneIndex } from './event-index.js';
import type { TimeWindow } from './zoom.js';

/** Geometry of one mark: a span (`rect`) or a point in time (`circle`). */
export interface MarkGeometry {
  readonly event: ConflictEvent;
  readonly shape: 'span' | 'point';
  /** Left edge of a span, centre of a point (px). */
  readonly x: number;
  readonly width: number;
  /** Top edge (px). */
  readonly y: number;
  readonly height: number;
  /** The lane's key. */
  readonly lane: string;
  readonly side?: string;
}

/** Geometry of a cluster: the events of one lane that start in one bin. */
export interface ClusterGeometry {
  /**
   * Lane and position in the lane: reused across zoom and pan frames, so the same shapes are
   * moved rather than replaced (a key by time bin would change on every zoom step).
   */
  readonly key: string;
  readonly lane: string;
  readonly side?: string;
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
  /** The events it holds, in time order. */
  readonly events: readonly ConflictEvent[];
  /** The instants its events cover (UTC ms). */
  readonly start: number;
  readonly end: number;
}

/** Geometry of a lane: where its band and label go. */
export interface LaneGeometry {
  readonly key: string;
  readonly label: string;
  readonly side?: string;
  readonly y: number;
  readonly height: number;
  readonly rows: number;
}

/** Sizes of the pieces of a horizontal timeline (px). */
export interface LayoutMetrics {
  readonly top: number;
  readonly labelHeight: number;
  /** Height of a mark. */
  readonly markHeight: number;
  /** Distance between the tops of two rows: 24 px keeps undersized targets apart (WCAG 2.5.8). */
  readonly rowPitch: number;
  readonly lanePadding: number;
  /** Most rows a lane gets; denser bursts become clusters. */
  readonly maxRows: number;
  /** Width of a bin (px) for clusters. */
  readonly binWidth: number;
  /** Narrowest span drawn (px). */
  readonly minSpanWidth: number;
  /** Room each mark keeps around its centre (px), so small targets stay 24 px apart. */
  readonly targetSpacing: number;
}

export const DEFAULT_METRICS: LayoutMetrics = {
  top: 0,
  labelHeight: 22,
  markHeight: 14,
  rowPitch: 24,
  lanePadding: 6,
  maxRows: 6,
  binWidth: 32,
  minSpanWidth: 6,
  targetSpacing: 24,
};

/** What the window shows. */
export interface WindowLayout {
  readonly marks: readonly MarkGeometry[];
  readonly clusters: readonly ClusterGeometry[];
  readonly lanes: readonly LaneGeometry[];
  readonly height: number;
  /** How many events are in the window (drawn on their own or inside clusters). */
  readonly shownCount: number;
}

const MAX_PASSES = 12;

/** The visible events of one lane that start in one bin: positions `from` to `to` (exclusive) in the lane's visible order. */
interface BinGroup {
  readonly bin: number;
  readonly from: number;
  to: number;
}

type PackedItem =
  | { readonly kind: 'mark'; readonly index: number; readonly row: number; readonly start: number; readonly end: number; readonly point: boolean }
  | { readonly kind: 'cluster'; readonly group: BinGroup; readonly start: number; readonly end: number; readonly firstRow: number; readonly rowCount: number };

/**
 * Lays out the events of `lanes` that fall in `window`, `width` px wide. Right-to-left mirrors the
 * result (time runs from right to left). Every lane keeps its height at every zoom level, so
 * nothing jumps while zooming.
 *
 * The work does not grow with the events in the window, only with what is drawn. A lane's visible
 * events are those that start in the window (one range of its start-ordered index) and the few
 * that began before it and reach into it. Events fall in bins of `binWidth` px; since starts are
 * sorted, each bin's events are one range, found by binary search. A bin with more events than the
 * lane has rows is drawn as one cluster without looking at its events one by one: only the events
 * of sparse bins (at most as many as the rows, per bin) are placed individually, on every pass.
 */
export function layoutWindow(
  lanes: readonly LaneIndex[],
  window: TimeWindow,
  width: number,
  rtl = false,
  metrics: LayoutMetrics = DEFAULT_METRICS,
  laneRows?: readonly number[],
): WindowLayout {
  const span = window.end - window.start;
  const pxPerMs = width / span;
  const px = rtl ? (t: number) => width - (t - window.start) * pxPerMs : (t: number) => (t - window.start) * pxPerMs;
  const binDuration = metrics.binWidth / pxPerMs;
  const marks: MarkGeometry[] = [];
  const clusters: ClusterGeometry[] = [];
  const laneGeometry: LaneGeometry[] = [];
  let shownCount = 0;
  let y = metrics.top;

  lanes.forEach((index, laneNumber) => {
    const { lane, starts, ends, events } = index;
    const rows = laneRows?.[laneNumber] ?? Math.min(metrics.maxRows, index.maxOverlap);
    const top = y + metrics.labelHeight;
    const laneHeight = metrics.labelHeight + rows * metrics.rowPitch + metrics.lanePadding;
    laneGeometry.push({ key: lane.key, label: lane.label, y, height: laneHeight, rows, ...(lane.side ? { side: lane.side } : {}) });
    y += laneHeight;

    // Visible, in index order: spans that began before the window and reach into it, then every
    // event that starts in the window (all of them are visible: a point at the window's start too).
    const inWindow = lowerBound(starts, window.start);
    const last = lowerBound(starts, window.end);
    const early: number[] = [];
    for (let i = lowerBound(starts, window.start - index.maxDuration); i < inWindow; i++) if (ends[i]! > window.start) early.push(i);
    const visibleCount = early.length + Math.max(0, last - inWindow);
    if (visibleCount === 0) return;
    /** The index of the event at a position in visible order. */
    const at = (position: number) => (position < early.length ? early[position]! : inWindow + position - early.length);
    const binOf = (i: number) => Math.floor(starts[i]! / binDuration);

    // One group per bin, in order. Bins never decrease along the index, so the end of a bin's
    // range is a binary search on the bin itself (the same arithmetic as binOf, so no event
    // changes bin at a boundary through rounding).
    const groups: BinGroup[] = [];
    for (let position = 0; position < early.length; position++) {
      const bin = binOf(early[position]!);
      const previous = groups.at(-1);
      if (previous?.bin === bin) previous.to = position + 1;
      else groups.push({ bin, from: position, to: position + 1 });
    }
    for (let i = inWindow; i < last; ) {
      const bin = binOf(i);
      let low = i + 1;
      let high = last;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (binOf(middle) > bin) high = middle;
        else low = middle + 1;
      }
      const from = i - inWindow + early.length;
      const to = low - inWindow + early.length;
      const previous = groups.at(-1);
      if (previous?.bin === bin) previous.to = to;
      else groups.push({ bin, from, to });
      i = low;
    }

    const dense = new Set<number>();
    for (const group of groups) if (group.to - group.from > rows) dense.add(group.bin);

    let placed = packLane(dense);
    for (let pass = 0; !placed.ok && pass < MAX_PASSES; pass++) {
      for (const bin of placed.conflicts) dense.add(bin);
      placed = packLane(dense);
    }
    if (!placed.ok) {
      for (const group of groups) dense.add(group.bin);
      placed = packLane(dense);
    }

    let clusterOrdinal = 0;
    placed.items.forEach((item) => {
      if (item.kind === 'mark') {
        const event = events[item.index]!;
        const rowTop = top + item.row * metrics.rowPitch;
        // Spans are inset by a pixel on each side, so back-to-back days read as separate events.
        const spanWidth = item.end - item.start;
        const inset = spanWidth > metrics.minSpanWidth + 2 ? 1 : 0;
        marks.push({
          event,
          shape: item.point ? 'point' : 'span',
          x: item.point ? px(starts[item.index]!) : (rtl ? width - item.end : item.start) + inset,
          width: spanWidth - 2 * inset,
          y: rowTop,
          height: metrics.markHeight,
          lane: lane.key,
          ...(lane.side ? { side: lane.side } : {}),
        });
      } else {
        const { from, to } = item.group;
        // Members in time order: those that began before the window, then one range of the index.
        const members: ConflictEvent[] = [];
        let end = -Infinity;
        for (let position = from; position < Math.min(to, early.length); position++) {
          const i = early[position]!;
          members.push(events[i]!);
          end = Math.max(end, ends[i]!);
        }
        const first = Math.max(from, early.length) - early.length + inWindow;
        const after = to - early.length + inWindow;
        for (let i = first; i < after; i++) end = Math.max(end, ends[i]!);
        const all = members.length > 0 ? members.concat(events.slice(first, after)) : events.slice(first, after);
        clusters.push({
          key: `${lane.key}\u0000${clusterOrdinal++}`,
          lane: lane.key,
          x: rtl ? width - item.end : item.start,
          width: item.end - item.start,
          y: top + item.firstRow * metrics.rowPitch,
          height: (item.rowCount - 1) * metrics.rowPitch + metrics.markHeight,
          events: all,
          // Starts are in order: the first member starts first.
          start: starts[at(from)]!,
          end,
          ...(lane.side ? { side: lane.side } : {}),
        });
      }
    });
    shownCount += visibleCount;

    /** Packs marks and cluster boxes left to right in time order; reports the bins that did not fit. */
    function packLane(denseBins: ReadonlySet<number>) {
      const items: PackedItem[] = [];
      const rowEnds = new Array<number>(rows).fill(-Infinity);
      const rowBins = new Array<number>(rows).fill(NaN);
      const conflicts = new Set<number>();
      groups.forEach((group) => {
        const { bin } = group;
        if (denseBins.has(bin)) {
          const start = (bin * binDuration - window.start) * pxPerMs + 2;
          const end = start + metrics.binWidth - 4;
          // The cluster takes the rows that are free here; a long span passing through keeps its row.
          let firstRow = rowEnds.findIndex((rowEnd) => rowEnd <= start);
          let lastRow = firstRow;
          while (lastRow + 1 < rows && rowEnds[lastRow + 1]! <= start) lastRow++;
          if (firstRow === -1) {
            rowEnds.forEach((_, row) => conflicts.add(rowBins[row]!));
            firstRow = 0;
            lastRow = rows - 1;
          }
          items.push({ kind: 'cluster', group, start, end, firstRow, rowCount: lastRow - firstRow + 1 });
          for (let row = firstRow; row <= lastRow; row++) {
            rowEnds[row] = end;
            rowBins[row] = bin;
          }
          return;
        }
        for (let position = group.from; position < group.to; position++) {
          const i = at(position);
          const a = (starts[i]! - window.start) * pxPerMs;
          const point = ends[i] === starts[i];
          const b = point ? a : Math.max((ends[i]! - window.start) * pxPerMs, a + metrics.minSpanWidth);
          const drawStart = point ? a - metrics.markHeight / 2 : a;
          const drawEnd = point ? a + metrics.markHeight / 2 : b;
          const centre = (drawStart + drawEnd) / 2;
          const reserveStart = Math.min(drawStart, centre - metrics.targetSpacing / 2);
          const reserveEnd = Math.max(drawEnd, centre + metrics.targetSpacing / 2);
          const row = rowEnds.findIndex((rowEnd) => rowEnd <= reserveStart);
          if (row === -1) {
            conflicts.add(bin);
            continue;
          }
          rowEnds[row] = reserveEnd;
          rowBins[row] = bin;
          items.push({ kind: 'mark', index: i, row, start: drawStart, end: drawEnd, point });
        }
      });
      return { ok: conflicts.size === 0, conflicts, items };
    }
  });
  return { marks, clusters, lanes: laneGeometry, height: y, shownCount };
}

/**
 * The rows each lane gets at this width: enough for the events that overlap in time, and for
 * the marks of the whole-data view at this width (where the 24 px spacing needs more rows than
 * the overlap alone), never more than `maxRows`. Computed once per width, so lanes keep their
 * height while zooming.
 */
export function measureLaneRows(lanes: readonly LaneIndex[], fit: TimeWindow, width: number, metrics: LayoutMetrics = DEFAULT_METRICS): number[] {
  const trial = layoutWindow(lanes, fit, width, false, metrics, lanes.map(() => metrics.maxRows));
  const used = new Map<string, number>();
  const laneTop = new Map(trial.lanes.map((lane) => [lane.key, lane.y + metrics.labelHeight]));
  for (const mark of trial.marks) {
    const row = Math.round((mark.y - laneTop.get(mark.lane)!) / metrics.rowPitch) + 1;
    used.set(mark.lane, Math.max(used.get(mark.lane) ?? 0, row));
  }
  return lanes.map((index) => Math.min(metrics.maxRows, Math.max(index.maxOverlap, used.get(index.lane.key) ?? 1)));
}
