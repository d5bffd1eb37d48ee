/**
 * SVG fragments of the timeline: pure functions from layout to templates. Lit renders every
 * node; d3 only computed the numbers. Marks and clusters carry `data-key` so that the element
 * handles clicks and keys for all of them in one place (no listener per shape).
 */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AxisTicks } from '../../layout/ticks.js';
import type { ClusterGeometry, LaneGeometry, MarkGeometry } from '../../layout/window-layout.js';

/** Height of the axis above the lanes (px). */
export const AXIS_HEIGHT = 44;

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
    <line x1="0" x2=${width} y1=${AXIS_HEIGHT} y2=${AXIS_HEIGHT}></line>
  </g>`;
}

/** One band per lane, with its label at the start edge (left in LTR, right in RTL). */
export function renderLanes(lanes: readonly LaneGeometry[], width: number, rtl: boolean, sideName?: (side: string) => string): SVGTemplateResult {
  // An actor lane names its side in words: the marks' colour says the side, and colour must not be the only cue (WCAG 1.4.1).
  return svg`${repeat(
    lanes,
    (lane) => lane.key,
    (lane) => svg`<g part="lane" data-lane=${lane.key} aria-hidden="true">
      <line class="lane-rule" x1="0" x2=${width} y1=${lane.y + lane.height} y2=${lane.y + lane.height}></line>
      <text part="label" x=${rtl ? width - 4 : 4} y=${lane.y + 15} text-anchor="start">${lane.label}${lane.side && sideName
        ? svg`<tspan class="side" data-category> · ${sideName(lane.side)}</tspan>`
        : nothing}</text>
    </g>`,
  )}`;
}

/** How marks and clusters are named and coloured. */
export interface MarkRenderOptions {
  readonly selected?: string;
  /** Key of the item that holds the roving tab stop. */
  readonly active?: string;
  readonly highlighted: ReadonlySet<string>;
  /** What the colour of a mark says: its side (lanes by actor), its type (lanes by type), or nothing (where no label names the type). */
  readonly colorBy: 'side' | 'type' | 'none';
  readonly markLabel: (mark: MarkGeometry) => string;
  readonly clusterLabel: (cluster: ClusterGeometry) => string;
  readonly formatCount: (count: number) => string;
  /** Classes of actors that carry their own colour in the data, by actor id (lane key). */
  readonly actorColor: ReadonlyMap<string, string>;
}

/** The colour of a mark: its actor's own (in actor lanes), else its side's, else its type's. */
export function colorClass(lane: string, side: string | undefined, type: string, colorBy: 'side' | 'type' | 'none', actorColor: ReadonlyMap<string, string>): string {
  if (colorBy === 'none') return 'uncoloured';
  const own = colorBy === 'side' ? actorColor.get(lane) : undefined;
  if (own) return own;
  // An actor with no side in lanes by actor: no label names its type either, so no colour.
  if (colorBy === 'side') return side ? `side-${classToken(side)}` : 'uncoloured';
  return `type-${type}`;
}

/** One focusable shape per event drawn on its own: `part="mark"`, `data-event-id`, visibly inexact when the date is. */
export function renderMarks(marks: readonly MarkGeometry[], options: MarkRenderOptions): SVGTemplateResult {
  return svg`<g class="marks">${repeat(
    marks,
    (mark) => mark.event.id,
    (mark) => {
      const { event } = mark;
      const inexact = event.when.uncertain || event.when.approximate;
      const contested = event.status === 'disputed' || event.status === 'denied';
      const classes = `mark ${colorClass(mark.lane, mark.side, event.type, options.colorBy, options.actorColor)}${inexact ? ' inexact' : ''}${contested ? ' contested' : ''}${
        event.id === options.selected ? ' selected' : ''
      }${options.highlighted.has(event.id) ? ' highlighted' : ''}`;
      const common = { key: event.id, label: options.markLabel(mark), tab: event.id === options.active ? 0 : -1, pressed: event.id === options.selected ? 'true' : 'false' };
      return mark.shape === 'point'
        ? svg`<circle part="mark" class=${classes} data-key=${common.key} data-event-id=${event.id} role="button" tabindex=${common.tab}
            aria-pressed=${common.pressed} aria-label=${common.label} cx=${mark.x} cy=${mark.y + mark.height / 2} r=${mark.height / 2}></circle>`
        : svg`<rect part="mark" class=${classes} data-key=${common.key} data-event-id=${event.id} role="button" tabindex=${common.tab}
            aria-pressed=${common.pressed} aria-label=${common.label} x=${mark.x} y=${mark.y} width=${mark.width} height=${mark.height} rx="2"></rect>`;
    },
  )}</g>`;
}

/** One focusable aggregate per lane and bin where events are too dense to draw one by one. */
export function renderClusters(clusters: readonly ClusterGeometry[], options: MarkRenderOptions): SVGTemplateResult {
  const { selected, highlighted } = options;
  // A cluster that holds the selected event, or events of the highlighted route, is set apart as their marks would be.
  const holds = (cluster: ClusterGeometry) =>
    `${selected !== undefined && cluster.events.some((event) => event.id === selected) ? ' selected' : ''}${
      highlighted.size && cluster.events.some((event) => highlighted.has(event.id)) ? ' highlighted' : ''
    }`;
  return svg`<g class="clusters">${repeat(
    clusters,
    (cluster) => cluster.key,
    (cluster) => svg`<g part="cluster" class=${`cluster ${colorClass(cluster.lane, cluster.side, cluster.events[0]!.type, options.colorBy, options.actorColor)}${holds(cluster)}`} data-key=${cluster.key}
        data-count=${cluster.events.length} role="button" tabindex=${cluster.key === options.active ? 0 : -1} aria-label=${options.clusterLabel(cluster)}>
        <rect x=${cluster.x} y=${cluster.y} width=${cluster.width} height=${cluster.height} rx="4"></rect>
        <text x=${cluster.x + cluster.width / 2} y=${cluster.y + Math.min(cluster.height, 24) / 2} dy="0.35em" text-anchor="middle">${options.formatCount(cluster.events.length)}</text>
      </g>`,
  )}</g>`;
}

/** A dashed rule at the dataset's `updated` time. */
export function renderUpdatedMarker(x: number | undefined, height: number, label: string, rtl: boolean): SVGTemplateResult | typeof nothing {
  if (x === undefined) return nothing;
  return svg`<g class="updated-marker" aria-hidden="true">
    <line x1=${x} x2=${x} y1=${AXIS_HEIGHT} y2=${height}></line>
    <text x=${x + (rtl ? 4 : -4)} y=${height - 4} text-anchor="end">${label}</text>
  </g>`;
}
