/**
 * The visible window of a timeline and the math of zooming and panning it. Pure functions over
 * instants (UTC ms); the interaction that calls them lives in the zoom controller.
 */

/** A visible time range (UTC ms), `start < end`. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/** How far a reader may zoom and pan. */
export interface ZoomLimits {
  /** Earliest instant the window may show. */
  readonly min: number;
  /** Latest instant the window may show. */
  readonly max: number;
  /** Narrowest window (ms). */
  readonly minSpan: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The window that shows all of `extent`: padded by 3% on each side, at least half a day. */
export function fitWindow(extent: { readonly min: number; readonly max: number } | null, fallback = Date.UTC(2024, 0, 1)): TimeWindow {
  const [min, max] = extent ? [extent.min, extent.max] : [fallback, fallback + DAY];
  const pad = Math.max((max - min) * 0.03, DAY / 2);
  return { start: min - pad, end: max + pad };
}

/**
 * Limits for a dataset: never beyond the fitted window (nothing but emptiness lies there), and
 * never narrower than two days, or two hours when the data has times of day.
 */
export function zoomLimits(extent: { readonly min: number; readonly max: number } | null, timed: boolean): ZoomLimits {
  const fit = fitWindow(extent);
  return { min: fit.start, max: fit.end, minSpan: Math.min(timed ? 2 * HOUR : 2 * DAY, fit.end - fit.start) };
}

/** Keeps a window within the limits: its span between `minSpan` and the whole range, its ends inside. */
export function clampWindow(window: TimeWindow, limits: ZoomLimits): TimeWindow {
  const full = limits.max - limits.min;
  const span = Math.min(Math.max(window.end - window.start, limits.minSpan), full);
  let start = window.start + (window.end - window.start - span) / 2;
  start = Math.min(Math.max(start, limits.min), limits.max - span);
  return { start, end: start + span };
}

/**
 * Zooms by `factor` (2 = twice as close) keeping `anchor` (an instant) where it is on screen,
 * then clamps to the limits.
 */
export function zoomAround(window: TimeWindow, factor: number, anchor: number, limits: ZoomLimits): TimeWindow {
  const span = window.end - window.start;
  const full = limits.max - limits.min;
  const next = Math.min(Math.max(span / factor, limits.minSpan), full);
  const ratio = span > 0 ? (anchor - window.start) / span : 0.5;
  const start = anchor - ratio * next;
  return clampWindow({ start, end: start + next }, limits);
}

/** Moves the window by `delta` ms (positive: later), stopping at the limits. */
export function panBy(window: TimeWindow, delta: number, limits: ZoomLimits): TimeWindow {
  return clampWindow({ start: window.start + delta, end: window.end + delta }, limits);
}

/** Moves the window so `instant` is in view, keeping its span; a no-op when it already is (with a margin). */
export function revealInstant(window: TimeWindow, instant: number, limits: ZoomLimits, margin = 0.1): TimeWindow {
  const span = window.end - window.start;
  const inner = span * margin;
  if (instant >= window.start + inner && instant <= window.end - inner) return window;
  return clampWindow({ start: instant - span / 2, end: instant + span / 2 }, limits);
}

/** True when two windows are the same to the millisecond. */
export function sameWindow(a: TimeWindow | undefined, b: TimeWindow | undefined): boolean {
  return !!a && !!b && Math.round(a.start) === Math.round(b.start) && Math.round(a.end) === Math.round(b.end);
}
