import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ScaleTime } from 'd3-scale';
import { DatasetController } from '../../controllers/dataset-controller.js';
import { SizeController } from '../../controllers/size-controller.js';
import { SitrepSelectEvent } from '../../events/events.js';
import { describeSpan, formatDays, machineDate } from '../../i18n/format-date.js';
import { stringsFor, type Strings } from '../../i18n/strings.js';
import { assignLanes, GROUP_BYS, type GroupBy } from '../../layout/lanes.js';
import { createTicks, type AxisTicks } from '../../layout/ticks.js';
import { createTimeScale } from '../../layout/time-scale.js';
import { layoutTimeline } from '../../layout/timeline-layout.js';
import type { ConflictEvent, DataIssue, Dataset, Format } from '../../model/types.js';
import { hostStyles } from '../../styles/host.styles.js';
import { inheritedAttribute } from '../inherited.js';
import styles from './timeline.styles.js';
import { renderAxis, renderLanes, renderMarks, renderUpdatedMarker } from './timeline.marks.js';

type Layout = ReturnType<typeof layoutTimeline>;

/**
 * A timeline of the events of a conflict, drawn on a d3 UTC scale, one lane per actor (or
 * type, or place), with a text list of the same events for screen readers and readers who
 * prefer text.
 *
 * @tagname sitrep-timeline
 * @summary The events of a conflict on a time axis, in lanes.
 * @status experimental
 * @since 0.1
 *
 * @event {SitrepSelectEvent} sitrep-select - The reader selected an event (detail: `{ event }`, `null` when cleared).
 * @event {SitrepLoadEvent} sitrep-load - The data was loaded and validated (detail: `{ dataset, issues }`).
 * @event {SitrepErrorEvent} sitrep-error - Nothing can be shown (detail: `{ kind, message, issues }`).
 *
 * @csspart base - The wrapper of everything the element draws.
 * @csspart header - The title, summary sentence and update time.
 * @csspart plot - The box that holds the drawing.
 * @csspart axis - The time axis.
 * @csspart lane - One lane (an SVG group).
 * @csspart label - A lane's label.
 * @csspart mark - One event drawn on its own (carries `data-event-id`).
 * @csspart detail - The panel that shows the selected event.
 * @csspart list - The text list of the events shown.
 * @csspart status - The loading message.
 * @csspart error - The message shown when nothing can be drawn.
 *
 * @cssproperty --sitrep-font - Font family of all text.
 * @cssproperty --sitrep-font-size - Base font size.
 * @cssproperty --sitrep-color-text - Text colour.
 * @cssproperty --sitrep-color-muted - Colour of secondary text and axis labels.
 * @cssproperty --sitrep-color-background - Background colour.
 * @cssproperty --sitrep-color-surface - Background of panels (detail, messages).
 * @cssproperty --sitrep-color-rule - Colour of axis and lane rules.
 * @cssproperty --sitrep-color-focus - Colour of focus rings, links and the selection.
 * @cssproperty --sitrep-color-error - Colour of error messages.
 * @cssproperty --sitrep-side-opposition - Colour of marks of actors on the side `opposition` (one such property per side: `government`, `pro-government`, `kurdish-led`, `pro-opposition`, `israel`, `civilian`, `neutral`).
 * @cssproperty --sitrep-type-battle - Colour of marks of battles when not coloured by side (one such property per event type: `explosion`, `violence-against-civilians`, `protest`, `riot`, `strategic`).
 */
export class SitrepTimeline extends LitElement {
  static override styles = [hostStyles, styles];

  private readonly data$ = new DatasetController(this);
  private readonly size = new SizeController(this);
  private strings: Strings = stringsFor('en');
  private locale = 'en';
  private rtl = false;
  private scale?: ScaleTime<number, number>;
  private ticks?: AxisTicks;
  private layout?: Layout;
  private layoutKey: readonly unknown[] = [];

  /** URL of the dataset (JSON or CSV), or `#id` of an inline `<script type="application/json">` on the page. */
  @property() src?: string;

  /** The data format: `auto`, `sitrep`, `csv`, `acled` or `timelinejs`. */
  @property() format: Format = 'auto';

  /** A dataset object in the native format; when set it wins over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** IANA time zone used to display times (default: the dataset's `timeZone`, else UTC). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** How events are grouped into lanes: `actor`, `type`, `place` or `none`. */
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'actor';

  /** Id of the selected event; reflects the reader's choice. */
  @property({ reflect: true }) selected?: string;

  /** The normalised events, sorted in time order (empty until loaded). */
  get events(): readonly ConflictEvent[] {
    return this.data$.dataset?.events ?? [];
  }

  /** The data issues found while loading (errors left items out; warnings kept them). */
  get issues(): readonly DataIssue[] {
    return this.data$.issues;
  }

  /** The visible time range, or `null` before the data is drawn. */
  get visibleRange(): { start: Date; end: Date } | null {
    if (!this.scale) return null;
    const [start, end] = this.scale.domain() as [Date, Date];
    return { start, end };
  }

  /** Selects the event with this id (or clears the selection with `null`); fires no event. */
  select(id: string | null): void {
    this.selected = id ?? undefined;
  }

  override willUpdate(_changed: PropertyValues<this>): void {
    this.locale = inheritedAttribute(this, 'lang') || 'en';
    this.rtl = inheritedAttribute(this, 'dir')?.toLowerCase() === 'rtl';
    this.strings = stringsFor(this.locale);
  }

  override update(changed: PropertyValues<this>): void {
    // Runs after the data controller's hostUpdate, so the layout sees the newest dataset.
    this.computeLayout();
    super.update(changed);
  }

  /** Rebuilds scale, ticks and lanes only when what they depend on changed (not on selection). */
  private computeLayout(): void {
    const dataset = this.data$.dataset;
    const width = this.size.width;
    const key = [dataset, width, this.groupBy, this.locale, this.rtl, this.timeZone];
    if (key.every((value, index) => value === this.layoutKey[index])) return;
    this.layoutKey = key;
    if (!dataset || width === 0) {
      this.scale = this.ticks = this.layout = undefined;
      return;
    }
    const groupBy = (GROUP_BYS as readonly string[]).includes(this.groupBy) ? this.groupBy : 'actor';
    const lanes = assignLanes(dataset.events, dataset, groupBy, {
      actor: (id) => this.nameOf(dataset.actorById.get(id)) ?? id,
      place: (id) => this.nameOf(dataset.placeById.get(id)) ?? id,
      type: (type) => this.strings.types[type] ?? type,
      none: this.strings.allEvents,
      unassigned: groupBy === 'place' ? this.strings.unassignedPlace : this.strings.unassigned,
    });
    this.scale = createTimeScale(dataset.extent, this.rtl ? [width, 0] : [0, width]);
    this.ticks = createTicks(this.scale, width, this.locale, this.displayZone(dataset));
    this.layout = layoutTimeline(lanes, this.scale);
  }

  private nameOf(item: { name: string; names: Readonly<Record<string, string>> } | undefined): string | undefined {
    if (!item) return undefined;
    const base = this.locale.split('-')[0]!;
    return item.names[this.locale] ?? item.names[base] ?? item.name;
  }

  private displayZone(dataset: Dataset): string {
    return this.timeZone || dataset.timeZone || 'UTC';
  }

  private handleSelect = (id: string): void => {
    const next = this.selected === id ? undefined : id;
    this.selected = next;
    const event = next ? (this.events.find((candidate) => candidate.id === next) ?? null) : null;
    this.dispatchEvent(new SitrepSelectEvent(event));
  };

  private summaryText(dataset: Dataset): string {
    const s = this.strings;
    const count = s.eventCount(dataset.events.length);
    if (!dataset.extent) return s.emptyTimeline;
    const range = formatDays(dataset.extent.min, dataset.extent.max, this.locale);
    const lanes = this.layout?.lanes.length ?? 1;
    const by = this.groupBy === 'none' || lanes <= 1 ? s.oneLane : s.lanesBy(lanes, s.groupBy[this.groupBy] ?? this.groupBy);
    return s.summary(count, s.summaryRange(range), by);
  }

  private renderPlot(dataset: Dataset): TemplateResult | typeof nothing {
    const { layout, ticks, scale } = this;
    if (!layout || !ticks || !scale) return nothing;
    const width = this.size.width;
    const updatedX = dataset.updatedAt !== undefined && dataset.extent && dataset.updatedAt <= scale.domain()[1]!.getTime() ? scale(dataset.updatedAt) : undefined;
    const updatedLabel = dataset.updatedAt !== undefined ? this.strings.updated(formatDays(dataset.updatedAt, dataset.updatedAt, this.locale)) : '';
    const colorBy = this.groupBy === 'actor' ? 'side' : 'type';
    return html`<div class="plot" part="plot">
      <svg width=${width} height=${layout.height} viewBox="0 0 ${width} ${layout.height}" role="img" aria-labelledby="summary">
        ${renderAxis(ticks, width, layout.height, this.rtl)} ${renderLanes(layout.lanes, width, this.rtl)}
        ${renderMarks(layout.marks, this.selected, colorBy, this.handleSelect)}
        ${renderUpdatedMarker(updatedX, layout.height, updatedLabel, this.rtl)}
      </svg>
    </div>`;
  }

  private renderDetail(dataset: Dataset): TemplateResult | typeof nothing {
    const event = this.selected ? dataset.events.find((candidate) => candidate.id === this.selected) : undefined;
    if (!event) return nothing;
    const s = this.strings;
    const zone = this.displayZone(dataset);
    const actors = event.actors.map((id) => this.nameOf(dataset.actorById.get(id)) ?? id);
    const place = event.place ? this.nameOf(dataset.placeById.get(event.place)) : undefined;
    return html`<section part="detail" aria-live="polite" aria-label=${event.title}>
      <h3>${event.title}</h3>
      <p class="meta">
        <time datetime=${machineDate(event.when)}>${event.displayDate ?? describeSpan(event.when, this.locale, s, zone)}</time>
        ${place ? html` · <bdi>${place}</bdi>` : nothing} · ${s.types[event.type] ?? event.type}${event.status ? html` · ${s.status[event.status]}` : nothing}
      </p>
      ${actors.length ? html`<p class="meta">${actors.map((name, index) => html`${index ? ', ' : ''}<bdi>${name}</bdi>`)}</p>` : nothing}
      ${event.summary ? html`<p>${event.summary}</p>` : nothing}
      ${event.sources.length
        ? html`<p class="meta">
            ${s.sources}:
            ${event.sources.map(
              (source, index) =>
                html`${index ? '; ' : ''}${source.url ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.name}</a>` : source.name}`,
            )}
          </p>`
        : nothing}
    </section>`;
  }

  private renderList(dataset: Dataset): TemplateResult {
    const s = this.strings;
    const zone = this.displayZone(dataset);
    return html`<details>
      <summary>${s.eventsList} (${dataset.events.length})</summary>
      <ol part="list">
        ${repeat(
          dataset.events,
          (event) => event.id,
          (event) => html`<li data-event-id=${event.id}>
            <button class="list-button" type="button" aria-pressed=${this.selected === event.id ? 'true' : 'false'} @click=${() => this.handleSelect(event.id)}>
              <time datetime=${machineDate(event.when)}>${event.displayDate ?? describeSpan(event.when, this.locale, s, zone)}</time>:
              <span class="event-title">${event.title}</span>${event.status && event.status !== 'confirmed' ? html` (${s.status[event.status]})` : nothing}
            </button>
          </li>`,
        )}
      </ol>
    </details>`;
  }

  private renderSkipped(): TemplateResult | typeof nothing {
    const errors = this.issues.filter((issue) => issue.severity === 'error');
    if (errors.length === 0) return nothing;
    // One event can have several errors; count the events left out, not the errors.
    const skippedEvents = new Set(errors.map((issue) => /^\$\.events\[\d+\]/.exec(issue.path ?? '')?.[0]).filter(Boolean)).size;
    const message = skippedEvents > 0 ? this.strings.skipped(skippedEvents, skippedEvents + this.events.length) : this.strings.problems(errors.length);
    return html`<details class="skipped" role="note">
      <summary>${message} ${this.strings.showIssues}</summary>
      <ul>
        ${errors.map((issue) => html`<li><code>${issue.path ?? (issue.row ? `row ${issue.row}` : '')}</code> ${issue.message}</li>`)}
      </ul>
    </details>`;
  }

  override render(): TemplateResult {
    const { status, dataset, error } = this.data$;
    const s = this.strings;
    const name = dataset?.title ?? s.timelineName;
    return html`<div part="base" dir=${this.rtl ? 'rtl' : 'ltr'} lang=${this.locale} role="group" aria-label=${name}>
      ${status === 'loading' ? html`<p part="status" role="status">${s.loading}</p>` : nothing}
      ${status === 'error' && error
        ? html`<div part="error" role="alert"><strong>${s.errorTitle}</strong> ${error.message}</div>`
        : nothing}
      ${dataset
        ? html`<header part="header" class="header">
              <p class="title">${dataset.title}</p>
              <p class="summary" id="summary">${this.summaryText(dataset)}</p>
            </header>
            ${this.renderSkipped()} ${this.renderPlot(dataset)} ${this.renderDetail(dataset)} ${this.renderList(dataset)}`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sitrep-timeline': SitrepTimeline;
  }
}
