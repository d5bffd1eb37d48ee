/**
 * Untrusted text, end to end: hostile strings in every string field of every format, rendered by
 * all three elements in every view. Nothing may execute, no dangerous node or attribute may exist
 * in any shadow root, and each string must show literally, as text.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { csvFormatRows } from 'd3-dsv';
import '../../src/index.js';
import type { SitrepActorCard, SitrepRouteChip, SitrepTimeline } from '../../src/index.js';
import type { SitrepLoadEvent } from '../../src/events/events.js';
import type { Dataset } from '../../src/model/types.js';
import { clearDatasetCache } from '../../src/model/load.js';

declare global {
  interface Window {
    __pwned?: (tag: string) => void;
  }
}

/** Payloads: markup that runs script when parsed as HTML or SVG, and script URLs in the spellings browsers accept. */
export const PAYLOADS = [
  '<script>__pwned("script")</script>',
  '<img src=x onerror=__pwned("img")>',
  '<svg onload=__pwned("svg")></svg>',
  '<svg><script>__pwned("svg-script")</script></svg>',
  '<iframe srcdoc="<script>parent.__pwned(\'iframe\')</script>"></iframe>',
  '"><img src=x onerror=__pwned("attribute-breakout")>',
  "'><svg onload=__pwned('single-quote-breakout')>",
  '<a href="javascript:__pwned(\'anchor\')">link</a>',
  '<math><mi xlink:href="javascript:__pwned(\'math\')">x</mi></math>',
  '</style><script>__pwned("style-breakout")</script>',
  '${__pwned("template")}{{constructor.constructor("__pwned(\'ng\')")()}}',
  'javascript:__pwned("js")',
  ' JaVaScRiPt:__pwned("js-case")',
  'java\tscript:__pwned("js-tab")',
  'java\nscript:__pwned("js-newline")',
  '\u0001javascript:__pwned("js-control")',
  '&#x6A;avascript:__pwned("js-entity")',
  '&#106;&#97;vascript&colon;__pwned("js-decimal-entity")',
  '%6A%61%76%61script:__pwned("js-percent")',
  'jav&#x09;ascript:__pwned("js-entity-tab")',
  'vbscript:__pwned("vb")',
  'data:text/html,<script>__pwned("data")</script>',
  'DATA:text/html;base64,PHNjcmlwdD5fX3B3bmVkKCJkYXRhNjQiKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=__pwned("data-svg")>',
  'https://example.org/"onmouseover="__pwned(\'http-quote\')',
] as const;

/** Elements that must never appear in a shadow root: they run script, load documents or change the page. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'img', 'image', 'video', 'audio', 'base', 'meta', 'link', 'form', 'style', 'foreignobject', 'math', 'portal']);
/** Attributes whose value is loaded or run. */
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'background', 'ping']);

/** Every element inside `root`, entering every shadow root on the way. */
function* composedElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* composedElements(element.shadowRoot);
  }
}

/** What a reader can see or hear in `root`: text nodes, and the names given by attributes. */
function readable(root: ParentNode): string {
  const parts: string[] = [];
  const collect = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) parts.push(text.nodeValue ?? '');
  };
  for (const element of composedElements(root)) {
    if (element.shadowRoot) collect(element.shadowRoot);
    for (const name of ['aria-label', 'title', 'aria-description']) {
      const value = element.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return normalise(parts.join('\n'));
}

const normalise = (text: string) => text.replace(/\s+/g, ' ');

/** The dangerous things found in the shadow roots under `root`, described. */
function dangers(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of composedElements(root)) {
    if (!element.getRootNode || !(element.getRootNode() instanceof ShadowRoot)) continue;
    const name = element.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(name)) found.push(`<${name}> element`);
    for (const attribute of element.attributes) {
      const attr = attribute.name.toLowerCase();
      if (attr.startsWith('on')) found.push(`${attr} on <${name}>`);
      if (attr === 'srcdoc') found.push(`srcdoc on <${name}>`);
      if (URL_ATTRIBUTES.has(attr) && attribute.value !== '' && !/^(https?:\/\/|#)/i.test(attribute.value)) found.push(`${attr}="${attribute.value}" on <${name}>`);
      if (attr === 'style' && /url\(|expression|javascript:/i.test(attribute.value)) found.push(`style="${attribute.value}" on <${name}>`);
    }
  }
  return found;
}

/** HTML-escapes text, as a TimelineJS author writes literal angle brackets. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A field's value: a marker naming the field and the payload, so each can be found in the page. */
const field = (name: string, index: number) => `[${name}#${index}] ${PAYLOADS[index]}`;
/** The same with no `;`, for the columns a spreadsheet splits on `;`. */
const listField = (name: string, index: number) => field(name, index).replace(/;/g, ',');

const day = (index: number) => `2024-11-${String(index + 1).padStart(2, '0')}`;

interface Fixture {
  /** How the text is labelled in its inline `<script>`. */
  readonly type: string;
  readonly text: string;
  /** The field markers that must show literally, with what each should read as. */
  readonly expected: readonly string[];
}

function nativeFixture(): Fixture {
  const indexes = PAYLOADS.map((_, i) => i);
  const expected: string[] = [];
  const show = (text: string) => (expected.push(text), text);
  const data = {
    version: 1,
    title: show(`[dataset-title] ${PAYLOADS.join(' | ')}`),
    // Not shown by the elements (the page carries its own standfirst), but read and kept as text.
    description: `[dataset-description] ${PAYLOADS.join(' | ')}`,
    actors: indexes.map((i) => ({
      id: `actor-${i}`,
      name: show(field('actor-name', i)),
      names: { ar: show(field('actor-name-ar', i)) },
      aliases: [show(field('actor-alias', i))],
      description: show(field('actor-description', i)),
      side: show(field('actor-side', i)),
      type: 'other',
    })),
    places: indexes.map((i) => ({ id: `place-${i}`, name: show(field('place-name', i)), names: { ar: field('place-name-ar', i) }, lat: 35, lon: 38 })),
    routes: indexes.map((i) => ({
      id: `route-${i}`,
      from: `place-${i}`,
      to: `place-${(i + 1) % PAYLOADS.length}`,
      mode: 'air',
      date: day(i),
      actors: [`actor-${i}`],
      note: show(field('route-note', i)),
      sources: [{ name: show(field('route-source', i)), url: PAYLOADS[i] }],
    })),
    events: [
      ...indexes.map((i) => ({
        id: `event-${i}`,
        date: day(i),
        title: show(field('event-title', i)),
        summary: show(field('event-summary', i)),
        subtype: show(field('event-subtype', i)),
        type: 'strategic',
        actors: [`actor-${i}`],
        place: `place-${i}`,
        routes: [`route-${i}`],
        sources: [{ name: show(field('event-source', i)), url: PAYLOADS[i], // Not a date: refused with a warning, so never shown.
          published: field('event-source-published', i) }],
        corrections: [{ date: '2024-12-20', note: show(field('event-correction', i)) }],
      })),
      // Hostile ids and dates are refused and reported; the report itself must stay text.
      { id: PAYLOADS[1], date: PAYLOADS[2], title: 'Refused', type: PAYLOADS[0], actors: [PAYLOADS[3]] },
    ],
  };
  return { type: 'application/json', text: JSON.stringify(data), expected };
}

function csvFixture(): Fixture {
  const expected: string[] = [];
  const show = (text: string) => (expected.push(text), text);
  const rows = PAYLOADS.map((_, i) => [
    '',
    day(i),
    show(field('csv-title', i)),
    show(field('csv-summary', i)),
    'strategic',
    show(listField('csv-actor', i)),
    show(field('csv-place', i)),
    show(listField('csv-source', i)),
    PAYLOADS[i],
    'reported',
  ]);
  rows.push([PAYLOADS[0], PAYLOADS[1], 'Refused row', '', PAYLOADS[2], '', '', '', '', PAYLOADS[3]]);
  const text = csvFormatRows([['id', 'date', 'title', 'summary', 'type', 'actors', 'place', 'source', 'source_url', 'status'], ...rows]);
  return { type: 'text/csv', text, expected };
}

function acledFixture(): Fixture {
  const expected: string[] = [];
  const show = (text: string) => (expected.push(text), text);
  const header = ['event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'inter2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'source', 'notes', 'fatalities'];
  const rows = PAYLOADS.map((_, i) => [
    `TST${1000 + i}`,
    day(i),
    '2024',
    '1',
    'Strategic developments',
    show(field('acled-sub-event', i)),
    show(field('acled-actor1', i)),
    show(listField('acled-assoc', i)),
    'Rebel group',
    show(field('acled-actor2', i)),
    'State forces',
    field('acled-country', i), // kept in the data, not shown
    field('acled-admin1', i), // kept in the data, not shown
    show(field('acled-location', i)),
    '35.1',
    '38.2',
    show(listField('acled-source', i)),
    show(field('acled-notes', i)),
    '0',
  ]);
  return { type: 'text/csv', text: csvFormatRows([header, ...rows]), expected };
}

/** TimelineJS text fields hold HTML: raw payloads are reduced to their text, escaped ones must read literally. */
function timelineJsJsonFixture(): Fixture {
  const expected: string[] = [];
  const literal = (name: string, i: number) => (expected.push(field(name, i)), escapeHtml(field(name, i)));
  const data = {
    title: { text: { headline: `[tl-title] ${PAYLOADS.map(escapeHtml).join(' | ')}`, text: PAYLOADS.join(' ') } },
    events: PAYLOADS.map((payload, i) => ({
      start_date: { year: '2024', month: '11', day: String(i + 1) },
      text: { headline: literal('tl-headline', i), text: `${payload} ${literal('tl-text', i)}` },
      group: literal('tl-group', i),
      display_date: literal('tl-display-date', i),
      media: { url: payload, credit: literal('tl-credit', i) },
      unique_id: payload,
    })),
  };
  expected.push(`[tl-title] ${PAYLOADS.map((p) => normalise(p)).join(' | ')}`);
  return { type: 'application/json', text: JSON.stringify(data), expected };
}

function timelineJsSheetFixture(): Fixture {
  const expected: string[] = [];
  const literal = (name: string, i: number) => (expected.push(field(name, i)), escapeHtml(field(name, i)));
  const header = ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background'];
  const rows = PAYLOADS.map((payload, i) => [
    '2024', '11', String(i + 1), '', '', '', '', '',
    literal('sheet-display-date', i), literal('sheet-headline', i), `${payload} ${literal('sheet-text', i)}`,
    payload, literal('sheet-credit', i), payload, payload, '', literal('sheet-group', i), payload,
  ]);
  rows.unshift(['', '', '', '', '', '', '', '', '', escapeHtml('[sheet-title] ' + PAYLOADS[0]), PAYLOADS[1], '', '', '', '', 'title', '', '']);
  expected.push(normalise(`[sheet-title] ${PAYLOADS[0]}`));
  return { type: 'text/csv', text: csvFormatRows([header, ...rows]), expected };
}

const FORMATS: Record<string, () => Fixture> = {
  'native JSON': nativeFixture,
  'spreadsheet CSV': csvFixture,
  'ACLED export': acledFixture,
  'TimelineJS JSON': timelineJsJsonFixture,
  'TimelineJS sheet': timelineJsSheetFixture,
};

describe('untrusted text in every format, field, element and view', () => {
  let executed: string[] = [];
  let script: HTMLScriptElement | undefined;
  beforeEach(() => {
    clearDatasetCache();
    executed = [];
    window.__pwned = (tag: string) => void executed.push(tag);
  });
  afterEach(() => {
    script?.remove();
    delete window.__pwned;
  });

  /** Puts the file on the page as inline data, the way a CMS embeds it. */
  function embed(data: Fixture): string {
    script = document.createElement('script');
    script.type = data.type;
    script.id = `hostile-${Math.random().toString(36).slice(2)}`;
    script.textContent = data.text;
    document.body.append(script);
    return `#${script.id}`;
  }

  for (const [format, make] of Object.entries(FORMATS)) {
    it(`${format}: nothing runs, nothing dangerous is created, every string reads literally`, async function () {
      this.timeout(60_000);
      const started = performance.now();
      const data = make();
      const src = embed(data);
      const page = await fixture<HTMLDivElement>(html`<div style="width: 960px"></div>`);
      const timeline = document.createElement('sitrep-timeline') as SitrepTimeline;
      const loaded = new Promise<Dataset>((resolve) => timeline.addEventListener('sitrep-load', (event) => resolve((event as SitrepLoadEvent).detail.dataset), { once: true }));
      timeline.setAttribute('src', src);
      page.append(timeline);
      const dataset = await loaded;
      await waitUntil(() => timeline.shadowRoot!.querySelector('[part~="mark"]'), 'marks drawn');
      expect(dataset.events.length, 'every hostile row is kept as text').to.equal(PAYLOADS.length);
      if (format === 'native JSON') {
        // Every address but the one web address is refused, on events and on routes, and each refusal is reported.
        const refused = timeline.issues.filter((issue) => /\.sources\[0\]\.url$/.test(issue.path ?? ''));
        expect(refused.length).to.equal(2 * (PAYLOADS.length - 1));
      }

      const seen: string[] = [];
      const look = async () => {
        await timeline.updateComplete;
        seen.push(readable(page));
        expect(dangers(page), `${format}: dangerous nodes`).to.deep.equal([]);
      };
      // Marks, labels, list and the partial note, opened.
      await look();
      const note = timeline.shadowRoot!.querySelector<HTMLDetailsElement>('details.skipped');
      if (note) {
        note.open = true;
        await look();
      }
      // The detail of every event.
      for (const event of dataset.events) {
        timeline.select(event.id);
        await look();
      }
      // The vertical layout at phone width, and the story mode.
      page.style.width = '360px';
      timeline.setAttribute('layout', 'vertical');
      await look();
      timeline.toggleAttribute('story', true);
      await look();

      // An actor card per actor, full and compact, in English and in Arabic.
      for (const actor of dataset.actors) {
        for (const variant of ['', 'compact', 'ar']) {
          const card = document.createElement('sitrep-actor-card') as SitrepActorCard;
          card.setAttribute('src', src);
          card.setAttribute('actor', actor.id);
          card.setAttribute('for', 'nowhere');
          if (variant === 'compact') card.compact = true;
          if (variant === 'ar') card.setAttribute('lang', 'ar');
          page.append(card);
          await waitUntil(() => card.shadowRoot?.querySelector('[part~="name"]'), `card for ${actor.id}`);
        }
      }
      // A route chip per route, with its details opened.
      for (const route of dataset.routes) {
        const chip = document.createElement('sitrep-route-chip') as SitrepRouteChip;
        chip.setAttribute('src', src);
        chip.setAttribute('route', route.id);
        page.append(chip);
        await waitUntil(() => chip.shadowRoot?.querySelector('.place'), `chip for ${route.id}`);
        chip.shadowRoot!.querySelector<HTMLElement>('[part~="button"]')?.click();
        await chip.updateComplete;
      }
      await look();
      // Let any injected handler (an image error, an SVG load) have its chance to run.
      await new Promise((resolve) => setTimeout(resolve, 150));

      expect(executed, `${format}: script ran`).to.deep.equal([]);
      const text = seen.join('\n');
      const missing = data.expected.map(normalise).filter((value) => !text.includes(value));
      expect(missing, `${format}: strings not shown literally`).to.deep.equal([]);
      console.log(`${format}: ${PAYLOADS.length} payloads, ${data.expected.length} strings checked, ${dataset.actors.length} actors × 3 cards, ${dataset.routes.length} chips, ${Math.round(performance.now() - started)} ms`);
      page.remove();
    });
  }

  it('the checks catch what they look for (a deliberately unsafe rendering)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div></div></div>`);
    const host = page.firstElementChild!;
    const shadow = host.attachShadow({ mode: 'open' });
    const unsafe = document.createElement('span');
    shadow.append(unsafe);
    // What an element that wrote data as markup would produce.
    // eslint-disable-next-line no-restricted-properties -- the unsafe rendering the checks must catch
    unsafe.innerHTML = `${PAYLOADS[1]}<a href="${PAYLOADS[11]}">x</a>`;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(executed).to.deep.equal(['img']);
    const found = dangers(page);
    expect(found).to.include.members(['<img> element', 'onerror on <img>']);
    expect(found.some((danger) => danger.startsWith('href="javascript:'))).to.equal(true);
    expect(readable(page)).not.to.contain(PAYLOADS[1]);
  });
});
