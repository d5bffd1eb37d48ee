import type { TimeWindow } from './zoom.js';

/**
 * The density of events over the whole period, as one SVG path of bars `binWidth` px wide
 * (one bar per bin that has events, as tall as its share of the busiest bin). Computed once per
 * dataset and width, in one pass over the starts.
 */
export function densityPath(starts: Float64Array, whole: TimeWindow, width: number, height: number, rtl = false, binWidth = 3): string {
  const bins = Math.max(1, Math.ceil(width / binWidth));
  const counts = new Uint32Array(bins);
  const span = whole.end - whole.start;
  // forEach, not for…of: see the reader of clean files (src/model/clean.ts).
  starts.forEach((start) => {
    const bin = Math.floor(((start - whole.start) / span) * bins);
    if (bin >= 0 && bin < bins) counts[bin]!++;
  });
  let most = 0;
  for (const count of counts) most = Math.max(most, count);
  if (most === 0) return '';
  let path = '';
  counts.forEach((count, bin) => {
    if (count === 0) return;
    // Square root: one event stays visible next to a burst of hundreds.
    const barHeight = Math.max(1.5, Math.sqrt(count / most) * height);
    const x = rtl ? width - (bin + 1) * binWidth : bin * binWidth;
    path += `M${x.toFixed(1)} ${height}v${(-barHeight).toFixed(1)}h${(binWidth - 0.5).toFixed(1)}v${barHeight.toFixed(1)}z`;
  });
  return path;
}

/** Where a window lies on the overview (px from the left), for either direction. */
export function windowExtent(window: TimeWindow, whole: TimeWindow, width: number, rtl = false): { x: number; width: number } {
  const span = whole.end - whole.start;
  const a = ((window.start - whole.start) / span) * width;
  const b = ((window.end - whole.start) / span) * width;
  return rtl ? { x: width - b, width: b - a } : { x: a, width: b - a };
}
