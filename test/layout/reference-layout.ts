/**
 * A reference for the windowed layout: the plain algorithm, kept to check the fast one against.
 */
import type { LaneIndex } from '../../src/layout/event-index.js';
import { lowerBound } from '../../src/layout/event-index.js';
import { DEFAULT_METRICS, type ClusterGeometry, type LaneGeometry, type LayoutMetrics, type MarkGeometry, type WindowLayout } from '../../src/layout/window-layout.js';
import type { TimeWindow } from '../../src/layout/zoom.js';

const MAX_PASSES = 12;

/**
 * The layout of a window written the straightforward way (every visible event looked at one by
 * one, on every pass): what `layoutWindow` must give, however it gets there.
 */
export function referenceLayoutWindow(
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
