import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { baselineMarks, COLORS, EXTENT, LANE_HEIGHT, type BaselineMark } from './shared.js';

/** The plain d3 way: one SVG rect per event through a data join, attributes updated on zoom. */
export function drawSvg(data: Parameters<typeof baselineMarks>[0], box: HTMLElement, width: number) {
  const marks = baselineMarks(data);
  const x = scaleUtc().domain([EXTENT.min, EXTENT.max]).range([0, width]);
  const svg = select(box).append('svg').attr('width', width).attr('height', 6 * LANE_HEIGHT);
  const rects = svg
    .selectAll<SVGRectElement, BaselineMark>('rect')
    .data(marks)
    .join('rect')
    .attr('y', (mark) => mark.lane * LANE_HEIGHT + mark.row * 13)
    .attr('height', 11)
    .attr('fill', (mark) => COLORS[mark.lane]!);
  const place = (scale: typeof x) => rects.attr('x', (mark) => scale(mark.start)).attr('width', (mark) => Math.max(1, scale(mark.end) - scale(mark.start)));
  place(x);
  return { update: (window: { start: number; end: number }) => place(x.copy().domain([window.start, window.end])) };
}
