import { scaleUtc, type ScaleTime } from 'd3-scale';

const DAY = 86_400_000;

/**
 * The base time scale of a timeline: the extent of the events, padded by 3% on each side (at
 * least half a day), mapped onto `range`. A right-to-left timeline passes a reversed range so
 * time runs from right to left. With no events, the scale spans one day around `fallback`.
 *
 * @example
 * createTimeScale({ min, max }, [0, 800]) // scaleUtc().domain([min - pad, max + pad]).range([0, 800])
 */
export function createTimeScale(
  extent: { readonly min: number; readonly max: number } | null,
  range: readonly [number, number],
  fallback = Date.UTC(2024, 0, 1),
): ScaleTime<number, number> {
  const [min, max] = extent ? [extent.min, extent.max] : [fallback, fallback + DAY];
  const pad = Math.max((max - min) * 0.03, DAY / 2);
  return scaleUtc()
    .domain([new Date(min - pad), new Date(max + pad)])
    .range([range[0], range[1]]);
}
