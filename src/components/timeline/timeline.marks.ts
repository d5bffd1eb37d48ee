/**
 * SVG fragments of the timeline: pure functions from layout to templates. Lit renders every
 * node; d3 only computed the numbers.
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AxisTicks } from '../../layout/ticks.js';
import type { LaneGeometry, MarkGeometry } from '../../layout/timeline-layout.js';

/** A CSS-class-safe token from free text (sides come from data). */
export function classToken(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]/g, '');
}

/*
 * SVG text inherits the element's direction, so text-anchor "start" is the left edge of the
 * text in LTR and its right edge in RTL: labels anchored at "start" grow away from the start
 * edge of the timeline in both directions.
 */

/** The axis: a row of minor ticks with labels and, above them, the major labels (months, years). */
export function renderAxis(ticks: AxisTicks, width: number, height: number, rtl: boolean): SVGTemplateResult {
  const nudge = rtl ? -4 : 4;
  return svg`<g part="axis" aria-hidden="true">
    <g class="major">
      ${ticks.major.map((tick) => svg`<text x=${tick.x + nudge} y="14" text-anchor="start">${tick.label}</text>`)}
    </g>
    <g class="minor">
      ${ticks.minor.map(
        (tick) => svg`<line x1=${tick.x} x2=${tick.x} y1="30" y2=${height}></line>
          <text x=${tick.x} y="34" dy="0.71em" text-anchor="middle">${tick.label}</text>`,
      )}
    </g>
    <line x1="0" x2=${width} y1="44" y2="44"></line>
  </g>`;
}

/** One band per lane, with its label at the start edge (left in LTR, right in RTL). */
export function renderLanes(lanes: readonly LaneGeometry[], width: number, rtl: boolean): SVGTemplateResult {
  return svg`${repeat(
    lanes,
    (lane) => lane.key,
    (lane) => svg`<g part="lane" data-lane=${lane.key}>
      <line class="lane-rule" x1="0" x2=${width} y1=${lane.y + lane.height} y2=${lane.y + lane.height}></line>
      <text part="label" x=${rtl ? width - 4 : 4} y=${lane.y + 14} text-anchor="start">${lane.label}</text>
    </g>`,
  )}`;
}

/** One mark per event: `part="mark"`, `data-event-id`, visibly inexact when the date is. */
export function renderMarks(marks: readonly MarkGeometry[], selected: string | undefined, colorBy: 'side' | 'type', onSelect: (id: string) => void): SVGTemplateResult {
  return svg`<g class="marks">${repeat(
    marks,
    (mark) => mark.event.id,
    (mark) => {
      const { event } = mark;
      const inexact = event.when.uncertain || event.when.approximate;
      const color = colorBy === 'side' && mark.side ? `side-${classToken(mark.side)}` : `type-${event.type}`;
      const classes = `mark ${color}${inexact ? ' inexact' : ''}${event.id === selected ? ' selected' : ''}`;
      const click = () => onSelect(event.id);
      return mark.shape === 'point'
        ? svg`<circle part="mark" class=${classes} data-event-id=${event.id} cx=${mark.x} cy=${mark.y + mark.height / 2} r=${mark.height / 2} @click=${click}></circle>`
        : svg`<rect part="mark" class=${classes} data-event-id=${event.id} x=${mark.x} y=${mark.y} width=${mark.width} height=${mark.height} rx="2" @click=${click}></rect>`;
    },
  )}</g>`;
}

/** A dashed rule at the dataset's `updated` time. */
export function renderUpdatedMarker(x: number | undefined, height: number, label: string, rtl: boolean): SVGTemplateResult | typeof nothing {
  if (x === undefined) return nothing;
  return svg`<g class="updated-marker" aria-hidden="true">
    <line x1=${x} x2=${x} y1="44" y2=${height}></line>
    <text x=${x + (rtl ? 4 : -4)} y=${height - 4} text-anchor="end">${label}</text>
  </g>`;
}
