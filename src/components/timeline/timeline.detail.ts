/**
 * The detail panel of the selected event: title, the date as readers should see it (with its
 * precision and uncertainty, and the local time and zone for timed events), summary, actors,
 * place, movements, sources (http/https links only), status and corrections.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isolate } from '../../i18n/bidi.js';
import { gregorianLocale, isGregorian } from '../../i18n/calendar.js';
import { describeSpan, formatSpan, machineDate } from '../../i18n/format-date.js';
import { partStrings, type Strings } from '../../i18n/strings.js';
import type { ConflictEvent, Dataset } from '../../model/types.js';

/** What the panel needs from the element. */
export interface DetailContext {
  readonly strings: Strings;
  /** The locale dates are written in, with its calendar. */
  readonly locale: string;
  readonly rtl: boolean;
  readonly timeZone: string;
  readonly nameOf: (item: { name: string; names: Readonly<Record<string, string>> } | undefined) => string | undefined;
  /** Choosing an actor filters the timeline to it (and choosing it again clears that). */
  readonly onActor: (id: string) => void;
  readonly actorFilter: readonly string[];
}

/** The panel's English: translated dictionaries have these strings too (see `partStrings`). */
export const detailEnglish = () => ({
  showOnly: (name: string) => `Show only ${name}`,
  showEveryone: 'Show every actor again',
  routes: 'Movements',
  corrections: 'Corrections',
  gregorianNote: 'Gregorian',
  statusNote: {
    disputed: 'Disputed: sources disagree on this report.',
    denied: 'Denied by a party named in the report.',
  } as Record<string, string>,
});

/** The panel's own strings. */
export type DetailStrings = ReturnType<typeof detailEnglish>;

export function renderDetail(event: ConflictEvent, dataset: Dataset, context: DetailContext): TemplateResult {
  const { locale, timeZone, nameOf, onActor, actorFilter } = context;
  const s = partStrings(context.strings, detailEnglish);
  const written = describeSpan(event.when, locale, s, timeZone);
  // In another calendar, the Gregorian date too: sources and other reports give that one.
  const gregorian = isGregorian(locale) ? undefined : formatSpan(event.when, gregorianLocale(locale), timeZone);
  const arrow = context.rtl ? '←' : '→';
  const place = event.place ? nameOf(dataset.placeById.get(event.place)) : undefined;
  const routes = event.routes.map((id) => dataset.routeById.get(id)).filter((route) => route !== undefined);
  return html`<section part="detail" class="detail" aria-labelledby="detail-title">
    <h3 id="detail-title" dir="auto">${event.title}</h3>
    <p class="meta">
      <time datetime=${machineDate(event.when)}><bdi>${event.displayDate ?? written}</bdi></time>${event.displayDate
        ? html` <span class="precision">(${written})</span>`
        : nothing}${gregorian ? html` <span class="gregorian">(${s.label(s.gregorianNote)} <bdi>${gregorian}</bdi>)</span>` : nothing}
      · <bdi>${s.types[event.type] ?? event.type}${event.subtype ? ` (${event.subtype})` : ''}</bdi>
    </p>
    ${event.status && event.status !== 'reported' && event.status !== 'confirmed'
      ? html`<p class="status status-${event.status}"><strong>${s.status[event.status]}</strong> ${s.statusNote[event.status] ?? ''}</p>`
      : event.status
        ? html`<p class="meta">${s.status[event.status]}</p>`
        : nothing}
    ${event.summary ? html`<p dir="auto">${event.summary}</p>` : nothing}
    <dl>
      ${place ? html`<dt>${s.place}</dt><dd><bdi>${place}</bdi></dd>` : nothing}
      ${event.actors.length
        ? html`<dt>${s.actors}</dt>
            <dd class="actors">
              ${event.actors.map((id) => {
                const name = nameOf(dataset.actorById.get(id)) ?? id;
                const only = actorFilter.length === 1 && actorFilter[0] === id;
                return html`<button type="button" class="button pill chip" aria-pressed=${only ? 'true' : 'false'} title=${only ? s.showEveryone : s.showOnly(isolate(name))} @click=${() => onActor(id)}>
                  <bdi>${name}</bdi>
                </button>`;
              })}
            </dd>`
        : nothing}
      ${routes.length
        ? html`<dt>${s.routes}</dt>
            <dd>
              <ul>
                ${routes.map(
                  (route) =>
                    html`<li>
                      <bdi>${nameOf(dataset.placeById.get(route.from)) ?? route.from}</bdi> <span aria-hidden="true">${arrow}</span
                      ><span class="visually-hidden"> ${s.routeTo}</span> <bdi>${nameOf(dataset.placeById.get(route.to)) ?? route.to}</bdi>${s.comma}${s.modes[route.mode]}${route.status ? html` (${s.status[route.status]})` : nothing}
                    </li>`,
                )}
              </ul>
            </dd>`
        : nothing}
      ${event.sources.length
        ? html`<dt>${s.sources}</dt>
            <dd>
              <ul class="sources">
                ${event.sources.map(
                  (source) =>
                    html`<li>
                      ${source.url
                        ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank"><bdi>${source.name}</bdi></a>`
                        : html`<bdi>${source.name}</bdi>`}${source.published ? html` <span class="meta">(${source.published})</span>` : nothing}
                    </li>`,
                )}
              </ul>
            </dd>`
        : nothing}
      ${event.corrections.length
        ? html`<dt>${s.corrections}</dt>
            <dd>
              <ul>
                ${event.corrections.map((correction) => html`<li><time>${correction.date}</time>${s.label('')} <bdi>${correction.note}</bdi></li>`)}
              </ul>
            </dd>`
        : nothing}
    </dl>
  </section>`;
}
