/**
 * Interface strings: one typed dictionary per language, each a function of the reader's locale
 * (so numbers come out in the locale's digits and plurals follow its rules). English is built in
 * and is the fallback; Arabic, Persian, Hebrew and French are in `locales/`, each loaded the first
 * time an element is in that language, so a page in one language never downloads the others.
 * The English of a part loaded on demand (the detail panel, the list of a file's problems) is in
 * that part, which reads it through {@link partStrings}.
 */
import type { DetailStrings } from '../components/timeline/timeline.detail.js';
import type { IssuesStrings } from '../components/timeline/timeline.issues.js';

/** What a dictionary needs from the reader's locale: its numbers, plural rules and lists. */
export interface LocaleTools {
  /** The full BCP 47 tag in effect, such as `ar-SY` or `fa`. */
  readonly locale: string;
  /** A count in the locale's digits and grouping: "1,234", "١٬٢٣٤", "۱٬۲۳۴". */
  number(value: number): string;
  /** The locale's plural category for a count (Arabic has six, English two). */
  plural(value: number): Intl.LDMLPluralRule;
  /** Items joined as the locale joins a list: "a, b and c", "a، b و c". */
  list(items: readonly string[]): string;
}

/** English: complete, and the strings every other language falls back to. */
export const english = (t: LocaleTools) => ({
  loading: 'Loading events…',
  errorTitle: 'The timeline cannot be shown.',
  emptyTimeline: 'There are no events to show.',
  timelineName: 'Timeline',
  eventsList: 'Events as a list',
  eventCount: (count: number) => (count === 1 ? '1 event' : `${t.number(count)} events`),
  summary: (count: string, range: string, lanes: string, shown: string) => `${count} ${range}, ${lanes}${shown ? `; ${shown}` : ''}.`,
  shownCount: (count: number) => `${t.number(count)} shown`,
  showing: (range: string, count: string) => `Showing ${range}: ${count}.`,
  selectedEvent: (title: string) => `Selected: ${title}.`,
  selectionCleared: 'Selection cleared.',
  zoomedInto: (count: string) => `Zoomed in to ${count}.`,
  clusterLabel: (count: string, range: string, lane: string) => `${count}, ${range}${lane ? `, ${lane}` : ''}. Zoom in to see them.`,
  clusterLabelMoving: (count: string, lane: string) => `${count}${lane ? `, ${lane}` : ''}. Zoom in to see them.`,
  zoomControls: 'Zoom',
  storyNavigation: 'Story',
  previous: 'Previous',
  next: 'Next',
  storyCount: (position: number, count: number) => `${t.number(position)} of ${t.number(count)}`,
  storyPosition: (position: number, count: number, title: string) => `${t.number(position)} of ${t.number(count)}: ${title}.`,
  loadedOf: (received: string, total: string) => `${received} of ${total}`,
  retry: 'Try again',
  errorKinds: {
    network: 'The data could not be reached.',
    http: 'The server did not send the data.',
    timeout: 'The data took too long to arrive.',
    'too-large': 'The data file is too large.',
    parse: 'The data file could not be read.',
    validation: 'The data file has no events that can be shown.',
  } as Record<string, string>,
  noMatch: 'No events match the filters.',
  clearFilters: 'Clear filters',
  filtersCleared: 'Filters cleared: all events are shown.',
  filteredTo: (name: string, count: string) => `Showing only ${name}: ${count}.`,
  visiblePeriod: 'Visible period',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showAll: 'Show all',
  panEarlier: 'Earlier period',
  panLater: 'Later period',
  savePng: 'Save the view as a PNG image',
  saveSvg: 'Save the view as an SVG image',
  sourcesLine: (names: readonly string[], more: number) => (names.length ? `Sources: ${names.join(', ')}${more ? ` and ${t.number(more)} more` : ''}` : ''),
  wheelHint: 'Use Ctrl + scroll (⌘ + scroll on a Mac) or pinch to zoom',
  keysHelp:
    'Arrow keys move between events in time, Home and End go to the first and last, Enter selects, Escape clears the selection. Plus and minus zoom, Shift with an arrow or Page Up and Page Down move the view, 0 shows everything.',
  place: 'Place',
  actors: 'Actors',
  precision: { year: 'year only', month: 'month only', day: 'day', minute: 'time' } as Record<string, string>,
  modes: { air: 'by air', land: 'overland', sea: 'by sea' } as Record<string, string>,
  summaryRange: (range: string) => `from ${range}`,
  lanesBy: (count: number, by: string) => `in ${count === 1 ? '1 lane' : `${t.number(count)} lanes`} by ${by}`,
  oneLane: 'in one lane',
  /** The vertical layout's clause of the summary, where the lanes' would be: it has no lanes. */
  inTimeOrder: 'in time order',
  groupBy: { actor: 'actor', type: 'event type', place: 'place', none: '' } as Record<string, string>,
  unassigned: 'No actor named',
  unassignedPlace: 'No place named',
  allEvents: 'All events',
  approximate: 'approximate',
  uncertain: 'uncertain',
  approximateUncertain: 'approximate and uncertain',
  openEnd: 'ongoing',
  unknownEnd: 'end unknown',
  status: { reported: 'reported', confirmed: 'confirmed', disputed: 'disputed', denied: 'denied' } as Record<string, string>,
  types: {
    battle: 'Battle',
    explosion: 'Explosion or remote violence',
    'violence-against-civilians': 'Violence against civilians',
    protest: 'Protest',
    riot: 'Riot',
    strategic: 'Strategic development',
  } as Record<string, string>,
  sources: 'Sources',
  routeTo: 'to',
  via: 'Via',
  note: 'Note',
  unknownRoute: (id: string) => `No route "${id}" in the data.`,
  unknownActor: (id: string) => `No actor "${id}" in the data.`,
  actorTypes: {
    state: 'State forces',
    rebel: 'Rebel group',
    militia: 'Militia',
    external: 'Foreign forces',
    civilian: 'Civilians',
    person: 'Person',
    coalition: 'Coalition',
    other: 'Other',
  } as Record<string, string>,
  sides: {
    opposition: 'Opposition',
    government: 'Government',
    'pro-government': 'Pro-government',
    'kurdish-led': 'Kurdish-led',
    'pro-opposition': 'Backs the opposition',
    israel: 'Israel',
    civilian: 'Civilian',
    neutral: 'Other',
  } as Record<string, string>,
  alsoKnownAs: 'Also known as',
  country: 'Country',
  type: 'Type',
  side: 'Side',
  eventsTakenPart: 'Events',
  firstSeen: 'First',
  lastSeen: 'Last',
  activity: (unit: string, range: string, busiest: string, count: string) => `Events per ${unit}, ${range}; busiest: ${busiest} (${count}).`,
  noActivity: 'No events in the data.',
  day: 'day',
  week: 'week',
  showOnTimeline: (name: string) => `Show only ${name} on the timeline`,
  updated: (when: string) => `Updated ${when}`,
  /** What separates items of a list in running text. */
  comma: ', ',
  /** A term introducing what follows it: "Also known as:". */
  label: (term: string) => `${term}:`,
});

/** The interface strings of one language. */
export type Strings = ReturnType<typeof english> & {
  /** A count in the locale's digits (the locale's own, the same in every dictionary). */
  readonly number: LocaleTools['number'];
};

/** A language's dictionary: its strings for a locale of that language, those of the parts loaded on demand included. */
export type Dictionary = (tools: LocaleTools) => Omit<Strings, 'number'> & DetailStrings & IssuesStrings;

/**
 * The strings of a part loaded on demand, whose English comes with the part (a page that never
 * shows the part never downloads it): a translated dictionary has the part's strings; English,
 * a language not translated and one not loaded yet get `english`, with the locale's digits.
 */
export function partStrings<T extends object>(strings: Strings, english: (number: Strings['number']) => T): Strings & T {
  // Parts render on every update (zoom frames with a selection too): merge once per dictionary and part.
  let byPart = partDictionaries.get(strings);
  if (!byPart) partDictionaries.set(strings, (byPart = new Map()));
  let merged = byPart.get(english) as (Strings & T) | undefined;
  if (!merged) byPart.set(english, (merged = { ...english(strings.number), ...strings } as Strings & T));
  return merged;
}

const partDictionaries = new WeakMap<Strings, Map<unknown, Strings>>();

/** The languages translated, each loaded on first use (one small chunk per language). */
const loaders: Record<string, () => Promise<{ default: Dictionary }>> = {
  ar: () => import('./locales/ar.js'),
  fa: () => import('./locales/fa.js'),
  he: () => import('./locales/he.js'),
  fr: () => import('./locales/fr.js'),
};

/** The loader of a translated language (own keys only: a page in lang="constructor" is not translated). */
const loaderOf = (language: string) => (Object.hasOwn(loaders, language) ? loaders[language] : undefined);

/** The interface languages: English and those in `locales/`. */
export const LANGUAGES: readonly string[] = ['en', ...Object.keys(loaders)];

/** English and the dictionaries loaded (English without the strings that come with the parts). */
const dictionaries = new Map<string, (tools: LocaleTools) => Omit<Strings, 'number'>>([['en', english]]);
const loading = new Map<string, Promise<boolean>>();
const built = new Map<string, Strings>();

/** The language part of a tag, lower case: `ar-SY` → `ar`; `iw` (old Hebrew code) → `he`. */
export function languageOf(lang: string | undefined): string {
  const base = (lang || 'en').toLowerCase().split(/[-_]/)[0]!;
  return base === 'iw' ? 'he' : base;
}

function toolsFor(locale: string): LocaleTools {
  let numbers: Intl.NumberFormat;
  let plurals: Intl.PluralRules;
  let lists: Intl.ListFormat;
  try {
    numbers = new Intl.NumberFormat(locale);
    plurals = new Intl.PluralRules(locale);
    lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  } catch {
    numbers = new Intl.NumberFormat('en');
    plurals = new Intl.PluralRules('en');
    lists = new Intl.ListFormat('en', { type: 'conjunction' });
  }
  return { locale, number: (value) => numbers.format(value), plural: (value) => plurals.select(value), list: (items) => lists.format(items) };
}

/**
 * The strings for `lang` (a BCP 47 tag). A language not yet loaded (see `loadStrings`) or not
 * translated gets English, with numbers still in the locale's digits.
 */
export function stringsFor(lang: string | undefined): Strings {
  const locale = lang || 'en';
  let strings = built.get(locale);
  if (!strings) {
    // Made once per locale (the elements compare strings by identity to know when to redo their
    // words); English stands in until the language's dictionary loads, which clears it.
    const tools = toolsFor(locale);
    strings = { ...(dictionaries.get(languageOf(locale)) ?? english)(tools), number: tools.number };
    built.set(locale, strings);
  }
  return strings;
}

/** Whether the strings of `lang` are ready: English, a loaded language, or one not translated. */
export function stringsReady(lang: string | undefined): boolean {
  const language = languageOf(lang);
  return dictionaries.has(language) || !loaderOf(language);
}

/**
 * Loads the dictionary of `lang`'s language, once. Resolves true when there is one to use;
 * false for a language not translated, or when the chunk cannot be loaded (English stays).
 */
export function loadStrings(lang: string | undefined): Promise<boolean> {
  const language = languageOf(lang);
  if (dictionaries.has(language)) return Promise.resolve(true);
  const load = loaderOf(language);
  if (!load) return Promise.resolve(false);
  let pending = loading.get(language);
  if (!pending) {
    pending = load().then(
      (module) => {
        dictionaries.set(language, module.default);
        for (const locale of built.keys()) if (languageOf(locale) === language) built.delete(locale);
        return true;
      },
      () => {
        loading.delete(language);
        return false;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
