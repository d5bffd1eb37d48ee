/**
 * Interface strings, in one typed dictionary per language. English is complete and is the
 * fallback; other languages fill in what they translate.
 */
const en = {
  loading: 'Loading events…',
  errorTitle: 'The timeline cannot be shown.',
  emptyTimeline: 'There are no events to show.',
  timelineName: 'Timeline',
  eventsList: 'Events as a list',
  eventCount: (count: number) => (count === 1 ? '1 event' : `${count} events`),
  summary: (count: string, range: string, lanes: string, shown: string) => `${count} ${range}, ${lanes}${shown ? `; ${shown}` : ''}.`,
  shownCount: (count: number) => `${count} shown`,
  showing: (range: string, count: string) => `Showing ${range}: ${count}.`,
  selectedEvent: (title: string) => `Selected: ${title}.`,
  selectionCleared: 'Selection cleared.',
  zoomedInto: (count: string) => `Zoomed in to ${count}.`,
  clusterLabel: (count: string, range: string, lane: string) => `${count}, ${range}${lane ? `, ${lane}` : ''}. Press Enter to zoom in.`,
  zoomControls: 'Zoom',
  storyNavigation: 'Story',
  previous: 'Previous',
  next: 'Next',
  storyCount: (position: number, count: number) => `${position} of ${count}`,
  storyPosition: (position: number, count: number, title: string) => `${position} of ${count}: ${title}.`,
  loadedOf: (received: string, total: string) => `${received} of ${total}`,
  retry: 'Try again',
  errorKinds: {
    network: 'The data could not be reached.',
    http: 'The server refused the data.',
    timeout: 'The data took too long to arrive.',
    'too-large': 'The data file is too large.',
    parse: 'The data file could not be read.',
    validation: 'The data file has no events that can be shown.',
  } as Record<string, string>,
  noMatch: 'No events match the filters.',
  clearFilters: 'Clear filters',
  filtersCleared: 'Filters cleared: all events are shown.',
  filteredTo: (name: string, count: string) => `Showing only ${name}: ${count}.`,
  showOnly: (name: string) => `Show only ${name}`,
  showEveryone: 'Show every actor again',
  visiblePeriod: 'Visible period',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showAll: 'Show all',
  wheelHint: 'Use Ctrl + scroll (⌘ + scroll on a Mac) or pinch to zoom',
  keysHelp:
    'Arrow keys move between events in time, Home and End go to the first and last, Enter selects, Escape clears the selection. Plus and minus zoom, Shift with an arrow or Page Up and Page Down move the view, 0 shows everything.',
  detailDate: 'Date',
  place: 'Place',
  actors: 'Actors',
  routes: 'Movements',
  corrections: 'Corrections',
  gregorianNote: '',
  precision: { year: 'year only', month: 'month only', day: 'day', minute: 'time' } as Record<string, string>,
  statusNote: {
    disputed: 'Disputed: sources disagree on this report.',
    denied: 'Denied by a party named in the report.',
  } as Record<string, string>,
  modes: { air: 'by air', land: 'overland', sea: 'by sea' } as Record<string, string>,
  summaryRange: (range: string) => `from ${range}`,
  lanesBy: (count: number, by: string) => `in ${count === 1 ? '1 lane' : `${count} lanes`} by ${by}`,
  oneLane: 'in one lane',
  groupBy: { actor: 'actor', type: 'event type', place: 'place', none: '' } as Record<string, string>,
  unassigned: 'No actor named',
  unassignedPlace: 'No place named',
  allEvents: 'All events',
  skipped: (skipped: number, total: number) => `${skipped} of ${total} events in the data ${skipped === 1 ? 'was' : 'were'} skipped.`,
  problems: (count: number) => (count === 1 ? '1 problem was found in the data.' : `${count} problems were found in the data.`),
  showIssues: 'Show the problems found in the data',
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
  updated: (when: string) => `Updated ${when}`,
};

/** The interface strings of one language. */
export type Strings = typeof en;

const dictionaries: Record<string, Partial<Strings>> = { en };

/** The strings for `lang` (a BCP 47 tag), falling back to English string by string. */
export function stringsFor(lang: string | undefined): Strings {
  const base = (lang ?? 'en').toLowerCase().split('-')[0]!;
  const dictionary = dictionaries[base];
  return dictionary ? { ...en, ...dictionary } : en;
}
