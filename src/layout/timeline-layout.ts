import type { ScaleTime } from 'd3-scale';
import type { ConflictEvent } from '../model/types.js';
import { packRows, type Lane } from './lanes.js';

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

/** Geometry of a lane: where its band and label go. */
export interface LaneGeometry {
  readonly key: string;
  readonly label: string;
  readonly side?: string;
  readonly y: number;
  readonly height: number;
  readonly count: number;
}

/** Sizes of the pieces of a horizontal timeline (px). */
export interface LayoutMetrics {
  readonly axisHeight: number;
  readonly labelHeight: number;
  readonly rowHeight: number;
  readonly rowGap: number;
  readonly lanePadding: number;
  /** Narrowest span drawn, so a day stays visible when zoomed out. */
  readonly minSpanWidth: number;
}

export const DEFAULT_METRICS: LayoutMetrics = { axisHeight: 44, labelHeight: 20, rowHeight: 12, rowGap: 4, lanePadding: 8, minSpanWidth: 4 };

/**
 * Places every event of every lane on `scale`: spans for dates that cover a period, points for
 * timed events, packed into rows within each lane so that no two marks overlap.
 * Works for either direction of the range (right-to-left timelines pass a reversed range).
 */
export function layoutTimeline(lanes: readonly Lane[], scale: ScaleTime<number, number>, metrics: LayoutMetrics = DEFAULT_METRICS) {
  const marks: MarkGeometry[] = [];
  const laneGeometry: LaneGeometry[] = [];
  let y = metrics.axisHeight;
  const pointRadius = metrics.rowHeight / 2;
  for (const lane of lanes) {
    const extents = lane.events.map(({ when }) => {
      const a = scale(when.min);
      const b = scale(when.max);
      if (when.timed && when.max === when.min) return { start: a - pointRadius, end: a + pointRadius };
      const start = Math.min(a, b);
      return { start, end: Math.max(Math.max(a, b), start + metrics.minSpanWidth) };
    });
    const { rows, count } = packInOrder(extents, metrics.rowGap);
    const top = y + metrics.labelHeight;
    lane.events.forEach((event, index) => {
      const extent = extents[index]!;
      const rowTop = top + rows[index]! * (metrics.rowHeight + metrics.rowGap);
      const point = event.when.timed && event.when.max === event.when.min;
      marks.push({
        event,
        shape: point ? 'point' : 'span',
        x: point ? extent.start + pointRadius : extent.start,
        width: extent.end - extent.start,
        y: rowTop,
        height: metrics.rowHeight,
        lane: lane.key,
        ...(lane.side ? { side: lane.side } : {}),
      });
    });
    const height = metrics.labelHeight + count * (metrics.rowHeight + metrics.rowGap) + metrics.lanePadding;
    laneGeometry.push({ key: lane.key, label: lane.label, y, height, count: lane.events.length, ...(lane.side ? { side: lane.side } : {}) });
    y += height;
  }
  return { marks, lanes: laneGeometry, height: y };
}

/** Packs extents left to right (by start) but reports rows in the original order. */
function packInOrder(extents: readonly { start: number; end: number }[], gap: number): { rows: number[]; count: number } {
  const order = extents.map((_, index) => index).sort((a, b) => extents[a]!.start - extents[b]!.start);
  const packed = packRows(order.map((index) => extents[index]!), gap);
  const rows = new Array<number>(extents.length);
  order.forEach((index, position) => (rows[index] = packed.rows[position]!));
  return { rows, count: packed.count };
}
