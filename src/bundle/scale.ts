/**
 * Stands in for `d3-scale` in the self-contained bundle only (see vite.config.ts): the two scales
 * Sitrep draws with, `scaleUtc` (the time axis) and `scaleLinear` (the activity chart of the
 * actor card), with the methods it calls on them: `domain`, `range`, mapping a value, `invert`,
 * `ticks` and `copy`. The mapping is d3's (the same arithmetic, so the same pixels) and a time
 * scale's ticks come from d3-time's `utcTicks`, as in d3-scale. What d3-scale adds and Sitrep
 * never calls (tick formats, `nice`, clamping, custom interpolators, polylinear domains) is left
 * out, and with it d3-format, d3-interpolate and d3-time-format. The npm build keeps the real module.
 */
import { utcTicks, type TimeInterval } from 'd3-time';

type Value = number | Date;

/** d3's normalize(a, b) with interpolateNumber(r0, r1): the map of a two-point continuous scale. */
function bimap(domain: readonly number[], range: readonly number[]): (x: number) => number {
  let [d0, d1] = domain as [number, number];
  let [r0, r1] = range as [number, number];
  // A descending domain is read ascending, with the range swapped: d3 does the same.
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  const normalize = span ? (x: number) => (x - d0) / span : () => (Number.isNaN(span) ? NaN : 0.5);
  return (x) => {
    const t = normalize(x);
    return r0 * (1 - t) + r1 * t;
  };
}

interface Continuous<D> {
  (value: Value | null | undefined): number;
  domain(): D[];
  domain(domain: Iterable<Value>): this;
  range(): number[];
  range(range: Iterable<number>): this;
  invert(value: number): D;
}

function continuous<D>(toDomain: (value: number) => D, fromDomain: (value: Value) => number): Continuous<D> {
  let domain = [0, 1];
  let range = [0, 1];
  let output: ((x: number) => number) | undefined;
  let input: ((x: number) => number) | undefined;
  const scale = ((value: Value | null | undefined) => {
    if (value == null || Number.isNaN(+value)) return undefined;
    output ??= bimap(domain, range);
    return output(+value);
  }) as Continuous<D>;
  scale.domain = ((values?: Iterable<Value>) => {
    if (values === undefined) return domain.map(toDomain);
    domain = Array.from(values, fromDomain);
    output = input = undefined;
    return scale;
  }) as Continuous<D>['domain'];
  scale.range = ((values?: Iterable<number>) => {
    if (values === undefined) return range.slice();
    range = Array.from(values);
    output = input = undefined;
    return scale;
  }) as Continuous<D>['range'];
  scale.invert = (value) => {
    input ??= bimap(range, domain);
    return toDomain(input(+value));
  };
  return scale;
}

/** A time scale in UTC: `d3.scaleUtc`, for what Sitrep asks of it. */
export function scaleUtc(): Continuous<Date> & { ticks(count?: number | TimeInterval): Date[]; copy(): ReturnType<typeof scaleUtc> } {
  const scale = continuous(
    // Instants in milliseconds, never text: d3's own conversion both ways.
    (ms: number) => new Date(ms),
    (value) => (value instanceof Date ? +value : +new Date(+value)),
  ) as ReturnType<typeof scaleUtc>;
  scale.domain([Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)]);
  scale.ticks = (count) => {
    const [start, stop] = scale.domain() as [Date, Date];
    return utcTicks(start, stop, (count ?? 10) as number);
  };
  scale.copy = () => scaleUtc().domain(scale.domain()).range(scale.range());
  return scale;
}

/** A linear scale: `d3.scaleLinear`, for what Sitrep asks of it. */
export function scaleLinear(): Continuous<number> & { copy(): ReturnType<typeof scaleLinear> } {
  const scale = continuous((value) => value, Number) as ReturnType<typeof scaleLinear>;
  scale.copy = () => scaleLinear().domain(scale.domain()).range(scale.range());
  return scale;
}
