/**
 * Stands in for `d3-interpolate` in the self-contained bundle only (see vite.config.ts). The
 * timeline's scales map instants to pixels, numbers to numbers; d3-interpolate's generic
 * `interpolate` also handles colours, strings and objects, which brings in d3-color (about a
 * quarter of the bundle) that nothing here uses. The npm build keeps the real module.
 */

type Interpolator = (t: number) => number;

/** Linear interpolation between two numbers (`+value`, so Dates become their instants). */
export function interpolateNumber(a: unknown, b: unknown): Interpolator {
  const from = Number(a);
  const to = Number(b);
  return (t) => from * (1 - t) + to * t;
}

/** As {@link interpolateNumber}, rounded to whole numbers. */
export function interpolateRound(a: unknown, b: unknown): Interpolator {
  const between = interpolateNumber(a, b);
  return (t) => Math.round(between(t));
}

/** Numbers only: what a continuous scale over time and pixels needs. */
export function interpolate(a: unknown, b: unknown): Interpolator {
  return interpolateNumber(a, b);
}

/** Interpolates through several values, each pair with `interpolator`. */
export function piecewise(interpolator: unknown, values?: unknown[]): Interpolator {
  let between = interpolator as (a: unknown, b: unknown) => Interpolator;
  let stops = values;
  if (stops === undefined) {
    stops = interpolator as unknown[];
    between = interpolate;
  }
  const last = stops.length - 1;
  const parts = stops.slice(1).map((value, index) => between(stops![index], value));
  return (t) => {
    const scaled = Math.max(0, Math.min(last, t * last));
    const index = Math.min(last - 1, Math.floor(scaled));
    return parts[index]!(scaled - index);
  };
}
