import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SitrepRouteSelectEvent } from '../../events/events.js';
import { isolate } from '../../i18n/bidi.js';
import { formatSpan, machineDate } from '../../i18n/format-date.js';
import { parseEdtf } from '../../model/dates.js';
import { safeUrl } from '../../model/rules.js';
import { MODES, STATUSES, type Dataset, type Mode, type Route, type Source, type Status, type TimeSpan } from '../../model/types.js';
import { hostStyles } from '../../styles/host.styles.js';
import { SitrepDataElement } from '../data-element.js';
import styles from './route-chip.styles.js';

/** What the chip shows, from the dataset or from its attributes. */
interface ChipContent {
  readonly from: string;
  readonly to: string;
  readonly via: readonly string[];
  readonly mode?: Mode;
  readonly when?: TimeSpan;
  readonly status?: Status;
  readonly actors: readonly string[];
  readonly note?: string;
  readonly sources: readonly Source[];
}

/** What the chip needs of a linked `<sitrep-timeline>`. */
interface LinkedTimeline extends HTMLElement {
  highlightRoute?: string;
  readonly events: readonly { readonly id: string; readonly routes: readonly string[] }[];
  select(id: string): void;
}

/** Mode icons drawn on a 16 × 16 grid, in the text colour. */
const MODE_ICONS: Record<Mode, ReturnType<typeof svg>> = {
  air: svg`<path d="M8 1.5c.6 0 1 .6 1 1.3V6l5 3v1.6L9 9v3.2l1.6 1.3V15L8 14.2 5.4 15v-1.5L7 12.2V9l-5 1.6V9l5-3V2.8c0-.7.4-1.3 1-1.3z" />`,
  land: svg`<path d="M1.5 4h8v6h-8zM9.5 6.5h2.6l2.4 2.4V10h-5zM4 12.5a1.3 1.3 0 1 0 0-.1zM11.5 12.5a1.3 1.3 0 1 0 0-.1z" />`,
  sea: svg`<path d="M7.3 1.5h1.4v3.8l4.3 1.7-1.6 4.5H4.6L3 7l4.3-1.7zM1 12.6c1.2 0 1.8.9 3.5.9s2.3-.9 3.5-.9 1.8.9 3.5.9 2.3-.9 3.5-.9v1.5c-1.2 0-1.8.9-3.5.9S9.2 14.1 8 14.1s-1.8.9-3.5.9S2.2 14.1 1 14.1z" />`,
};

/**
 * One movement of people or forces, compact enough for a line of article text: "origin →
 * destination", the mode as an icon with a text alternative, the date in the page's language and
 * the status, each status with its own mark besides its colour. Activating the chip opens the
 * route's via points, actors, note and sources; with `for`, it also highlights the route's events
 * on that timeline and selects the first.
 *
 * Reads a route of the dataset (`route`, with `src` or `.data`), or stands alone from its attributes
 * (`from`, `to`, `mode`, `date`, `status`).
 *
 * @tagname sitrep-route-chip
 * @summary A movement (origin → destination, mode, date, status) for a line of text.
 * @status experimental
 * @since 0.1
 *
 * @event {SitrepRouteSelectEvent} sitrep-route-select - The reader chose the chip (detail: `{ routeId }`).
 * @event {SitrepLoadEvent} sitrep-load - The data was loaded and validated (detail: `{ dataset, issues }`).
 * @event {SitrepErrorEvent} sitrep-error - Nothing can be shown: the data could not be loaded, or has no such route (kind `validation`) (detail: `{ kind, message, issues }`).
 *
 * @csspart base - The chip.
 * @csspart button - The part that opens the details (a button that wraps like text).
 * @csspart icon - The mode icon.
 * @csspart status - The status word and its mark.
 * @csspart detail - The opened details (via, actors, note, sources).
 * @csspart error - The message for an unknown route.
 *
 * @cssproperty --sitrep-font - Font family of all text.
 * @cssproperty --sitrep-font-size - Base font size.
 * @cssproperty --sitrep-color-text - Text colour.
 * @cssproperty --sitrep-color-muted - Colour of the date and secondary text.
 * @cssproperty --sitrep-color-surface - Background of the chip and the details.
 * @cssproperty --sitrep-color-rule - Border of the chip.
 * @cssproperty --sitrep-color-background - Background of the chip's details.
 * @cssproperty --sitrep-color-error - Colour of the message when the route cannot be shown.
 * @cssproperty --sitrep-color-focus - Focus ring and links.
 * @cssproperty --sitrep-status-confirmed - Colour of the confirmed mark.
 * @cssproperty --sitrep-status-disputed - Colour of the disputed mark.
 * @cssproperty --sitrep-status-denied - Colour of the denied mark.
 * @cssproperty --sitrep-color-scheme - `light`, `dark`, or `light dark` (default: the reader's setting).
 */
export class SitrepRouteChip extends SitrepDataElement {
  static override styles = [hostStyles, styles];

  /** Whether the reader has chosen the chip (its route highlighted on the linked timeline). */
  @state() private engaged = false;
  @query('[part~="detail"]') private panel?: HTMLElement;
  /** When the details last closed by light dismiss: a press on the chip itself then closes, not reopens. */
  private closedAt = -Infinity;

  /** Id of the route in the dataset. */
  @property() route?: string;

  /** Origin, written inline (without a dataset). */
  @property() from?: string;

  /** Destination, written inline (without a dataset). */
  @property() to?: string;

  /** `air`, `land` or `sea`, written inline. */
  @property() mode?: Mode;

  /** The date, written inline (a date such as `2024-12-06`). */
  @property() date?: string;

  /** `reported`, `confirmed`, `disputed` or `denied`, written inline. */
  @property() status?: Status;

  /** Id of a `<sitrep-timeline>`: choosing the chip highlights the route's events there and selects the first. */
  @property() for?: string;

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.route) this.reportMissing(this.route, !!this.data$.dataset?.routeById.has(this.route), this.strings.unknownRoute);
  }

  private content(dataset: Dataset | undefined): ChipContent | undefined {
    const route: Route | undefined = this.route && dataset ? dataset.routeById.get(this.route) : undefined;
    if (route && dataset) {
      const place = (id: string) => this.nameOf(dataset.placeById.get(id)) ?? id;
      return {
        from: place(route.from),
        to: place(route.to),
        via: route.via.map(place),
        mode: route.mode,
        when: route.when,
        status: route.status,
        actors: route.actors.map((id) => this.nameOf(dataset.actorById.get(id)) ?? id),
        note: route.note,
        sources: route.sources,
      };
    }
    if (this.route) return undefined;
    const parsed = this.date ? parseEdtf(this.date) : undefined;
    return {
      from: this.from ?? '',
      to: this.to ?? '',
      via: [],
      mode: (MODES as readonly string[]).includes(this.mode ?? '') ? this.mode : undefined,
      when: parsed?.ok ? parsed.span : undefined,
      status: (STATUSES as readonly string[]).includes(this.status ?? '') ? this.status : undefined,
      actors: [],
      sources: [],
    };
  }

  private hasDetails(content: ChipContent): boolean {
    return content.via.length > 0 || content.actors.length > 0 || !!content.note || content.sources.length > 0;
  }

  /** The details were closed (Escape, a click elsewhere, the chip again): the route is let go. */
  private handleToggle = (event: ToggleEvent): void => {
    if (event.newState !== 'closed') return;
    this.closedAt = performance.now();
    if (this.engaged) this.engage(false);
  };

  private handleActivate = (): void => {
    // A press on the chip while its details are open first closes them by light dismiss; that press closes.
    if (this.panel && !this.engaged && performance.now() - this.closedAt < 300) return;
    const engaging = !this.engaged;
    if (this.panel) {
      if (engaging) this.panel.showPopover();
      else if (this.panel.matches(':popover-open')) this.panel.hidePopover();
    }
    this.engage(engaging);
    if (engaging && this.route) this.dispatchEvent(new SitrepRouteSelectEvent(this.route));
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    this.handleActivate();
  };

  /** Highlights the route's events on the linked timeline and selects the first, or lets them go. */
  private engage(on: boolean): void {
    this.engaged = on;
    const timeline = this.linkedTimeline(this.for) as LinkedTimeline | null;
    if (!timeline || !this.route) return;
    if (!on) {
      if (timeline.highlightRoute === this.route) timeline.highlightRoute = undefined;
      return;
    }
    timeline.highlightRoute = this.route;
    const first = timeline.events.find((event) => event.routes.includes(this.route!));
    if (first) timeline.select(first.id);
  }

  private renderDetail(content: ChipContent): TemplateResult {
    const s = this.strings;
    return html`<div part="detail" class="detail" id="detail" popover @toggle=${this.handleToggle}>
      <dl>
        ${content.via.length ? html`<dt>${s.via}</dt><dd>${content.via.map((name, index) => html`${index ? s.comma : ''}<bdi>${name}</bdi>`)}</dd>` : nothing}
        ${content.actors.length ? html`<dt>${s.actors}</dt><dd>${content.actors.map((name, index) => html`${index ? s.comma : ''}<bdi>${name}</bdi>`)}</dd>` : nothing}
        ${content.note ? html`<dt>${s.note}</dt><dd dir="auto">${content.note}</dd>` : nothing}
        ${content.sources.length
          ? html`<dt>${s.sources}</dt>
              <dd>
                <ul>
                  ${content.sources.map((source) => {
                    const url = source.url ? safeUrl(source.url) : undefined;
                    return html`<li>${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank"><bdi>${source.name}</bdi></a>` : html`<bdi>${source.name}</bdi>`}</li>`;
                  })}
                </ul>
              </dd>`
          : nothing}
      </dl>
    </div>`;
  }

  override render(): TemplateResult {
    // A polite live region in every state, so that loading and a failure are announced where the chip stands;
    // the visible message is hidden from screen readers, which hear it from the region.
    return html`${this.renderChip()}<span class="visually-hidden" role="status">${this.stateMessage()}</span>`;
  }

  /** What a chip that cannot show its route says: loading, or why not; '' once it shows the route. */
  private stateMessage(): string {
    const { status, dataset } = this.data$;
    if (this.route && status === 'loading') return this.strings.loading;
    if (this.content(dataset)) return '';
    return status === 'error' ? (this.data$.error?.message ?? this.strings.errorTitle) : this.strings.unknownRoute(isolate(this.route ?? ''));
  }

  private renderChip(): TemplateResult {
    const s = this.strings;
    const { status, dataset } = this.data$;
    if (this.route && status === 'loading') return html`<span part="base" class="chip loading" aria-hidden="true">${s.loading}</span>`;
    const content = this.content(dataset);
    if (!content) return html`<span part="base error" class="chip unknown" aria-hidden="true">${this.stateMessage()}</span>`;
    const modeWord = content.mode ? s.modes[content.mode]! : '';
    const date = content.when ? formatSpan(content.when, this.dateLocale, this.displayZone(dataset)) : '';
    const statusWord = content.status ? s.status[content.status]! : '';
    const details = this.hasDetails(content);
    // Real spaces between the pieces, so the chip reads and copies as a phrase: "Damascus → Tehran 6 December 2024 reported".
    const icon = content.mode ? html`<svg part="icon" class="icon" viewBox="0 0 16 16" role="img" aria-label=${modeWord}>${MODE_ICONS[content.mode]}</svg> ` : nothing;
    const when = date ? html` <time datetime=${machineDate(content.when!)}>${date}</time>` : nothing;
    const mark = content.status
      ? html` <span part="status" class=${`status status-${content.status}`}><span class="mark" aria-hidden="true"></span>${statusWord}</span>`
      : nothing;
    // The name is the visible text itself (WCAG 2.5.3), with "to" spoken where the arrow is drawn.
    const inner = html`${icon}<bdi class="place">${content.from}</bdi> <span class="arrow" aria-hidden="true">${this.rtl ? '←' : '→'}</span><span class="visually-hidden"> ${s.routeTo}</span> <bdi class="place"
        >${content.to}</bdi
      >${when}${mark}`;
    return html`<span part="base" class=${`chip${content.status ? ` status-${content.status}` : ''}`} dir=${this.rtl ? 'rtl' : 'ltr'} lang=${this.locale}
      >${details || (this.for && this.route)
        ? html`<span
              part="button"
              class="trigger"
              role="button"
              tabindex="0"
              aria-expanded=${ifDefined(details ? (this.engaged ? 'true' : 'false') : undefined)}
              aria-controls=${ifDefined(details ? 'detail' : undefined)}
              aria-pressed=${ifDefined(details ? undefined : this.engaged ? 'true' : 'false')}
              @click=${this.handleActivate}
              @keydown=${this.handleKeydown}
              >${inner}</span
            >${details ? this.renderDetail(content) : nothing}`
        : html`<span class="static">${inner}</span>`}</span
    >`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'sitrep-route-chip': SitrepRouteChip;
  }
}
