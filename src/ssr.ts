/**
 * `sitrep/ssr`: the elements as HTML, rendered in Node with Lit SSR, for CMS templates, pages
 * read without JavaScript, and feeds.
 *
 * The output is the element with its shadow root written out (declarative shadow DOM: a
 * `<template shadowrootmode="open">` that browsers attach while parsing), so the timeline with its
 * marks, its summary and its list of events shows before any script runs. Inside the element, in
 * its light DOM, the same story is written once more as plain HTML (the events as an `<ol>` of
 * items with `<time datetime>`): feed readers drop `<template>` and keep that, while a browser
 * that attaches the shadow root hides it. The data is inlined beside the element as a
 * `<script type="application/json">` that the element's `src="#…"` names (or the element keeps a
 * given `src` URL), and when `sitrep.js` loads later the element keeps the server's nodes until it
 * has drawn the same data, then swaps them in the same turn (see `SitrepDataElement`).
 *
 * Every text from the data goes through Lit's templates, which escape it; the inline JSON escapes
 * `<`, `>` and `&` as `\u003c`, `\u003e` and `\u0026`, so it can never end its script.
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as elementHtml, literal } from 'lit/static-html.js';
import './define.js';
import { SERVER_WIDTH } from './controllers/size-controller.js';
import { loadTimelineParts } from './components/timeline/timeline.js';
import { withCalendar } from './i18n/calendar.js';
import { describeSpan, formatSpan, machineDate } from './i18n/format-date.js';
import { loadStrings, stringsFor, type Strings } from './i18n/strings.js';
import { parseDataset, type LoadError } from './model/parse.js';
import { FORMATS, type DataIssue, type Dataset, type Format } from './model/types.js';


/**
 * The tags, as static parts of the templates that write the elements: their attributes and
 * properties are the public ones of SPEC.md, bound the same way a page binds them.
 */
const TAGS = {
  'sitrep-timeline': literal`sitrep-timeline`,
  'sitrep-actor-card': literal`sitrep-actor-card`,
  'sitrep-route-chip': literal`sitrep-route-chip`,
} as const;

/** The elements that can be rendered on the server. */
export const SSR_ELEMENTS = ['timeline', 'actor-card', 'route-chip'] as const;

/** One of {@link SSR_ELEMENTS}. */
export type SsrElement = (typeof SSR_ELEMENTS)[number];

/** The timeline's width on the server when none is given, in CSS pixels. */
export const DEFAULT_SERVER_WIDTH = 720;

/** What to render, and from which data. */
export interface SsrOptions {
  /** The data: the text of a file in any supported format, or an object in the native format. */
  readonly data: string | object;
  /** The element: `timeline` (default), `actor-card` or `route-chip`. */
  readonly element?: SsrElement;
  /** The actor's id, for `actor-card`. */
  readonly actor?: string;
  /** The route's id, for `route-chip`. */
  readonly route?: string;
  /** `compact` for an actor card: one line, for a sentence of article text. */
  readonly compact?: boolean;
  /** The language (BCP 47), written on the element; default: none, the page's (rendered in English). */
  readonly lang?: string;
  /** `ltr` or `rtl`, written on the element; default: `rtl` for a right-to-left `lang`. */
  readonly dir?: 'ltr' | 'rtl';
  /** The calendar dates are written in (see the elements' `calendar`). */
  readonly calendar?: string;
  /**
   * The URL the element loads its data from in the page. Without it the data is inlined beside
   * the element and `src` names it (`#sitrep-data-…`). Only `http:`, `https:`, relative URLs and
   * `#id` are accepted.
   */
  readonly src?: string;
  /** The timeline's layout width in CSS pixels (the server cannot measure): default 720. */
  readonly width?: number;
  /** The data format (default `auto`), written on the element as `format`. */
  readonly format?: Format;
  /** The file's name or URL: used to tell its format and in messages. */
  readonly url?: string;
}

/** The HTML, and what was found in the data. */
export interface SsrResult {
  /** The element (and the inline data before it): HTML to put in a page as it is. */
  readonly html: string;
  /** False when nothing could be shown: the HTML is then the element's error state. */
  readonly ok: boolean;
  /** The problems found in the data (items with errors were left out, as in the page). */
  readonly issues: readonly DataIssue[];
  /** Why nothing could be shown, when `ok` is false. */
  readonly error?: LoadError;
  /** What the element shows as a note instead of its content, in English: an unknown `actor` or `route`. */
  readonly warnings: readonly string[];
}

/** Languages written right to left (their primary subtags). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** `rtl` for a language written right to left, else `ltr`. */
export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0]!;
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

/**
 * Renders one element as HTML with declarative shadow DOM, for a page that may never run
 * JavaScript, and that `sitrep.js` takes over without a flash when it does.
 *
 * Never throws for bad data: data problems are shown as the element shows them (a note of what
 * was skipped, or its error state, with `ok: false`). Throws a `RangeError` for options that
 * make no sense (an unknown element, a `src` that is not an http(s) or relative URL, text data
 * that cannot be inlined safely).
 */
export async function renderHtml(options: SsrOptions): Promise<SsrResult> {
  const element = options.element ?? 'timeline';
  if (!(SSR_ELEMENTS as readonly string[]).includes(element)) throw new RangeError(`unknown element "${element}"; use one of ${SSR_ELEMENTS.join(', ')}`);
  const format = options.format ?? 'auto';
  if (!(FORMATS as readonly string[]).includes(format)) throw new RangeError(`unknown format "${format}"; use one of ${FORMATS.join(', ')}`);
  const src = options.src === undefined ? undefined : checkedSrc(options.src);
  const width = options.width ?? DEFAULT_SERVER_WIDTH;
  if (!Number.isFinite(width) || width < 120 || width > 10_000) throw new RangeError(`width ${width} is not a layout width in pixels (120 to 10000)`);
  const lang = options.lang?.trim() || undefined;
  const dir = options.dir ?? (lang ? directionOf(lang) : undefined);
  // The language's strings load on first use, in the page as here: before rendering, so the
  // server writes the language the page will show. So do the parts of the timeline that load on
  // first use (the server draws in one pass).
  await Promise.all([loadStrings(lang), loadTimelineParts()]);

  const loaded = parseDataset(options.data, { format, ...(options.url ? { url: options.url } : {}) });
  const dataset = loaded.ok ? loaded.dataset : undefined;
  const inline = src === undefined ? inlineData(options.data, format) : undefined;
  if (inline === null && loaded.ok) {
    throw new RangeError('this text cannot be inlined in a page safely (it holds "<!--" or "<script"): publish the file and give its URL as src');
  }
  const context: LightContext = {
    strings: stringsFor(lang),
    locale: lang ?? 'en',
    dateLocale: withCalendar(lang ?? 'en', options.calendar),
  };

  const warnings: string[] = [];
  let light: TemplateResult | typeof nothing = nothing;
  let body: TemplateResult;
  const common = {
    src: src ?? (inline ? `#${inline.id}` : undefined),
    format: format === 'auto' ? undefined : format,
    lang,
    dir,
    calendar: options.calendar,
  };
  if (element === 'timeline') {
    if (dataset) light = timelineLight(dataset, context);
    body = elementHtml`<${TAGS['sitrep-timeline']} src=${ifDefined(common.src)} format=${ifDefined(common.format)} lang=${ifDefined(common.lang)} dir=${ifDefined(common.dir)}
      calendar=${ifDefined(common.calendar)} .data=${options.data}>${light}</${TAGS['sitrep-timeline']}>`;
  } else if (element === 'actor-card') {
    const actor = options.actor ? dataset?.actorById.get(options.actor) : undefined;
    if (dataset && !actor) warnings.push(`no actor "${options.actor ?? ''}" in the data`);
    if (actor) light = html`<bdi>${nameOf(actor, context.locale)}</bdi>`;
    body = elementHtml`<${TAGS['sitrep-actor-card']} src=${ifDefined(common.src)} format=${ifDefined(common.format)} lang=${ifDefined(common.lang)} dir=${ifDefined(common.dir)}
      calendar=${ifDefined(common.calendar)} actor=${ifDefined(options.actor)} ?compact=${options.compact ?? false} .data=${options.data}
      >${light}</${TAGS['sitrep-actor-card']}>`;
  } else {
    const route = options.route ? dataset?.routeById.get(options.route) : undefined;
    if (dataset && !route) warnings.push(`no route "${options.route ?? ''}" in the data`);
    if (dataset && route) light = routeLight(dataset, route.id, context);
    body = elementHtml`<${TAGS['sitrep-route-chip']} src=${ifDefined(common.src)} format=${ifDefined(common.format)} lang=${ifDefined(common.lang)} dir=${ifDefined(common.dir)}
      calendar=${ifDefined(common.calendar)} route=${ifDefined(options.route)} .data=${options.data}>${light}</${TAGS['sitrep-route-chip']}>`;
  }

  const rendered = withoutHydrationMarkers(collectResultSync(render(body, { elementRenderers: [rendererAt(width)] })));
  return {
    html: `${inline ? `${inline.script}\n` : ''}${rendered}\n`,
    ok: loaded.ok,
    issues: loaded.ok ? loaded.issues : loaded.error.issues,
    ...(loaded.ok ? {} : { error: loaded.error }),
    warnings,
  };
}

/** What the light-DOM copy needs: the strings and locales of the language. */
interface LightContext {
  readonly strings: Strings;
  readonly locale: string;
  readonly dateLocale: string;
}

/** A name in the language, else the main name (as the elements choose). */
function nameOf(item: { readonly name: string; readonly names: Readonly<Record<string, string>> }, locale: string): string {
  return item.names[locale] ?? item.names[locale.split('-')[0]!] ?? item.name;
}

/**
 * The timeline's light DOM: the title, then every event in time order with its date. The title
 * takes its direction from its own text (an English title on a right-to-left page keeps its
 * punctuation and dates in place), as the element's own title does.
 */
function timelineLight(dataset: Dataset, { strings, dateLocale }: LightContext): TemplateResult {
  const zone = dataset.timeZone || 'UTC';
  return html`<p dir="auto">${dataset.title}</p>
    <ol>
      ${dataset.events.map(
        (event) =>
          html`<li>
            <time datetime=${machineDate(event.when)}><bdi>${event.displayDate ?? describeSpan(event.when, dateLocale, strings, zone)}</bdi></time>:
            <bdi>${event.title}</bdi>${event.status && event.status !== 'confirmed' ? ` (${strings.status[event.status] ?? event.status})` : ''}
          </li>`,
      )}
    </ol>`;
}

/** A route chip's light DOM: the movement as a phrase. */
function routeLight(dataset: Dataset, id: string, { strings, locale, dateLocale }: LightContext): TemplateResult {
  const route = dataset.routeById.get(id)!;
  const place = (placeId: string) => {
    const found = dataset.placeById.get(placeId);
    return found ? nameOf(found, locale) : placeId;
  };
  return html`<bdi>${place(route.from)}</bdi> → <bdi>${place(route.to)}</bdi>, ${strings.modes[route.mode] ?? route.mode},
    <time datetime=${machineDate(route.when)}>${formatSpan(route.when, dateLocale)}</time>${route.status ? ` (${strings.status[route.status] ?? route.status})` : ''}`;
}

/** Lit's renderer for LitElements, which also gives the timeline the width to lay out at. */
function rendererAt(width: number): typeof LitElementRenderer {
  return class extends LitElementRenderer {
    override connectedCallback(): void {
      (this.element as unknown as Record<symbol, number>)[SERVER_WIDTH] = width;
      super.connectedCallback();
    }
  };
}

/**
 * The HTML without Lit's hydration markers (`<!--lit-part …-->`, `<!--lit-node n-->`, and the
 * empty `<?>` a template that ends in a binding gets): the page does not hydrate (the element
 * draws anew and swaps), so they would only add bytes. Text and attribute values from the data
 * are escaped (`<` as `&lt;`), so only Lit's own markers match.
 */
function withoutHydrationMarkers(text: string): string {
  return text.replace(/<!--\/?lit-part(?: [\w+/=]*)?-->|<!--lit-node \d+-->|<\?>/g, '');
}

/** A `src` the page may load: http(s), relative, or `#id`; anything else (`javascript:`, `data:`) is refused. */
function checkedSrc(src: string): string {
  const value = src.trim();
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (!value || (scheme !== undefined && scheme !== 'http' && scheme !== 'https')) {
    throw new RangeError(`src "${src}" is not an http(s) URL, a relative URL or #id`);
  }
  return value;
}

/**
 * The data as an inline `<script>` the element's `src="#id"` reads: JSON minified with `<`, `>`
 * and `&` escaped (`\u003c`…, still the same JSON), or a spreadsheet's text as it is when it holds
 * nothing that could end or change a script (`</script`, `<!--`); null for a text that does.
 * The id is a hash of the content, so elements rendered from the same data name the same script.
 */
function inlineData(data: string | object, format: Format): { id: string; script: string } | null {
  let text: string | undefined;
  let type = 'application/json';
  if (typeof data === 'string') {
    const trimmed = data.charCodeAt(0) === 0xfeff ? data.slice(1) : data;
    try {
      if (format === 'csv' || format === 'acled') throw new SyntaxError('a spreadsheet');
      text = JSON.stringify(JSON.parse(trimmed));
    } catch {
      // Not JSON: a spreadsheet (or something unreadable, inlined as it is so the page shows the same error).
      if (/<!--|<\/?script/i.test(trimmed)) return null;
      text = trimmed;
      type = 'text/csv';
    }
  } else {
    text = JSON.stringify(data) ?? 'null';
  }
  if (type === 'application/json') text = text.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const id = `sitrep-data-${contentHash(text)}`;
  return { id, script: `<script type="${type}" id="${id}">${text}</script>` };
}

/** 64 bits of FNV-1a (two 32-bit hashes), as 16 hex digits: a stable name for a text. */
function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export type { DataIssue, Format, LoadError };
