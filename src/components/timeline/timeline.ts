import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { BrushController } from '../../controllers/brush-controller.js';
import { serverWidth, SizeController } from '../../controllers/size-controller.js';
import { ZoomController, type ZoomView } from '../../controllers/zoom-controller.js';
import { SitrepRangeChangeEvent, SitrepSelectEvent } from '../../events/events.js';
import { isolate } from '../../i18n/bidi.js';
import { describeSpan, formatDays, machineDate } from '../../i18n/format-date.js';
import { indexLanes, lowerBound, type LaneIndex } from '../../layout/event-index.js';
import { assignLanes, GROUP_BYS, type GroupBy } from '../../layout/lanes.js';
import { listRows, type EventGroup, type GroupUnit, type ListRow } from '../../layout/list-rows.js';
import { densityPath, windowExtent } from '../../layout/overview.js';
import { createTicks, type AxisTicks } from '../../layout/ticks.js';
import { DEFAULT_METRICS, layoutWindow, measureLaneRows, type WindowLayout } from '../../layout/window-layout.js';
import { clampWindow, fitWindow, panBy, revealInstant, sameWindow, zoomAround, zoomLimits, type TimeWindow, type ZoomLimits } from '../../layout/zoom.js';
import { parseEdtf } from '../../model/dates.js';
import { filterEvents, splitList } from '../../model/filter.js';
import type { ConflictEvent, DataIssue, Dataset } from '../../model/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { colorStyles } from '../../styles/colors.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { SitrepDataElement } from '../data-element.js';
import { lazyModule } from '../lazy.js';
import styles from './timeline.styles.js';
import { actorColors, adoptActorColors } from '../actor-colors.js';
import { AXIS_HEIGHT, colorClass, renderAxis, renderClusters, renderLanes, renderMarks, renderUpdatedMarker, type MarkRenderOptions } from './timeline.marks.js';

/** One focusable thing, in time order: an event (key = its id), or a group of events (a cluster, or a row of the vertical list). */
interface FocusItem {
  readonly key: string;
  readonly start: number;
  readonly event?: ConflictEvent;
  readonly group?: EventGroup & { readonly lane?: string; readonly unit?: GroupUnit };
}

/** Below this element width, `layout="auto"` shows the vertical list. */
const VERTICAL_BELOW = 600;

/** A date given to `start`, `end` or `zoomTo()`. */
export type DateInput = Date | number | string;

/**
 * A timeline of the events of a conflict, drawn on a d3 UTC scale, one lane per actor (or
 * type, or place). Readers zoom and pan with the buttons, the keyboard, pinch, Ctrl/⌘ + wheel,
 * drag or double-click; dense bursts are drawn as clusters that zooming resolves; a text list
 * of what is shown serves screen readers and readers who prefer text.
 *
 * Keyboard: Tab enters the drawing on one event; arrows move between events in time (Left and
 * Right follow the screen, so they swap in right-to-left pages); Home/End go to the first and
 * last; Enter selects (or zooms into a cluster); Escape clears; `+`/`-` zoom; Shift + arrows or
 * PageUp/PageDown pan; `0` shows everything.
 *
 * @tagname sitrep-timeline
 * @summary The events of a conflict on a time axis, in lanes, with zoom, clusters and a text list.
 * @status experimental
 * @since 0.1
 *
 * @event {SitrepSelectEvent} sitrep-select - The reader selected an event (detail: `{ event }`, `null` when cleared).
 * @event {SitrepRangeChangeEvent} sitrep-range-change - The reader zoomed or panned (detail: `{ start, end }`, `Date`s).
 * @event {SitrepLoadEvent} sitrep-load - The data was loaded and validated (detail: `{ dataset, issues }`).
 * @event {SitrepErrorEvent} sitrep-error - Nothing can be shown (detail: `{ kind, message, issues }`).
 *
 * @csspart base - The wrapper of everything the element draws.
 * @csspart header - The title, summary sentence and update time.
 * @csspart save - The two buttons that save the view as a PNG or an SVG image.
 * @csspart controls - The zoom buttons.
 * @csspart button - Each zoom button.
 * @csspart overview - The strip that shows the whole period and, as a window that can be dragged, the part that is visible.
 * @csspart plot - The box that holds the drawing; drag, pinch and wheel act on it.
 * @csspart axis - The time axis.
 * @csspart lane - One lane (an SVG group).
 * @csspart label - A lane's label.
 * @csspart mark - One event drawn on its own (carries `data-event-id`): an SVG shape in the lanes, a row's button in the vertical layout.
 * @csspart cluster - Several events drawn as one with their count (carries `data-count`): a shape in a lane, or a row of a day, week, month or year in the vertical layout.
 * @csspart detail - The panel that shows the selected event.
 * @csspart list - The text list of what is shown.
 * @csspart status - The loading message (with progress for large files).
 * @csspart story - The previous and next buttons of story mode.
 * @csspart error - The message shown when nothing can be drawn.
 *
 * @cssproperty --sitrep-color-scheme - `light`, `dark`, or `light dark` (default: follow the reader's setting); inherited, so it can be set once for a page.
 * @cssproperty --sitrep-font - Font family of all text.
 * @cssproperty --sitrep-font-size - Base font size.
 * @cssproperty --sitrep-color-text - Text colour.
 * @cssproperty --sitrep-color-muted - Colour of secondary text and axis labels.
 * @cssproperty --sitrep-color-background - Background colour.
 * @cssproperty --sitrep-color-surface - Background of panels (detail, messages, buttons).
 * @cssproperty --sitrep-color-rule - Colour of axis and lane rules.
 * @cssproperty --sitrep-color-focus - Colour of focus rings, links and the selection.
 * @cssproperty --sitrep-color-error - Colour of error messages.
 * @cssproperty --sitrep-side-opposition - Colour of marks of actors on the side `opposition` (one such property per side: `government`, `pro-government`, `kurdish-led`, `pro-opposition`, `israel`, `civilian`, `neutral`).
 * @cssproperty --sitrep-lane-height - Height of one row of marks in a lane, in pixels (default 24px; 12 to 96); read when the element is laid out or resized.
 * @cssproperty --sitrep-mark-size - Height of a mark, in pixels (default 14px; at most the row height).
 * @cssproperty --sitrep-type-battle - Colour of marks of battles when not coloured by side (one such property per event type: `explosion`, `violence-against-civilians`, `protest`, `riot`, `strategic`).
 */
export class SitrepTimeline extends SitrepDataElement {
  static override styles = [hostStyles, buttonStyles, styles, colorStyles];

  private readonly size = new SizeController(this, () => this.renderRoot?.querySelector?.('[part~="base"]'));
  private readonly zoom = new ZoomController(this, {
    view: () => this.view(),
    change: (window) => this.moveTo(window, true),
    hint: () => this.showHint(),
  });
  private readonly brush = new BrushController(this, {
    view: () => {
      const view = this.view();
      const whole = this.fitted();
      return view && whole ? { ...view, whole } : undefined;
    },
    change: (window) => this.moveTo(window, true),
  });
  private densityKey: readonly unknown[] = [];
  private density = '';
  private lanesKey: readonly unknown[] = [];
  private laneIndex: LaneIndex[] = [];
  /** The events that pass the filters, in time order, and their starts (for keyboard travel and the overview). */
  private shown: readonly ConflictEvent[] = [];
  private starts = new Float64Array(0);
  private maxDuration = 0;
  /** Whether the vertical list is drawn instead of the lanes (phones, `layout="vertical"`). */
  private vertical = false;
  private rows: ListRow[] = [];
  private shownInWindow = 0;
  private limits?: ZoomLimits;
  private layoutKey: readonly unknown[] = [];
  private rowsKey: readonly unknown[] = [];
  private laneRows: number[] = [];
  private drawing?: WindowLayout;
  private ticks?: AxisTicks;
  private items: FocusItem[] = [];
  /** Formatted dates and accessible names per event, for the current language and zone (formatting is the costly part of a frame). */
  private words = new WeakMap<ConflictEvent, { date: string; label: string }>();
  private wordsKey: readonly unknown[] = [];
  private countFormat?: { locale: string; format: Intl.NumberFormat; texts: Map<number, string> };
  private focusAfterUpdate = false;
  /** Whether the next update scrolls the page to the selected event (it came from the page's hash). */
  private scrollToSelected = false;
  private detailRequested = false;
  private issuesSeen?: readonly DataIssue[];
  /** Set by Home and End: the tab stop goes to the first or last item once the view is laid out. */
  private edge?: 'first' | 'last';
  private hintTimer = 0;

  @query('.plot') private plot?: HTMLElement;
  @query('.overview svg') private overviewSvg?: SVGSVGElement;

  /** The visible window; `undefined` shows all the data. */
  @state() private window?: TimeWindow;
  /** Key of the mark or cluster that holds the roving tab stop. */
  @state() private active?: string;
  @state() private announcement = '';
  /** What became of the last "Copy the list" on the partial note. */
  @state() private copyOutcome: '' | 'copied' | 'failed' = '';
  @state() private hintVisible = false;
  /** While the page prints, the list is open so the printout carries it. */
  @state() private printing = false;

  /** How events are grouped into lanes: `actor`, `type`, `place` or `none`. */
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'actor';

  /** Id of the selected event; reflects the reader's choice. */
  @property({ reflect: true }) selected?: string;

  /** Start of the initial visible window (a date such as `2024-12-01`); default: the start of the data. */
  @property() start?: string;

  /** End of the initial visible window (a date such as `2024-12-10`); default: the end of the data. */
  @property() end?: string;

  /** Comma-separated actor ids: only events involving one of these actors are shown (reflected, so linked actor cards see it). */
  @property({ reflect: true }) actors?: string;

  /** Id of a route whose events are highlighted (set by a linked route chip). */
  @property({ attribute: 'highlight-route', reflect: true }) highlightRoute?: string;

  /** Comma-separated event types (`battle`, `explosion`, …): only events of these types are shown. */
  @property() types?: string;

  /** Text filter over titles, summaries, and actor and place names (accents and case ignored). */
  @property() query?: string;

  /** Story mode: one event at a time, with previous and next, the view following the current event. */
  @property({ type: Boolean, reflect: true }) story = false;

  /** Keeps the selection in the page URL's hash as `#sitrep-<event id>`, and selects the event named there on load. */
  @property({ type: Boolean, attribute: 'link-hash' }) linkHash = false;

  /** `auto` (default): a vertical list below 600 px of width, lanes above; `horizontal` or `vertical` to choose. */
  @property() layout: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** Hides the overview strip. */
  @property({ type: Boolean, attribute: 'no-overview' }) noOverview = false;

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
    const window = this.currentWindow();
    return window ? { start: new Date(window.start), end: new Date(window.end) } : null;
  }

  /** Selects the event with this id (or clears the selection with `null`) and brings it into view; fires no event. */
  select(id: string | null): void {
    this.selected = id ?? undefined;
    const event = id ? this.eventById(id) : undefined;
    if (event) this.reveal(event);
  }

  /**
   * Shows the time from `start` to `end` (within the data's limits); fires no event. The drawing
   * follows on the next update; the list of events a frame later, and `updateComplete` resolves
   * once both have (while the view moves quickly, the list waits until it rests).
   */
  zoomTo(start: DateInput, end: DateInput): void {
    this.showSpan(toInstant(start, 'start'), toInstant(end, 'end'));
  }

  /** Shows all the data; fires no event. */
  fit(): void {
    this.window = undefined;
  }

  /** Selects the next event in time (the first when none is selected) and brings it into view; fires no event. */
  next(): void {
    this.step(1, false);
  }

  /** Selects the previous event in time (the last when none is selected) and brings it into view; fires no event. */
  previous(): void {
    this.step(-1, false);
  }

  /**
   * The current view as the text of an SVG file, for social cards and print: the title, the
   * visible range, the drawing in the current theme and a source line. Rejects when nothing is
   * drawn (no data yet, or the vertical layout). The export code loads on first use.
   */
  async toSVG(): Promise<string> {
    const { serializeSvg } = await import('./timeline.export.js');
    return serializeSvg(await this.exportedView());
  }

  /** The current view as a PNG image, `scale` times its size on screen (default 2). Rejects when nothing is drawn. */
  async toPNG(scale = 2): Promise<Blob> {
    const { serializeSvg, svgToPng } = await import('./timeline.export.js');
    const view = await this.exportedView();
    return svgToPng(serializeSvg(view), Number(view.getAttribute('width')), Number(view.getAttribute('height')), scale);
  }

  private async exportedView(): Promise<SVGSVGElement> {
    const drawing = this.renderRoot.querySelector<SVGSVGElement>('.plot svg[role="group"]');
    const dataset = this.data$.dataset;
    const window = this.currentWindow();
    if (!drawing || !dataset || !window) throw new Error('sitrep: there is no drawing to export (no data yet, or the vertical layout)');
    const { exportSvg, rankedSources } = await import('./timeline.export.js');
    const ranked = rankedSources(this.shown, window);
    return exportSvg(drawing, this, {
      title: dataset.title,
      range: formatDays(window.start, window.end, this.dateLocale),
      sources: this.strings.sourcesLine(ranked.slice(0, 5), Math.max(0, ranked.length - 5)),
      lang: this.locale,
      rtl: this.rtl,
    });
  }

  /** Downloads the view as a file named after the dataset. */
  private async save(kind: 'png' | 'svg'): Promise<void> {
    const blob = kind === 'png' ? await this.toPNG() : new Blob([await this.toSVG()], { type: 'image/svg+xml' });
    const { download } = await import('./timeline.export.js');
    download(blob, this.data$.dataset?.title ?? '', kind);
  }

  private step(direction: 1 | -1, byReader: boolean): void {
    if (this.shown.length === 0) return;
    const index = this.selected ? this.shown.findIndex((event) => event.id === this.selected) : -1;
    const next = index === -1 ? (direction > 0 ? this.shown[0] : this.shown.at(-1)) : this.shown[index + direction];
    if (!next) return;
    this.selected = next.id;
    this.reveal(next, byReader);
    this.active = next.id;
    if (byReader) {
      this.say(this.strings.storyPosition(this.shown.indexOf(next) + 1, this.shown.length, isolate(next.title)));
      this.dispatchEvent(new SitrepSelectEvent(next));
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The drawing is re-attached when the element returns to the page.
    this.layoutKey = [];
    window.addEventListener('hashchange', this.handleHashChange);
    window.addEventListener('beforeprint', this.handleBeforePrint);
    window.addEventListener('afterprint', this.handleAfterPrint);
  }

  private handleBeforePrint = (): void => {
    this.settleList();
    this.printing = true;
    // Printing starts right after this event: render now, not in a microtask.
    this.performUpdate();
  };

  private handleAfterPrint = (): void => {
    this.printing = false;
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hintTimer);
    clearTimeout(this.settleTimer);
    this.settleList();
    this.moving = this.rapid = false;
    window.removeEventListener('hashchange', this.handleHashChange);
    window.removeEventListener('beforeprint', this.handleBeforePrint);
    window.removeEventListener('afterprint', this.handleAfterPrint);
  }

  /** The event named by the page's hash (`#sitrep-<id>`), if `link-hash` is on and it exists. */
  private hashEvent(): ConflictEvent | undefined {
    if (isServer) return undefined;
    const hash = window.location.hash;
    if (!this.linkHash || !hash.startsWith(HASH_PREFIX)) return undefined;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(HASH_PREFIX.length));
    } catch {
      return undefined;
    }
    return this.eventById(id);
  }

  private handleHashChange = (): void => {
    const event = this.hashEvent();
    if (event && event.id !== this.selected) {
      this.select(event.id);
      this.scrollToSelected = true;
    }
  };

  /** The selection last put in the URL (none at first, so that a page's own hash is left alone until a selection). */
  private hashSelection?: string;

  /**
   * With `link-hash`, puts the selection in the URL, whoever changed it (the reader, `select()`,
   * the attribute, a linked chip), without adding a history entry per change. Runs once the data
   * is drawn, after the hash has been read.
   */
  private writeHash(): void {
    if (!this.linkHash || !this.limits || this.selected === this.hashSelection) return;
    this.hashSelection = this.selected;
    const { pathname, search } = window.location;
    history.replaceState(history.state, '', this.selected ? `${HASH_PREFIX}${encodeURIComponent(this.selected)}` : `${pathname}${search}`);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('start') || changed.has('end')) && (this.start || this.end) && this.limits) this.applyStartEnd();
    if ((changed as PropertyValues).has('window')) this.noteWindowChange();
    if (isServer) {
      // Server rendering runs no controller and measures nothing: lay out at the width given.
      this.size.width = serverWidth(this);
      this.computeLayout();
    }
  }

  /** Whether the view is moving: the window changed less than {@link SETTLE_MS} ago. */
  private moving = false;
  /** Whether the window changed again within {@link SETTLE_MS} of its last change: a zoom or pan in progress. */
  private rapid = false;
  private lastWindowChange = -Infinity;
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** The list's catching up with a single change of the window (see {@link deferList}), and how to end it without drawing. */
  private listCatchUp?: Promise<void>;
  private endListCatchUp?: () => void;

  /**
   * From a change of the window until it rests for {@link SETTLE_MS}, clusters get a short name
   * without dates and marks not yet named get their title: formatting dates for the clusters and
   * the marks that a zoom brings into view was the largest cost of a zoom frame, the first frame
   * included. The list of events follows a single change one frame later (after the view is
   * drawn; `updateComplete` waits for it), and waits while changes come in quick succession: at
   * one change a frame, its dates alone took half a frame. Everything catches up once the view rests.
   */
  private noteWindowChange(): void {
    const now = performance.now();
    this.rapid = now - this.lastWindowChange < SETTLE_MS;
    this.lastWindowChange = now;
    this.moving = true;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.moving = this.rapid = false;
      this.settleList();
      this.requestUpdate();
    }, SETTLE_MS);
    // A quick change after this one leaves the list to wait for the view to rest.
    if (this.rapid || isServer) this.settleList();
    else this.deferList();
  }

  /**
   * Draws the list after the next frame, or 100 ms later where no frame comes (a hidden page);
   * {@link settleList} ends the wait without drawing, for a caller that draws anyway.
   */
  private deferList(): void {
    this.settleList();
    const pending: Promise<void> = new Promise((resolve) => {
      const end = (draw: boolean) => {
        if (this.listCatchUp !== pending) return;
        clearTimeout(timer);
        cancelAnimationFrame(frame);
        this.listCatchUp = this.endListCatchUp = undefined;
        resolve();
        if (draw) this.requestUpdate();
      };
      const timer = setTimeout(() => end(true), 100);
      const frame = requestAnimationFrame(() => setTimeout(() => end(true)));
      this.endListCatchUp = () => end(false);
    });
    this.listCatchUp = pending;
  }

  private settleList(): void {
    this.endListCatchUp?.();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // A single change of the window is complete once the list has followed it.
    while (this.listCatchUp) {
      await this.listCatchUp;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  override update(changed: PropertyValues<this>): void {
    // Runs after the data controller's hostUpdate, so the layout sees the newest dataset.
    this.computeLayout();
    // The parts this drawing needs start loading before a server's nodes would be given up.
    // Render reads the loaded modules; the issues are looked through once per result, not per frame.
    if (this.selected) this.loadedPart(detailModule);
    if (this.data$.issues !== this.issuesSeen) {
      this.issuesSeen = this.data$.issues;
      if (this.issuesSeen.some((issue) => issue.severity === 'error')) this.loadedPart(issuesModule);
    }
    super.update(changed);
  }

  override updated(): void {
    adoptActorColors(this.shadowRoot, actorColors(this.data$.dataset));
    this.writeHash();
    if (!this.detailRequested && this.data$.dataset?.events.length) {
      // Readers choose events: once the events are drawn, the detail loads while the page is idle.
      this.detailRequested = true;
      // No update follows: the next one that needs the detail finds it loaded.
      const load = () => detailModule.prefetch();
      if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
      else setTimeout(load, 200);
    }
    this.zoom.attach(this.plot);
    this.brush.attach(this.overviewSvg);
    if (this.scrollToSelected && this.selected) {
      // A link to an event (#sitrep-<id>) lands the reader on it, as a link to an element does.
      this.scrollToSelected = false;
      (this.drawnItem(this.selected) ?? this).scrollIntoView();
    }
    if (this.focusAfterUpdate && this.active) {
      this.focusAfterUpdate = false;
      const item = this.drawnItem(this.active);
      // A pan or zoom to a period with no event leaves no item: focus stays in the drawing, where the keys still work.
      (item ?? (this.items.length ? undefined : this.renderRoot.querySelector<SVGElement | HTMLElement>('.plot svg[role="group"], .vertical [part~="list"]')))?.focus();
    }
  }

  /** The mark, cluster or row drawn for an item (an event's key is its id), if it is drawn. */
  private drawnItem(key: string): SVGElement | HTMLElement | undefined {
    // Keys are compared as text: a cluster's key holds a NUL separator, which CSS.escape() turns into U+FFFD.
    return [...this.renderRoot.querySelectorAll<SVGElement | HTMLElement>('[data-key]')].find((candidate) => candidate.getAttribute('data-key') === key);
  }

  /** Shows the window of `start` and `end`, and gives it (undefined when they name no instant). */
  private applyStartEnd(): TimeWindow | undefined {
    const fit = this.fitted();
    this.showSpan(this.start ? toInstant(this.start, 'start') : fit?.start, this.end ? toInstant(this.end, 'end') : fit?.end);
    return this.window;
  }

  /** Shows the time between two instants, in either order, within the data's limits (nothing when one is missing). */
  private showSpan(from: number | undefined, to: number | undefined): void {
    if (from !== undefined && to !== undefined && this.limits) this.window = clampWindow({ start: Math.min(from, to), end: Math.max(from, to) }, this.limits);
  }

  private fitted(): TimeWindow | undefined {
    const dataset = this.data$.dataset;
    return dataset ? fitWindow(dataset.extent) : undefined;
  }

  private currentWindow(): TimeWindow | undefined {
    return this.window ?? this.fitted();
  }

  /** Whether any event of the data has a time of day (the axis then goes down to hours): found once per dataset. */
  private timed = false;

  /** Lanes and their indexes: rebuilt when the data, the filters, the grouping or the language change. */
  private computeLanes(dataset: Dataset): void {
    const key = [dataset, this.groupBy, this.locale, this.strings, this.actors, this.types, this.query];
    if (key.every((value, index) => value === this.lanesKey[index])) return;
    const firstData = this.lanesKey[0] !== dataset;
    this.lanesKey = key;
    this.shown = filterEvents(dataset, { actors: splitList(this.actors), types: splitList(this.types), query: this.query });
    // Plain loops: a mapping Float64Array.from and a reduce cost 25 ms at 100,000 events, the loop a few.
    const starts = new Float64Array(this.shown.length);
    let maxDuration = 0;
    for (let i = 0; i < starts.length; i++) {
      const { when } = this.shown[i]!;
      starts[i] = when.min;
      if (when.max - when.min > maxDuration) maxDuration = when.max - when.min;
    }
    this.starts = starts;
    this.maxDuration = maxDuration;
    const groupBy = this.grouping();
    const lanes = assignLanes(this.shown, dataset, groupBy, {
      actor: (id) => this.nameOf(dataset.actorById.get(id)) ?? id,
      place: (id) => this.nameOf(dataset.placeById.get(id)) ?? id,
      type: (type) => this.strings.types[type] ?? type,
      none: this.strings.allEvents,
      unassigned: groupBy === 'place' ? this.strings.unassignedPlace : this.strings.unassigned,
    });
    this.laneIndex = indexLanes(lanes);
    if (firstData) {
      // The time axis spans all the data, filtered or not, so filtering never moves it.
      this.timed = dataset.events.some((event) => event.when.timed);
      this.limits = zoomLimits(dataset.extent, this.timed);
      this.window = undefined;
      // A window the page asked for (start, end) stays: a story then begins at its first event,
      // and a selected event outside it stays selected there. Only a reader's link moves it.
      const framed = this.start || this.end ? this.applyStartEnd() : undefined;
      const fromHash = this.hashEvent();
      this.scrollToSelected = !!fromHash;
      if (fromHash) this.selected = fromHash.id;
      else if (this.story && !this.selected) this.selected = (framed && this.shown.find((event) => event.when.max > framed.start))?.id ?? this.shown[0]?.id;
      if (fromHash && framed) this.window = revealInstant(framed, fromHash.when.min, this.limits);
    }
  }

  /**
   * Row height and mark height from `--sitrep-lane-height` and `--sitrep-mark-size` (pixels),
   * read when the element is first laid out and when its width changes, never per frame.
   */
  private sizeTokens = { rowPitch: DEFAULT_METRICS.rowPitch, markHeight: DEFAULT_METRICS.markHeight };
  private sizeTokensWidth = -1;

  private readSizeTokens(width: number): void {
    if (width === this.sizeTokensWidth) return;
    this.sizeTokensWidth = width;
    const style = getComputedStyle(this);
    const px = (name: string, fallback: number) => {
      const value = parseFloat(style.getPropertyValue(name));
      return Number.isFinite(value) && value > 0 ? value : fallback;
    };
    const rowPitch = Math.min(Math.max(px('--_lane-height', DEFAULT_METRICS.rowPitch), 12), 96);
    const markHeight = Math.min(Math.max(px('--_mark-size', DEFAULT_METRICS.markHeight), 4), rowPitch);
    if (rowPitch !== this.sizeTokens.rowPitch || markHeight !== this.sizeTokens.markHeight) {
      this.sizeTokens = { rowPitch, markHeight };
      this.rowsKey = [];
    }
  }

  /** The window's layout: recomputed when the window, the width or the lanes change, not on selection. */
  private computeLayout(): void {
    const dataset = this.data$.dataset;
    const width = this.size.width;
    if (width > 0 && !isServer) this.readSizeTokens(width);
    if (!dataset) {
      this.drawing = this.ticks = undefined;
      this.items = [];
      this.lanesKey = [];
      return;
    }
    this.computeLanes(dataset);
    const window = this.currentWindow()!;
    this.vertical = this.layout === 'vertical' || (this.layout !== 'horizontal' && width > 0 && width < VERTICAL_BELOW);
    const key = [this.laneIndex, window.start, window.end, width, this.rtl, this.dateLocale, this.timeZone, this.vertical];
    if (key.every((value, index) => value === this.layoutKey[index])) {
      // The view did not move, but Home or End may have named an event inside a cluster: give the tab stop to the item.
      if (this.edge) this.keepActiveItem();
      return;
    }
    this.layoutKey = key;
    if (width === 0) {
      this.drawing = this.ticks = undefined;
      this.items = [];
      return;
    }
    if (this.vertical) {
      this.drawing = this.ticks = undefined;
      const inWindow: ConflictEvent[] = [];
      const last = lowerBound(this.starts, window.end);
      for (let i = lowerBound(this.starts, window.start - this.maxDuration); i < last; i++) {
        const event = this.shown[i]!;
        if (event.when.max > window.start || (event.when.max === event.when.min && event.when.min >= window.start)) inWindow.push(event);
      }
      this.shownInWindow = inWindow.length;
      this.rows = listRows(inWindow);
      this.items = this.rows.map((row) => (row.kind === 'event' ? { key: row.event.id, start: row.event.when.min, event: row.event } : { key: row.key, start: row.start, group: row }));
      this.keepActiveItem();
      return;
    }
    const scale = scaleUtc()
      .domain([new Date(window.start), new Date(window.end)])
      .range(this.rtl ? [width, 0] : [0, width]);
    this.ticks = createTicks(scale as ScaleTime<number, number>, width, this.dateLocale, this.displayZone(dataset), 72, this.timed ? 'hour' : 'day');
    const metrics = { ...DEFAULT_METRICS, ...this.sizeTokens, top: AXIS_HEIGHT };
    if (this.rowsKey[0] !== this.laneIndex || this.rowsKey[1] !== width) {
      this.rowsKey = [this.laneIndex, width];
      this.laneRows = measureLaneRows(this.laneIndex, this.fitted()!, width, metrics);
    }
    this.drawing = layoutWindow(this.laneIndex, window, width, this.rtl, metrics, this.laneRows);
    this.shownInWindow = this.drawing.shownCount;
    const laneOrder = new Map(this.drawing.lanes.map((lane, index) => [lane.key, index]));
    this.items = [
      ...this.drawing.marks.map((mark) => ({ key: mark.event.id, start: mark.event.when.min, event: mark.event, lane: laneOrder.get(mark.lane) ?? 0 })),
      ...this.drawing.clusters.map((cluster) => ({ key: cluster.key, start: cluster.start, group: cluster, lane: laneOrder.get(cluster.lane) ?? 0 })),
    ].sort((a, b) => a.start - b.start || a.lane - b.lane);
    this.keepActiveItem();
  }

  /** After a zoom, the tab stop stays on the same event, or on the cluster that now holds it. */
  private keepActiveItem(): void {
    if (this.items.length === 0) return;
    if (this.edge) {
      // Home and End: the first or last item in arrow order (events that start together are ordered by lane there).
      this.active = (this.edge === 'first' ? this.items[0] : this.items.at(-1))!.key;
      this.edge = undefined;
      return;
    }
    if (this.active && this.items.some((item) => item.key === this.active)) return;
    const previous = this.active ? this.eventById(this.active) : undefined;
    const holder = previous && this.items.find((item) => item.group?.events.includes(previous));
    this.active = holder?.key ?? this.items.find((item) => item.key === this.selected)?.key ?? this.items[0]!.key;
  }

  private view(): ZoomView | undefined {
    const window = this.currentWindow();
    const width = this.size.width;
    if (!window || !this.limits || width === 0) return undefined;
    return { window, limits: this.limits, width, rtl: this.rtl };
  }

  /** Moves the visible window; `byReader` fires `sitrep-range-change`. */
  private moveTo(window: TimeWindow, byReader: boolean): void {
    if (sameWindow(window, this.currentWindow())) return;
    const fit = this.fitted();
    this.window = fit && sameWindow(window, fit) ? undefined : window;
    if (byReader) this.dispatchEvent(new SitrepRangeChangeEvent(new Date(window.start), new Date(window.end)));
  }

  /** Brings an event into view; `byReader` fires `sitrep-range-change` when the view moves. */
  private reveal(event: ConflictEvent, byReader = false): void {
    const window = this.currentWindow();
    if (window && this.limits) this.moveTo(revealInstant(window, event.when.min, this.limits), byReader);
  }

  /** Events by id, made once per dataset: the selected event is looked up on every render, zoom frames included. */
  private eventIndex?: { dataset: Dataset; byId: Map<string, ConflictEvent> };

  private eventById(id: string): ConflictEvent | undefined {
    const dataset = this.data$.dataset;
    if (!dataset) return undefined;
    if (this.eventIndex?.dataset !== dataset) this.eventIndex = { dataset, byId: new Map(dataset.events.map((event) => [event.id, event])) };
    return this.eventIndex.byId.get(id);
  }

  private showHint(): void {
    this.hintVisible = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => (this.hintVisible = false), 1600);
  }

  private say(message: string): void {
    // Re-announce identical messages: clear first, set in the next frame.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  private describeWindow(window: TimeWindow): string {
    const count = this.shownInWindow;
    return this.strings.showing(formatDays(window.start, window.end, this.dateLocale), this.strings.eventCount(count));
  }

  // ---- reader actions -------------------------------------------------------------------

  private toggleSelect(id: string): void {
    const next = this.selected === id ? undefined : id;
    this.selected = next;
    const event = next ? (this.eventById(next) ?? null) : null;
    this.say(event ? this.strings.selectedEvent(isolate(event.title)) : this.strings.selectionCleared);
    this.dispatchEvent(new SitrepSelectEvent(event));
  }

  /** Shows only the events of one actor, or everyone again when that actor is already the filter. */
  private toggleActorFilter = (id: string): void => {
    const only = splitList(this.actors);
    this.actors = only.length === 1 && only[0] === id ? undefined : id;
    const actor = this.data$.dataset?.actorById.get(id);
    void this.updateComplete.then(() =>
      this.say(this.actors ? this.strings.filteredTo(isolate(this.nameOf(actor) ?? id), this.strings.eventCount(this.shown.length)) : this.strings.filtersCleared),
    );
  };

  private clearFilters(): void {
    this.actors = this.types = this.query = undefined;
    this.say(this.strings.filtersCleared);
  }

  private openCluster(cluster: EventGroup): void {
    if (!this.limits) return;
    const span = Math.max(cluster.end - cluster.start, this.limits.minSpan);
    const padding = span * 0.15;
    const window = clampWindow({ start: cluster.start - padding, end: cluster.start + span + padding }, this.limits);
    this.moveTo(window, true);
    const first = cluster.events[0];
    if (first) this.active = first.id;
    this.focusAfterUpdate = true;
    this.say(this.strings.zoomedInto(this.strings.eventCount(cluster.events.length)));
  }

  private zoomBy(factor: number, byKeyboard = false): void {
    const view = this.view();
    if (!view) return;
    const activeItem = byKeyboard ? this.items.find((item) => item.key === this.active) : undefined;
    const anchor = activeItem ? activeItem.start : (view.window.start + view.window.end) / 2;
    const window = zoomAround(view.window, factor, anchor, view.limits);
    this.moveTo(window, true);
    void this.updateComplete.then(() => this.say(this.describeWindow(this.currentWindow()!)));
  }

  private panByFraction(fraction: number): void {
    const view = this.view();
    if (!view) return;
    this.moveTo(panBy(view.window, (view.window.end - view.window.start) * fraction, view.limits), true);
    void this.updateComplete.then(() => this.say(this.describeWindow(this.currentWindow()!)));
  }

  private showAll(): void {
    const fit = this.fitted();
    if (!fit) return;
    this.moveTo(fit, true);
    void this.updateComplete.then(() => this.say(this.describeWindow(fit)));
  }

  /** Moves the tab stop by `step` items in time, into the next window when the edge is reached. */
  private moveFocus(step: number): void {
    const index = this.items.findIndex((item) => item.key === this.active);
    const target = this.items[index + step];
    if (target) {
      this.active = target.key;
      this.focusAfterUpdate = true;
      return;
    }
    // Past the edge of the window: bring the next (or previous) event into view.
    const window = this.currentWindow();
    const dataset = this.data$.dataset;
    if (!window || !dataset || !this.limits) return;
    let beyond: ConflictEvent | undefined;
    if (step > 0) beyond = this.shown[lowerBound(this.starts, window.end)];
    else {
      for (let i = lowerBound(this.starts, window.start) - 1; i >= 0 && !beyond; i--) {
        if (this.shown[i]!.when.max <= window.start) beyond = this.shown[i];
      }
    }
    if (!beyond) return;
    this.moveTo(revealInstant(window, beyond.when.min, this.limits), true);
    this.active = beyond.id;
    this.focusAfterUpdate = true;
  }

  private jumpTo(event: ConflictEvent | undefined, edge: 'first' | 'last'): void {
    if (!event) return;
    this.reveal(event, true);
    this.active = event.id;
    this.edge = edge;
    this.focusAfterUpdate = true;
    // Even when the view stays where it is, so that the edge is resolved to an item now.
    this.requestUpdate();
  }

  private handlePlotClick = (event: MouseEvent): void => {
    const target = (event.target as Element).closest('[data-key]');
    const key = target?.getAttribute('data-key');
    if (!key) return;
    this.active = key;
    this.activate(key);
  };

  /**
   * Opens the cluster or row of events with this key, or selects its event: a click on the
   * selected event clears it, Enter and Space leave it selected (Escape clears). False when
   * there is no such item.
   */
  private activate(key: string | undefined, byKey = false): boolean {
    const item = this.items.find((candidate) => candidate.key === key);
    if (item?.group) this.openCluster(item.group);
    else if (item?.event) {
      if (!byKey || this.selected !== item.event.id) this.toggleSelect(item.event.id);
    } else return false;
    return true;
  }

  private handlePlotKeydown = (event: KeyboardEvent): void => {
    const forward = this.rtl ? -1 : 1;
    const key = event.key;
    let handled = true;
    if (event.shiftKey && (key === 'ArrowRight' || key === 'ArrowLeft')) {
      // Shift + arrow pans the view the way the arrow points on screen.
      const pointsRight = key === 'ArrowRight';
      this.panByFraction((pointsRight === !this.rtl ? 1 : -1) * 0.2);
    } else if (key === 'PageDown') this.panByFraction(0.8);
    else if (key === 'PageUp') this.panByFraction(-0.8);
    else if (key === 'ArrowRight') this.moveFocus(forward);
    else if (key === 'ArrowLeft') this.moveFocus(-forward);
    else if (key === 'ArrowDown') this.moveFocus(1);
    else if (key === 'ArrowUp') this.moveFocus(-1);
    else if (key === 'Home') this.jumpTo(this.shown[0], 'first');
    else if (key === 'End') this.jumpTo(this.shown.at(-1), 'last');
    else if (key === '+' || key === '=') this.zoomBy(2, true);
    else if (key === '-' || key === '_') this.zoomBy(0.5, true);
    else if (key === '0') this.showAll();
    else if (key === 'Enter' || key === ' ') handled = this.activate(this.active, true);
    else if (key === 'Escape' && this.selected) this.toggleSelect(this.selected);
    else handled = false;
    if (handled) {
      event.preventDefault();
      // Focus stays in the drawing even when a pan or zoom removes the focused shape.
      this.focusAfterUpdate = true;
    }
  };

  private handleFocusIn = (event: FocusEvent): void => {
    const key = (event.target as Element).getAttribute?.('data-key');
    if (key && key !== this.active) this.active = key;
  };

  // ---- rendering -----------------------------------------------------------------------

  private summaryText(dataset: Dataset): string {
    const s = this.strings;
    if (!dataset.extent) return s.emptyTimeline;
    const range = formatDays(dataset.extent.min, dataset.extent.max, this.dateLocale);
    const lanes = this.drawing?.lanes.length ?? this.laneIndex.length;
    const groupBy = this.grouping();
    const by = this.vertical ? s.inTimeOrder : groupBy === 'none' || lanes <= 1 ? s.oneLane : s.lanesBy(lanes, s.groupBy[groupBy]);
    const shown = this.items.length ? this.shownInWindow : this.shown.length;
    return s.summary(s.eventCount(dataset.events.length), s.summaryRange(range), by, shown === dataset.events.length ? '' : s.shownCount(shown));
  }

  /** The date of an event as readers see it, and its accessible name, formatted once per language and zone. */
  private wordsFor(event: ConflictEvent): { date: string; label: string } {
    const dataset = this.data$.dataset!;
    const zone = this.displayZone(dataset);
    if (this.wordsKey[0] !== dataset || this.wordsKey[1] !== this.dateLocale || this.wordsKey[2] !== this.strings || this.wordsKey[3] !== zone) {
      this.wordsKey = [dataset, this.dateLocale, this.strings, zone];
      this.words = new WeakMap();
    }
    let words = this.words.get(event);
    if (!words) {
      const date = event.displayDate ?? describeSpan(event.when, this.dateLocale, this.strings, zone);
      const actors = event.actors.map((id) => isolate(this.nameOf(dataset.actorById.get(id)) ?? id)).join(this.strings.comma);
      const status = event.status && event.status !== 'confirmed' ? `${this.strings.comma}${this.strings.status[event.status]}` : '';
      words = { date, label: `${event.title}. ${date}${status}${actors ? `. ${actors}` : ''}` };
      this.words.set(event, words);
    }
    return words;
  }

  /** A mark's accessible name; while the view moves, an event not yet named is called by its title until it rests. */
  private eventLabel = (event: ConflictEvent): string => (this.moving && !this.words.has(event) ? event.title : this.wordsFor(event).label);

  /** A cluster's accessible name; `dated: false` leaves its dates out where they are written beside it (the lists). */
  private clusterLabel = (cluster: EventGroup & { readonly lane?: string }, dated = true): string => {
    const lane = cluster.lane === undefined ? '' : (this.laneIndex.find((index) => index.lane.key === cluster.lane)?.lane.label ?? '');
    const count = this.strings.eventCount(cluster.events.length);
    // While the view moves, a name without dates (see noteWindowChange).
    if (this.moving || !dated) return this.strings.clusterLabelMoving(count, isolate(lane));
    return this.strings.clusterLabel(count, formatDays(cluster.start, cluster.end, this.dateLocale), isolate(lane));
  };

  private renderControls(window: TimeWindow): TemplateResult {
    const s = this.strings;
    const limits = this.limits!;
    const atMin = window.end - window.start <= limits.minSpan + 1;
    const atAll = !this.window;
    return html`<div class="controls" part="controls" role="toolbar" aria-label=${s.zoomControls}>
      <button part="button" class="button" type="button" aria-label=${s.zoomOut} title=${s.zoomOut} ?disabled=${atAll} @click=${() => this.zoomBy(0.5)}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10" /></svg>
      </button>
      <button part="button" class="button" type="button" aria-label=${s.zoomIn} title=${s.zoomIn} ?disabled=${atMin} @click=${() => this.zoomBy(2)}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10M8 3v10" /></svg>
      </button>
      <button part="button" type="button" class="button" ?disabled=${atAll} @click=${() => this.showAll()}>${s.showAll}</button>
      ${this.noOverview
        ? // Without the overview strip (where one click moves the view), buttons pan: no function needs a drag (WCAG 2.5.7).
          html`<button part="button" class="button" type="button" aria-label=${s.panEarlier} title=${s.panEarlier} ?disabled=${atAll || window.start <= limits.min}
              @click=${() => this.panByFraction(-0.5)}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d=${this.rtl ? 'M6 3l5 5-5 5' : 'M10 3 5 8l5 5'} /></svg>
            </button>
            <button part="button" class="button" type="button" aria-label=${s.panLater} title=${s.panLater} ?disabled=${atAll || window.end >= limits.max}
              @click=${() => this.panByFraction(0.5)}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d=${this.rtl ? 'M10 3 5 8l5 5' : 'M6 3l5 5-5 5'} /></svg>
            </button>`
        : nothing}
      <span class="range" aria-hidden="true">${formatDays(window.start, window.end, this.dateLocale)}</span>
      ${this.vertical
        ? nothing
        : html`<span class="save">
            <button part="button save" type="button" class="button" aria-label=${s.savePng} title=${s.savePng} @click=${() => void this.save('png')}>PNG</button>
            <button part="button save" type="button" class="button" aria-label=${s.saveSvg} title=${s.saveSvg} @click=${() => void this.save('svg')}>SVG</button>
          </span>`}
    </div>`;
  }

  private renderOverview(window: TimeWindow): TemplateResult | typeof nothing {
    const whole = this.fitted();
    const width = this.size.width;
    if (this.noOverview || !whole || width === 0) return nothing;
    const height = 36;
    if (this.densityKey[0] !== this.starts || this.densityKey[1] !== width || this.densityKey[2] !== this.rtl) {
      this.densityKey = [this.starts, width, this.rtl];
      this.density = densityPath(this.starts, whole, width, height - 6, this.rtl);
    }
    const brush = windowExtent(window, whole, width, this.rtl);
    const span = whole.end - whole.start;
    const centre = Math.round((((window.start + window.end) / 2 - whole.start) / span) * 100);
    return html`<div class="overview" part="overview">
      <svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="presentation">
        <path class="density" d=${this.density} transform="translate(0 3)" aria-hidden="true"></path>
        <rect class="brush" x=${brush.x} y="1" width=${Math.max(brush.width, 2)} height=${height - 2} rx="3" tabindex="0" role="slider"
          aria-label=${this.strings.visiblePeriod} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${centre}
          aria-valuetext=${formatDays(window.start, window.end, this.dateLocale)} @keydown=${this.handleBrushKeydown}></rect>
        <rect class="handle" data-handle="left" x=${brush.x - 4} y="6" width="8" height=${height - 12} rx="2" aria-hidden="true"></rect>
        <rect class="handle" data-handle="right" x=${brush.x + brush.width - 4} y="6" width="8" height=${height - 12} rx="2" aria-hidden="true"></rect>
      </svg>
    </div>`;
  }

  private handleBrushKeydown = (event: KeyboardEvent): void => {
    const towardsLater = (right: boolean) => (right === !this.rtl ? 1 : -1);
    const whole = this.fitted();
    const current = this.currentWindow();
    if (!whole || !current || !this.limits) return;
    const span = current.end - current.start;
    let handled = true;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') this.panByFraction(towardsLater(event.key === 'ArrowRight') * (event.shiftKey ? 0.5 : 0.1));
    else if (event.key === 'PageDown' || event.key === 'PageUp') this.panByFraction(event.key === 'PageDown' ? 0.8 : -0.8);
    else if (event.key === 'Home') this.moveTo(clampWindow({ start: whole.start, end: whole.start + span }, this.limits), true);
    else if (event.key === 'End') this.moveTo(clampWindow({ start: whole.end - span, end: whole.end }, this.limits), true);
    else handled = false;
    if (handled) event.preventDefault();
  };

  private renderStoryBar(): TemplateResult {
    const s = this.strings;
    const index = this.selected ? this.shown.findIndex((event) => event.id === this.selected) : -1;
    return html`<nav class="story" part="story" aria-label=${s.storyNavigation}>
      <button part="button" class="button" type="button" ?disabled=${index <= 0} @click=${() => this.step(-1, true)}>
        <span aria-hidden="true">${this.rtl ? '→' : '←'}</span> ${s.previous}
      </button>
      <span class="position">${index >= 0 ? s.storyCount(index + 1, this.shown.length) : ''}</span>
      <button part="button" class="button" type="button" ?disabled=${index >= this.shown.length - 1} @click=${() => this.step(1, true)}>
        ${s.next} <span aria-hidden="true">${this.rtl ? '←' : '→'}</span>
      </button>
    </nav>`;
  }

  private highlightedEvents(): ReadonlySet<string> {
    if (!this.highlightRoute) return EMPTY_SET;
    return new Set(this.shown.filter((event) => event.routes.includes(this.highlightRoute!)).map((event) => event.id));
  }

  private renderPlot(dataset: Dataset): TemplateResult | typeof nothing {
    const { drawing: layout, ticks } = this;
    const window = this.currentWindow();
    if (!layout || !ticks || !window) return nothing;
    const width = this.size.width;
    const height = Math.max(layout.height, AXIS_HEIGHT + 8);
    const span = window.end - window.start;
    const updatedX =
      dataset.updatedAt !== undefined && dataset.updatedAt >= window.start && dataset.updatedAt <= window.end
        ? ((this.rtl ? window.end - dataset.updatedAt : dataset.updatedAt - window.start) / span) * width
        : undefined;
    const updatedLabel = dataset.updatedAt !== undefined ? this.strings.updated(formatDays(dataset.updatedAt, dataset.updatedAt, this.dateLocale)) : '';
    const options: MarkRenderOptions = {
      selected: this.selected,
      active: this.active,
      highlighted: this.highlightedEvents(),
      colorBy: this.colorBy(),
      actorColor: actorColors(dataset).classOf,
      markLabel: (mark) => this.eventLabel(mark.event),
      clusterLabel: this.clusterLabel,
      formatCount: (count) => {
        if (this.countFormat?.locale !== this.locale) this.countFormat = { locale: this.locale, format: new Intl.NumberFormat(this.locale, { notation: 'compact' }), texts: new Map() };
        // Counts repeat from frame to frame: format each once.
        let text = this.countFormat.texts.get(count);
        if (text === undefined) this.countFormat.texts.set(count, (text = this.countFormat.format.format(count)));
        return text;
      },
    };
    return html`<div class="plot" part="plot" @click=${this.handlePlotClick} @keydown=${this.handlePlotKeydown} @focusin=${this.handleFocusIn}>
      <svg width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group" aria-labelledby="summary" aria-describedby="keys" tabindex=${ifDefined(this.items.length ? undefined : 0)}>
        ${renderAxis(ticks, width, height, this.rtl)} ${renderLanes(layout.lanes, width, this.rtl, (side) => this.strings.sides[side] ?? side)}
        ${renderUpdatedMarker(updatedX, height, updatedLabel, this.rtl)} ${renderClusters(layout.clusters, options)} ${renderMarks(layout.marks, options)}
      </svg>
      <p class="hint" ?hidden=${!this.hintVisible} aria-hidden="true">${this.strings.wheelHint}</p>
    </div>`;
  }

  /**
   * What colour says: the side in lanes by actor and the type in lanes by type, where the lane's
   * label names it too; nothing in other groupings, where no label would name the type (colour
   * is never the only cue, WCAG 1.4.1).
   */
  private colorBy(): 'side' | 'type' | 'none' {
    const groupBy = this.grouping();
    return groupBy === 'actor' ? 'side' : groupBy === 'type' ? 'type' : 'none';
  }

  /** `group-by`, or actors when it names no grouping (a typo such as "actors" draws what the default draws). */
  private grouping(): GroupBy {
    return (GROUP_BYS as readonly string[]).includes(this.groupBy) ? this.groupBy : 'actor';
  }

  /** The lane an event belongs to under `groupBy` (the current grouping): its side (for colour) and its name. */
  private laneOf(event: ConflictEvent, dataset: Dataset, groupBy: GroupBy): { side?: string; label: string } {
    if (groupBy === 'actor') {
      const actor = dataset.actorById.get(event.actors[0] ?? '');
      return { side: actor?.side, label: this.nameOf(actor) ?? this.strings.unassigned };
    }
    if (groupBy === 'place') return { label: this.nameOf(dataset.placeById.get(event.place ?? '')) ?? this.strings.unassignedPlace };
    return { label: this.strings.types[event.type] ?? event.type };
  }

  /** The phone layout: time runs down, one readable row per event (or per day, week, month or year when there are many). */
  private renderVertical(dataset: Dataset, detail: TemplateResult | typeof nothing): TemplateResult {
    const s = this.strings;
    const colorBy = this.colorBy();
    const actorColor = actorColors(dataset).classOf;
    const highlighted = this.highlightedEvents();
    const groupBy = this.grouping();
    return html`<div class="vertical" @click=${this.handlePlotClick} @keydown=${this.handlePlotKeydown} @focusin=${this.handleFocusIn}>
      <ol part="list" aria-labelledby="summary" aria-describedby="keys" tabindex=${ifDefined(this.items.length ? undefined : 0)}>
        ${repeat(
          this.items,
          (item) => item.key,
          (item) => {
            const tab = item.key === this.active ? 0 : -1;
            if (item.group) {
              const group = item.group;
              return html`<li class="group-row">
                <button part="cluster" class="row" type="button" data-key=${group.key} tabindex=${tab} data-count=${group.events.length}>
                  <span class="when"><time datetime=${new Date(group.start).toISOString().slice(0, 10)}>${formatDays(group.start, group.end, this.dateLocale)}</time><span class="visually-hidden">:</span></span>
                  <span class="what">${this.clusterLabel(group, false)}</span>
                </button>
              </li>`;
            }
            const event = item.event!;
            const lane = this.laneOf(event, dataset, groupBy);
            const inexact = event.when.uncertain || event.when.approximate;
            const selected = event.id === this.selected;
            const color = colorClass(event.actors[0] ?? '', lane.side, event.type, colorBy, actorColor);
            // A date written in the data ("29 or 30 November") is isolated with dir="auto", so that on a
            // page of the other direction its words keep their order; a date Sitrep formats is in the
            // page's language. An attribute, not a <bdi>: no extra element in each of hundreds of rows.
            return html`<li data-event-id=${event.id} class=${`${selected ? 'selected' : ''}${highlighted.has(event.id) ? ' highlighted' : ''}`}>
              <button part="mark" class="row" type="button" data-key=${event.id} data-event-id=${event.id} tabindex=${tab} aria-pressed=${selected ? 'true' : 'false'}>
                <span class=${`key ${color}${inexact ? ' inexact' : ''}`} aria-hidden="true"></span>
                <span class="when"><time datetime=${machineDate(event.when)} dir=${ifDefined(event.displayDate === undefined ? undefined : 'auto')}>${this.wordsFor(event).date}</time><span class="visually-hidden">:</span></span>
                <span class="what"><bdi>${event.title}</bdi>${event.status && event.status !== 'confirmed' ? html` <span class="status-word">(${s.status[event.status]})</span>` : nothing}</span>
                <span class="who"><span class="visually-hidden">${s.comma}</span><bdi>${lane.label}</bdi>${lane.side && colorBy === 'side'
                    ? html`<span aria-hidden="true"> · </span><span class="visually-hidden">${s.comma}</span><span class="side" data-category>${s.sides[lane.side] ?? lane.side}</span>`
                    : nothing}</span>
              </button>
              ${selected ? detail : nothing}
            </li>`;
          },
        )}
      </ol>
    </div>`;
  }

  /** What the list was last drawn from; kept while the view moves, so the list waits until it rests. */
  private listDeps: unknown[] = [];

  private renderList(): TemplateResult {
    const s = this.strings;
    if (!this.listDeps.length || (!this.rapid && !this.listCatchUp)) this.listDeps = [this.items, this.selected, this.dateLocale, this.strings, this.timeZone];
    return html`<details class="list" ?open=${this.printing}>
      <summary>${s.eventsList} (${this.items.length === this.shownInWindow ? s.number(this.items.length) : s.shownCount(this.shownInWindow)})</summary>
      ${guard(this.listDeps, () => this.renderListItems())}
    </details>`;
  }

  private renderListItems(): TemplateResult {
    const s = this.strings;
    // Numbered in the digits the language writes numbers in (Persian, Arabic-Indic), as the dates and counts are.
    return html`<ol part="list" class=${`digits-${new Intl.NumberFormat(this.locale).resolvedOptions().numberingSystem}`}>
        ${repeat(
          this.items,
          (item) => item.key,
          (item) => {
            if (item.group) {
              const cluster = item.group;
              return html`<li data-cluster=${cluster.key}>
                <button class="list-button" type="button" @click=${() => this.openCluster(cluster)}>
                  <time datetime=${new Date(cluster.start).toISOString().slice(0, 10)}>${formatDays(cluster.start, cluster.end, this.dateLocale)}</time>:
                  <span class="event-title">${this.clusterLabel(cluster, false)}</span>
                </button>
              </li>`;
            }
            const event = item.event!;
            // A date written in the data is isolated, as in the rows of the vertical layout.
            return html`<li data-event-id=${event.id}>
              <button class="list-button" type="button" aria-pressed=${this.selected === event.id ? 'true' : 'false'} @click=${() => this.toggleSelect(event.id)}>
                <time datetime=${machineDate(event.when)} dir=${ifDefined(event.displayDate === undefined ? undefined : 'auto')}>${this.wordsFor(event).date}</time>:
                <bdi class="event-title">${event.title}</bdi>${event.status && event.status !== 'confirmed' ? html` (${s.status[event.status]})` : nothing}
              </button>
            </li>`;
          },
        )}
      </ol>`;
  }

  private renderLoading(): TemplateResult {
    const progress = this.data$.progress;
    const megabytes = (bytes: number) => new Intl.NumberFormat(this.locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_048_576);
    const amount = progress ? (progress.total ? this.strings.loadedOf(megabytes(progress.received), megabytes(progress.total)) : megabytes(progress.received)) : '';
    return html`<div part="status" role="status" class="loading">
      ${this.strings.loading} ${amount}
      ${progress?.total ? html`<progress max=${progress.total} value=${progress.received} aria-hidden="true"></progress>` : nothing}
    </div>`;
  }

  private renderError(kind: string, message: string): TemplateResult {
    const s = this.strings;
    const retryable = kind === 'network' || kind === 'http' || kind === 'timeout';
    return html`<div part="error" role="alert">
      <strong>${s.errorTitle}</strong> <span class="kind">${s.errorKinds[kind] ?? kind}</span>
      <span class="message">${message}</span>
      ${retryable ? html`<button type="button" class="button pill" @click=${() => this.data$.retry()}>${s.retry}</button>` : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const { status, dataset, error } = this.data$;
    const s = this.strings;
    const name = dataset?.title ?? s.timelineName;
    const window = this.currentWindow();
    const selectedEvent = dataset && this.selected ? this.eventById(this.selected) : undefined;
    const detailPart = detailModule.loaded;
    const issuesPart = issuesModule.loaded;
    const detail =
      dataset && selectedEvent && detailPart
        ? detailPart.renderDetail(selectedEvent, dataset, {
            strings: s,
            locale: this.dateLocale,
            rtl: this.rtl,
            timeZone: this.displayZone(dataset),
            nameOf: (item) => this.nameOf(item),
            onActor: this.toggleActorFilter,
            actorFilter: splitList(this.actors),
          })
        : nothing;
    return html`<div part="base" dir=${this.rtl ? 'rtl' : 'ltr'} lang=${this.locale} role="group" aria-label=${name}>
      ${status === 'loading' ? this.renderLoading() : nothing} ${status === 'error' && error ? this.renderError(error.kind, error.message) : nothing}
      ${dataset
        ? html`<header part="header" class="header">
              <p class="title" dir="auto">${dataset.title}</p>
              <p class="summary" id="summary">${this.summaryText(dataset)}</p>
            </header>
            ${issuesPart
              ? issuesPart.renderIssues(this.issues, {
                  strings: s,
                  shownEvents: this.events.length,
                  copyOutcome: this.copyOutcome,
                  onCopied: (outcome) => (this.copyOutcome = outcome),
                  onToggle: () => (this.copyOutcome = ''),
                })
              : nothing}
            ${window && this.limits && dataset.events.length ? this.renderControls(window) : nothing}
            ${this.story && this.shown.length ? this.renderStoryBar() : nothing} ${window && dataset.events.length ? this.renderOverview(window) : nothing}
            ${dataset.events.length === 0 ? html`<p class="empty" role="status">${s.emptyTimeline}</p>` : nothing}
            ${dataset.events.length > 0 && this.shown.length === 0
              ? html`<p class="empty" role="status">
                  ${s.noMatch} <button type="button" class="button pill" @click=${() => this.clearFilters()}>${s.clearFilters}</button>
                </p>`
              : dataset.events.length > 0
                ? this.vertical
                  ? this.renderVertical(dataset, detail)
                  : this.renderPlot(dataset)
                : nothing}
            <p id="keys" class="visually-hidden">${s.keysHelp}</p>
            ${this.vertical ? nothing : detail} ${this.vertical ? nothing : this.renderList()}`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

/** The detail of the selected event, and the list of a file's problems: loaded when first drawn. */
const detailModule = lazyModule(() => import('./timeline.detail.js'));
const issuesModule = lazyModule(() => import('./timeline.issues.js'));

/** Loads the parts of the timeline that load on first use (server rendering draws in one pass). */
export function loadTimelineParts(): Promise<unknown> {
  return Promise.all([detailModule.load(), issuesModule.load()]);
}

const HASH_PREFIX = '#sitrep-';
const EMPTY_SET: ReadonlySet<string> = new Set();
/** How long the view must rest before clusters are named with their dates again (ms). */
const SETTLE_MS = 200;

/** An instant from a date input: a `Date`, epoch ms, or a date string (`start` uses its first instant, `end` its last). */
function toInstant(value: DateInput, edge: 'start' | 'end'): number | undefined {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const parsed = parseEdtf(String(value));
  if (!parsed.ok) return undefined;
  return edge === 'start' ? parsed.span.min : parsed.span.max;
}

declare global {
  interface HTMLElementTagNameMap {
    'sitrep-timeline': SitrepTimeline;
  }
}
