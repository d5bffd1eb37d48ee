/**
 * What the generic checks need to know about Sitrep's elements: their tags, the roving items of
 * a timeline, which lines are decorative, how colour encodes categories, which messages show a
 * state, and where the zoom buttons are.
 */
import type { Encoding } from './checks.js';
import { pageCanvas, parseColor, type Rgba } from './dom.js';

export const SITREP_TAGS = ['sitrep-timeline', 'sitrep-actor-card', 'sitrep-route-chip'] as const;

/** The roving items of a timeline: marks and clusters in lanes, rows in the vertical list. */
export const ITEMS = '[part~="mark"], [part~="cluster"], .vertical .row';

/** Items a reader selects (events, not clusters or day groups). */
export const SELECTABLE = '[part~="mark"], .vertical .row[aria-pressed]';

/** A cluster stands for its events. */
export const weight = (item: Element) => Number(item.getAttribute('data-count') ?? 1);

/**
 * Grid lines and lane separators: the time of an event is read from the axis labels and its
 * name, its lane from the lane label, so these lines carry no information of their own (1.4.11
 * asks 3:1 only of graphics needed to understand the content).
 */
export const DECORATIVE = ['.lane-rule', '[part~="axis"] .minor line'];

/** Messages that show a state: loading, error, empty, no match, rows skipped. */
export const MESSAGES = '.loading, [part~="error"], .empty, .skipped > summary';

export const ZOOM_BUTTONS = '[part~="controls"] button:not([part~="save"])';
/** The zoom-in button (the second of the zoom buttons, whatever the language). */
export const ZOOM_IN = '[part~="controls"] > button:nth-of-type(2)';
export const RANGE = '[part~="controls"] .range';
export const OVERVIEW = '[part~="overview"] svg';
export const DETAIL_TITLE = '[part~="detail"] h3';
export const ACTOR_FILTER = '[part~="detail"] .actors button';

const colourClass = (element: Element): string | undefined => {
  for (const candidate of [element, element.parentElement]) {
    const found = candidate && [...candidate.classList].find((name) => /^(side-|type-|actor-color-)/.test(name));
    if (found) return found;
  }
  return undefined;
};

const STATES = new Set(['inexact', 'selected', 'highlighted', 'contested']);
const stateOf = (element: Element) =>
  [...element.classList, ...(element.parentElement?.classList ?? [])]
    .filter((name) => STATES.has(name))
    .sort()
    .join(' ');

/** The lane label above a mark of the timeline: the lane whose band holds the mark's centre. */
function laneLabel(item: Element, host: Element): Element | undefined {
  const middle = item.getBoundingClientRect().top + item.getBoundingClientRect().height / 2;
  const lanes = [...(host.shadowRoot?.querySelectorAll('[part~="lane"]') ?? [])];
  let top = -Infinity;
  for (const lane of lanes) {
    const bottom = lane.querySelector('.lane-rule')?.getBoundingClientRect().top ?? Infinity;
    if (middle >= top && middle < bottom) return lane.querySelector('[part~="label"]') ?? undefined;
    top = bottom;
  }
  return undefined;
}

/**
 * The text that names an item's category in its lane label or list row: for a side, the words
 * marked `data-category` (the label's own text names the actor, not its side); for a type (lanes
 * by type) or an actor's own colour, the whole label.
 */
function namingText(item: Element, label: Element | null | undefined): string {
  if (!label) return '';
  if (colourClass(item)?.startsWith('side-')) return label.querySelector('[data-category]')?.textContent ?? '';
  return label.textContent ?? '';
}

/**
 * How the elements encode categories in colour. A mark's colour says its side (lanes by actor),
 * its type (other groupings) or its actor's own colour; a list row's key does the same; an actor
 * card's swatch says the side; a route chip's mark says the status.
 */
export const ENCODINGS: readonly Encoding[] = [
  {
    host: 'sitrep-timeline',
    meaning: 'mark colour',
    // The shapes in the lanes; the vertical layout's rows (marks and clusters too) have their key below.
    items: '.plot [part~="mark"], .plot [part~="cluster"] > rect',
    category: colourClass,
    state: stateOf,
    cue: (item, host) => namingText(item, laneLabel(item.localName === 'rect' && item.parentElement?.matches('[part~="cluster"]') ? item.parentElement : item, host)),
  },
  {
    host: 'sitrep-timeline',
    meaning: 'list row key',
    items: '.vertical .key',
    category: colourClass,
    state: (item) => [...item.classList].filter((name) => name === 'inexact').join(' '),
    cue: (item) => namingText(item, item.closest('.row')?.querySelector('.who')),
  },
  {
    host: 'sitrep-actor-card',
    meaning: 'side swatch',
    items: '.swatch',
    category: colourClass,
    state: (item) => (item.classList.contains('small') ? 'small' : ''),
    cue: (item, host) => (item.closest('dd') ?? host.shadowRoot?.querySelector('dd .swatch.small')?.closest('dd'))?.textContent ?? '',
    // Within a card (its swatches against each other). A compact card's swatch names no side: a
    // known limitation, stated in the accessibility statement.
    scope: 'element',
  },
  {
    host: 'sitrep-route-chip',
    meaning: 'route status',
    items: '.status .mark',
    category: (item) => [...(item.parentElement?.classList ?? [])].find((name) => name.startsWith('status-')),
    cue: (item) => item.parentElement?.textContent ?? '',
    scope: 'page',
  },
];

/**
 * The page behind an element whose own background is transparent (a route chip, a compact card)
 * is taken to be the element's own background colour: pages that set `--sitrep-color-scheme`
 * (or follow the reader's setting) are expected to match it. In forced colours every page
 * background is the system's, Canvas. Measured per host and condition.
 */
export function makeBackdrop(): (host: Element) => Rgba | undefined {
  const cache = new Map<Element, Rgba | undefined>();
  const forced = matchMedia('(forced-colors: active)').matches;
  return (host) => {
    if (cache.has(host)) return cache.get(host);
    if (!(SITREP_TAGS as readonly string[]).includes(host.localName)) return undefined;
    if (forced) {
      // The probe below reads a colour property that forced colours replace with the text colour.
      const canvas = pageCanvas();
      cache.set(host, canvas);
      return canvas;
    }
    const style = (host as HTMLElement).style;
    const previous = style.getPropertyValue('caret-color');
    style.setProperty('caret-color', 'var(--_color-background)');
    const color = parseColor(getComputedStyle(host).caretColor);
    if (previous) style.setProperty('caret-color', previous);
    else style.removeProperty('caret-color');
    const opaque = color && color[3] >= 1 ? color : undefined;
    cache.set(host, opaque);
    return opaque;
  };
}
