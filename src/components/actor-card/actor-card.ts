import { actorColors, adoptActorColors } from '../actor-colors.js';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { scaleLinear } from 'd3-scale';
import { SitrepActorSelectEvent } from '../../events/events.js';
import { isolate } from '../../i18n/bidi.js';
import { formatDays } from '../../i18n/format-date.js';
import { activityBins } from '../../layout/activity.js';
import { splitList } from '../../model/filter.js';
import type { Actor, ConflictEvent, Dataset } from '../../model/types.js';
import { buttonStyles } from '../../styles/button.styles.js';
import { colorStyles } from '../../styles/colors.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { classToken } from '../timeline/timeline.marks.js';
import { SitrepDataElement } from '../data-element.js';
import styles from './actor-card.styles.js';

const CHART = { width: 240, height: 40 };

/** What a card needs of a linked `<sitrep-timeline>`. */
interface LinkedTimeline extends HTMLElement {
  readonly events: readonly ConflictEvent[];
  selected?: string;
}

/**
 * One party to the conflict: its name in the page's language (when the data has it), its other
 * names (the main name, the name in the language of its country) and aliases, type and side (the
 * side's colour and its name), country, description, how many events it takes part in, its first
 * and last appearance, and a small chart of its activity over the dataset's span with a text
 * alternative. `compact` gives one line for article text.
 * With `for`, choosing the card filters that timeline to the actor (choosing again clears it),
 * and the card shows when the filter is on or the timeline's selected event involves the actor.
 *
 * @tagname sitrep-actor-card
 * @summary A party to the conflict: names, side, country, activity; links to a timeline.
 * @status experimental
 * @since 0.1
 *
 * @event {SitrepActorSelectEvent} sitrep-actor-select - The reader chose the card (detail: `{ actorId }`).
 * @event {SitrepLoadEvent} sitrep-load - The data was loaded and validated (detail: `{ dataset, issues }`).
 * @event {SitrepErrorEvent} sitrep-error - Nothing can be shown: the data could not be loaded, or has no such actor (kind `validation`) (detail: `{ kind, message, issues }`).
 *
 * @csspart base - The card (or the line, when compact).
 * @csspart swatch - The side's colour.
 * @csspart name - The actor's name.
 * @csspart chart - The activity chart.
 * @csspart button - The button that filters the linked timeline.
 * @csspart error - The message for an unknown actor.
 *
 * @cssproperty --sitrep-font - Font family of all text.
 * @cssproperty --sitrep-font-size - Base font size.
 * @cssproperty --sitrep-color-text - Text colour.
 * @cssproperty --sitrep-color-muted - Colour of labels and secondary text.
 * @cssproperty --sitrep-color-background - Background of the card.
 * @cssproperty --sitrep-color-rule - Border of the card.
 * @cssproperty --sitrep-color-focus - Focus ring and the selected state.
 * @cssproperty --sitrep-color-surface - Background of its button.
 * @cssproperty --sitrep-color-error - Colour of the message when the actor cannot be shown.
 * @cssproperty --sitrep-side-opposition - Colour of the side `opposition` (one such property per side, as on the timeline).
 * @cssproperty --sitrep-color-scheme - `light`, `dark`, or `light dark` (default: the reader's setting).
 */
export class SitrepActorCard extends SitrepDataElement {
  static override styles = [hostStyles, buttonStyles, styles, colorStyles];

  /** Whether the linked timeline is filtered to this actor or its selected event involves it. */
  @state() private linked = false;
  @state() private filtered = false;
  private watched?: HTMLElement;
  private observer?: MutationObserver;

  /** Id of the actor in the dataset. */
  @property() actor?: string;

  /** Id of a `<sitrep-timeline>`: choosing the card filters it to this actor. */
  @property() for?: string;

  /** One line, for use inside a sentence of article text. */
  @property({ type: Boolean, reflect: true }) compact = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watch(null);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { dataset } = this.data$;
    adoptActorColors(this.shadowRoot, actorColors(dataset));
    this.watch(this.linkedTimeline(this.for));
    this.reportMissing(this.actor, !!(this.actor && dataset?.actorById.has(this.actor)), this.strings.unknownActor);
  }

  /** Follows the linked timeline's filter and selection (attributes it reflects). */
  private watch(timeline: HTMLElement | null): void {
    if (timeline === this.watched) return;
    this.observer?.disconnect();
    this.watched = timeline ?? undefined;
    if (!timeline) return;
    this.observer = new MutationObserver(() => this.syncLink());
    this.observer.observe(timeline, { attributes: true, attributeFilter: ['actors', 'selected'] });
    this.syncLink();
  }

  private syncLink(): void {
    const timeline = this.watched as LinkedTimeline | undefined;
    if (!timeline || !this.actor) return;
    const only = splitList(timeline.getAttribute('actors') ?? undefined);
    this.filtered = only.length === 1 && only[0] === this.actor;
    const selected = timeline.getAttribute('selected');
    const event = selected ? timeline.events.find((candidate) => candidate.id === selected) : undefined;
    this.linked = this.filtered || !!event?.actors.includes(this.actor);
  }

  private handleChoose = (): void => {
    if (!this.actor) return;
    const timeline = this.linkedTimeline(this.for);
    if (timeline) {
      if (this.filtered) timeline.removeAttribute('actors');
      else timeline.setAttribute('actors', this.actor);
    }
    this.dispatchEvent(new SitrepActorSelectEvent(this.actor));
  };

  private countryName(code: string): string {
    try {
      return new Intl.DisplayNames([this.locale, 'en'], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  private renderChart(events: readonly ConflictEvent[], dataset: Dataset, name: string): TemplateResult | typeof nothing {
    if (!dataset.extent) return nothing;
    const { unit, bins, most } = activityBins(events, dataset.extent);
    const s = this.strings;
    const x = scaleLinear()
      .domain([0, bins.length])
      .range(this.rtl ? [CHART.width, 0] : [0, CHART.width]);
    const y = scaleLinear()
      .domain([0, Math.max(1, most)])
      .range([CHART.height, 2]);
    const barWidth = Math.max(1, CHART.width / bins.length - 1);
    const busiest = bins.reduce((best, bin) => (bin.count > best.count ? bin : best), bins[0]!);
    const day = 86_400_000;
    const busiestRange = formatDays(busiest.start, busiest.start + (unit === 'day' ? day : 7 * day), this.dateLocale);
    const label = most === 0 ? s.noActivity : s.activity(s[unit], formatDays(dataset.extent.min, dataset.extent.max, this.dateLocale), busiestRange, s.eventCount(busiest.count));
    // The chart is named once, by its image; the caption shows the same words and is hidden from the accessibility tree.
    return html`<div class="activity">
      <svg part="chart" viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" aria-label=${`${name}: ${label}`}>
        <line class="baseline" x1="0" x2=${CHART.width} y1=${CHART.height - 0.5} y2=${CHART.height - 0.5}></line>
        ${bins.map((bin, index) =>
          bin.count === 0
            ? nothing
            : svg`<rect x=${this.rtl ? x(index + 1) : x(index)} y=${y(bin.count)} width=${barWidth} height=${CHART.height - y(bin.count)}></rect>`,
        )}
      </svg>
      <p class="caption" aria-hidden="true">${label}</p>
    </div>`;
  }

  /** The swatch's colour: the actor's own from the data, else its side's. */
  private swatchColor(actor: Actor): string {
    return actorColors(this.data$.dataset).classOf.get(actor.id) ?? `side-${actor.side ? classToken(actor.side) : ''}`;
  }

  private renderCompact(actor: Actor, name: string, count: number): TemplateResult {
    // The side is in words too (for screen readers, and as the tooltip), so the swatch's colour is never its only sign.
    const side = actor.side ? (this.strings.sides[actor.side] ?? actor.side) : '';
    const content = html`<span part="swatch" class=${`swatch ${this.swatchColor(actor)}`} aria-hidden="true"></span><bdi part="name">${name}</bdi>${side
      ? html`<span class="visually-hidden">${this.strings.comma}${side}</span>`
      : nothing}`;
    return this.for
      ? html`<button part="base button" class=${`compact${this.linked ? ' selected' : ''}`} type="button" aria-pressed=${this.filtered ? 'true' : 'false'}
          title=${this.strings.showOnTimeline(isolate(name))} @click=${this.handleChoose}>${content}<span class="visually-hidden">${this.strings.comma}${this.strings.eventCount(count)}</span></button>`
      : html`<span part="base" class="compact" title=${ifDefined(side || undefined)}>${content}</span>`;
  }

  override render(): TemplateResult {
    // A polite live region in every state, so that loading and a failure are announced where the card stands;
    // the visible message is hidden from screen readers, which hear it from the region.
    return html`${this.renderCard()}<span class="visually-hidden" role="status">${this.stateMessage()}</span>`;
  }

  /** What a card that cannot show its actor says: loading, or why not; '' once it shows the actor. */
  private stateMessage(): string {
    const { status, dataset } = this.data$;
    if (status === 'loading') return this.strings.loading;
    if (status === 'idle' || (this.actor && dataset?.actorById.get(this.actor))) return '';
    return status === 'error' ? (this.data$.error?.message ?? this.strings.errorTitle) : this.strings.unknownActor(isolate(this.actor ?? ''));
  }

  private renderCard(): TemplateResult {
    const s = this.strings;
    const { status, dataset } = this.data$;
    // In a sentence, a card that is loading holds its place with an ellipsis, not a box that splits the paragraph.
    if (status === 'loading' || status === 'idle') {
      return html`<span part="base" class=${this.compact ? 'compact loading' : 'card loading'} aria-hidden="true">${status === 'idle' ? '' : this.compact ? '…' : s.loading}</span>`;
    }
    const actor = this.actor && dataset ? dataset.actorById.get(this.actor) : undefined;
    if (!dataset || !actor) return html`<span part="base error" class="unknown" aria-hidden="true">${this.stateMessage()}</span>`;
    const name = this.nameOf(actor)!;
    const events = dataset.events.filter((event) => event.actors.includes(actor.id));
    if (this.compact) return this.renderCompact(actor, name, events.length);

    // Its other names: the main one, the one in its country's language (Arabic for a Syrian
    // faction, Persian for an Iranian one), and its aliases; not every translation in the data.
    const own = actor.country && actor.names[new Intl.Locale(`und-${actor.country}`).maximize().language];
    const otherNames = [...new Set([actor.name, own, ...actor.aliases])].filter((other) => other && other !== name);
    const side = actor.side ? classToken(actor.side) : '';
    const sideName = actor.side ? (s.sides[actor.side] ?? actor.side) : '';
    const first = events[0];
    const last = events.at(-1);
    const selected = this.linked || this.filtered;
    return html`<article part="base" class=${`card${selected ? ' selected' : ''}`} aria-labelledby="name" dir=${this.rtl ? 'rtl' : 'ltr'} lang=${this.locale}>
      <header>
        <span part="swatch" class=${`swatch ${this.swatchColor(actor)}`} aria-hidden="true"></span>
        <h3 id="name" part="name" dir="auto">${name}</h3>
      </header>
      ${otherNames.length
        ? html`<p class="other-names"><span class="label">${s.label(s.alsoKnownAs)}</span> ${otherNames.map((other, index) => html`${index ? s.comma : ''}<bdi>${other}</bdi>`)}</p>`
        : nothing}
      <dl>
        ${actor.type ? html`<dt>${s.type}</dt><dd>${s.actorTypes[actor.type] ?? actor.type}</dd>` : nothing}
        ${actor.side ? html`<dt>${s.side}</dt><dd><span class=${`swatch small side-${side}`} aria-hidden="true"></span>${sideName}</dd>` : nothing}
        ${actor.country ? html`<dt>${s.country}</dt><dd>${this.countryName(actor.country)}</dd>` : nothing}
        <dt>${s.eventsTakenPart}</dt>
        <dd>${new Intl.NumberFormat(this.locale).format(events.length)}</dd>
        ${first ? html`<dt>${s.firstSeen}</dt><dd>${formatDays(first.when.min, first.when.min, this.dateLocale)}</dd>` : nothing}
        ${last ? html`<dt>${s.lastSeen}</dt><dd>${formatDays(last.when.min, last.when.min, this.dateLocale)}</dd>` : nothing}
      </dl>
      ${actor.description ? html`<p class="description" dir="auto">${actor.description}</p>` : nothing} ${this.renderChart(events, dataset, name)}
      ${this.for
        ? html`<button part="button" class="button" type="button" aria-pressed=${this.filtered ? 'true' : 'false'} @click=${this.handleChoose}>${s.showOnTimeline(isolate(name))}</button>`
        : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sitrep-actor-card': SitrepActorCard;
  }
}
