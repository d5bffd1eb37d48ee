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

/**
 * Lays out the events of `lanes` that fall in `window`, `width` px wide. Right-to-left mirrors the
 * result (time runs from right to left). Work is proportional to the events in the window, and
 * every lane keeps its height at every zoom level, so nothing jumps while zooming.
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

  for (const [laneNumber, index] of lanes.entries()) {
    const { lane, starts, ends, events } = index;
    const rows = laneRows?.[laneNumber] ?? Math.min(metrics.maxRows, index.maxOverlap);
    const top = y + metrics.labelHeight;
    const laneHeight = metrics.labelHeight + rows * metrics.rowPitch + metrics.lanePadding;
    laneGeometry.push({ key: lane.key, label: lane.label, y, height: laneHeight, rows, ...(lane.side ? { side: lane.side } : {}) });
    y += laneHeight;

    const visible: number[] = [];
    const last = lowerBound(starts, window.end);
    for (let i = lowerBound(starts, window.start - index.maxDuration); i < last; i++) {
      if (ends[i]! > window.start || (ends[i] === starts[i] && starts[i]! >= window.start)) visible.push(i);
    }
    if (visible.length === 0) continue;

    const binOf = (i: number) => Math.floor(starts[i]! / binDuration);
    const counts = new Map<number, number>();
    for (const i of visible) counts.set(binOf(i), (counts.get(binOf(i)) ?? 0) + 1);
    const dense = new Set<number>();
    for (const [bin, count] of counts) if (count > rows) dense.add(bin);

    let placed = packLane(visible, dense);
    for (let pass = 0; !placed.ok && pass < MAX_PASSES; pass++) {
      for (const bin of placed.conflicts) dense.add(bin);
      placed = packLane(visible, dense);
    }
    if (!placed.ok) {
      for (const i of visible) dense.add(binOf(i));
      placed = packLane(visible, dense);
    }

    let clusterOrdinal = 0;
    for (const item of placed.items) {
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
        const members = item.members.map((i) => events[i]!);
        const clusterWidth = item.end - item.start;
        let start = Infinity;
        let end = -Infinity;
        for (const i of item.members) {
          start = Math.min(start, starts[i]!);
          end = Math.max(end, ends[i]!);
        }
        clusters.push({
          key: `${lane.key}\u0000${clusterOrdinal++}`,
          lane: lane.key,
          x: rtl ? width - item.end : item.start,
          width: clusterWidth,
          y: top + item.firstRow * metrics.rowPitch,
          height: (item.rowCount - 1) * metrics.rowPitch + metrics.markHeight,
          events: members,
          start,
          end,
          ...(lane.side ? { side: lane.side } : {}),
        });
      }
    }
    shownCount += visible.length;

    /** Packs marks and cluster boxes left to right in time order; reports the bins that did not fit. */
    function packLane(indices: readonly number[], denseBins: ReadonlySet<number>) {
      type Item =
        | { kind: 'mark'; index: number; row: number; start: number; end: number; point: boolean }
        | { kind: 'cluster'; bin: number; members: number[]; start: number; end: number; firstRow: number; rowCount: number };
      const items: Item[] = [];
      const rowEnds = new Array<number>(rows).fill(-Infinity);
      const rowBins = new Array<number>(rows).fill(NaN);
      const conflicts = new Set<number>();
      let cluster: Extract<Item, { kind: 'cluster' }> | undefined;
      for (const i of indices) {
        const bin = binOf(i);
        if (denseBins.has(bin)) {
          if (cluster?.bin === bin) {
            cluster.members.push(i);
            continue;
          }
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
          cluster = { kind: 'cluster', bin, members: [i], start, end, firstRow, rowCount: lastRow - firstRow + 1 };
          items.push(cluster);
          for (let row = firstRow; row <= lastRow; row++) {
            rowEnds[row] = end;
            rowBins[row] = bin;
          }
          continue;
        }
        const a = (starts[i]! - window.start) * pxPerMs;
        const point = ends[i] === starts[i];
        const b = point ? a : Math.max((ends[i]! - window.start) * pxPerMs, a + metrics.minSpanWidth);
        const [drawStart, drawEnd] = point ? [a - metrics.markHeight / 2, a + metrics.markHeight / 2] : [a, b];
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
      return { ok: conflicts.size === 0, conflicts, items };
    }
  }
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
