/**
 * ACLED exports: the current 31-column layout (text actor types), older exports with numeric
 * `inter` codes, legacy exports with UPPERCASE headers and the old event types. `time_precision`
 * becomes an EDTF date of the right precision, event types map to the six of the native format
 * (case- and spelling-tolerant), actors and locations become actors and places, `source`,
 * `notes` and `fatalities` are kept.
 */
import type { CsvTable } from './csv.js';
import { NamedItems, slugId } from './named-items.js';
import { parseEdtf, quickSpan } from './dates.js';
import { finishDataset, ID_PATTERN, ownValue } from './rules.js';
import { STEP_ROWS, type Steps } from './steps.js';
import type { Actor, ActorType, ConflictEvent, DataIssue, Dataset, EventType, Place } from './types.js';

/** True when a header is an ACLED export's (any era, any case). */
export function isAcledHeader(header: readonly string[]): boolean {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  return names.has('event_date') && names.has('event_type') && (names.has('actor1') || names.has('event_id_cnty'));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `2024-12-06`, `06 December 2024`, `06-December-2024` (and short month names) as a day, or undefined. */
export function acledDay(text: string): { year: number; month: number; day: number } | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const named = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(text);
  if (!named) return undefined;
  const month = MONTHS.findIndex((name) => name.startsWith(named[2]!.toLowerCase()) && named[2]!.length >= 3) + 1;
  return month ? { year: Number(named[3]), month, day: Number(named[1]) } : undefined;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The EDTF date of an ACLED row: precision 1, the day; 2, the week around it (±3 days,
 * approximate); 3, the month, unless the day is the first or last of the month (then that day,
 * approximate: the source said "start" or "end" of the month). A day that does not exist
 * (31 February, 2024-13-45) comes back as written, at every precision, for `parseEdtf` to reject.
 */
export function acledDate(day: { year: number; month: number; day: number }, precision: string): string {
  const date = `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
  // The UTC day, read as parseEdtf reads it (any year), or undefined when there is no such day.
  const whole = quickSpan(date);
  if (!whole) return date;
  if (precision === '2') return `${isoDay(whole.min - 3 * 86_400_000)}~/${isoDay(whole.min + 3 * 86_400_000)}~`;
  // The last day of a month is the one after which a month begins.
  if (precision === '3') return day.day === 1 || new Date(whole.max).getUTCDate() === 1 ? `${date}~` : date.slice(0, 7);
  return date;
}

const TYPES: Record<string, EventType> = {
  battles: 'battle',
  'explosions/remote violence': 'explosion',
  'violence against civilians': 'violence-against-civilians',
  protests: 'protest',
  riots: 'riot',
  'strategic developments': 'strategic',
  // Older exports.
  'battle-no change of territory': 'battle',
  'battle-government regains territory': 'battle',
  'battle-non-state actor overtakes territory': 'battle',
  'remote violence': 'explosion',
  'strategic development': 'strategic',
  'headquarters or base established': 'strategic',
  'non-violent transfer of territory': 'strategic',
};

const LEGACY_SUBTYPES: Record<string, string> = {
  'battle-no change of territory': 'Armed clash',
  'battle-government regains territory': 'Government regains territory',
  'battle-non-state actor overtakes territory': 'Non-state actor overtakes territory',
  'headquarters or base established': 'Headquarters or base established',
  'non-violent transfer of territory': 'Non-violent transfer of territory',
};

/** ACLED's actor types, by text (current exports) or number (older ones). */
const INTER: Record<string, ActorType> = {
  '1': 'state',
  'state forces': 'state',
  '2': 'rebel',
  'rebel group': 'rebel',
  '3': 'militia',
  'political militia': 'militia',
  '4': 'militia',
  'identity militia': 'militia',
  '5': 'other',
  rioters: 'other',
  '6': 'other',
  protesters: 'other',
  '7': 'civilian',
  civilians: 'civilian',
  '8': 'external',
  'external/other forces': 'external',
};

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Reads an ACLED export, in steps (see `steps.ts`). Rows are named by their spreadsheet row (the
 * header is row 1, after any preamble).
 */
export function* importAcledSteps(table: CsvTable, title: string): Steps<{ dataset: Dataset | null; issues: DataIssue[] }> {
  const issues = [...table.issues];
  const index = new Map(table.header.map((name, i) => [name.trim().toLowerCase(), i]));
  const actors = new NamedItems<Actor>();
  const places = new NamedItems<Place>();
  const ids = new Set<string>();
  const events: ConflictEvent[] = [];

  let count = 0;
  for (const { row, cells } of table.rows) {
    if (++count % STEP_ROWS === 0) yield;
    const cell = (name: string) => {
      const i = index.get(name);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const warn = (column: string, message: string, value: string) => issues.push({ severity: 'warning', row, column, message: `Row ${row}, column ${column}: ${message}`, value });
    const fail = (column: string, message: string, value?: string) =>
      issues.push({ severity: 'error', row, column, message: `Row ${row}, column ${column}: ${message}; this row is left out`, ...(value !== undefined ? { value } : {}) });

    const dateText = cell('event_date');
    const day = acledDay(dateText);
    if (!day) {
      fail('event_date', `"${dateText}" is not an ACLED date (2024-12-06 or 06 December 2024)`, dateText);
      continue;
    }
    const date = acledDate(day, cell('time_precision') || '1');
    const parsed = parseEdtf(date);
    if (!parsed.ok) {
      fail('event_date', parsed.message, dateText);
      continue;
    }
    const typeText = normal(cell('event_type'));
    let type = ownValue(TYPES, typeText);
    // Old "Riots/Protests": rioters (5) or protesters (6) decide.
    if (!type && typeText === 'riots/protests') type = normal(cell('inter1')) === '5' || normal(cell('inter1')) === 'rioters' ? 'riot' : 'protest';
    if (!type) {
      fail('event_type', `"${cell('event_type')}" is not one of ACLED's event types`, cell('event_type'));
      continue;
    }
    const subtype = cell('sub_event_type') || ownValue(LEGACY_SUBTYPES, typeText);
    const given = cell('event_id_cnty') || cell('data_id');
    let id = given || `row-${row}`;
    // An id is also a page address (#sitrep-<id>) and an attribute: one that is not letters, digits and - _ . : is made into one.
    if (!ID_PATTERN.test(id)) {
      id = slugId(id, ids);
      warn('event_id_cnty', `"${given}" is not an id (letters, digits and - _ . :); the event is "${id}"`, given);
    }
    if (ids.has(id)) id = slugId(`${id}-${row}`, ids);
    ids.add(id);

    const actorRefs: string[] = [];
    const addActor = (name: string, inter?: string) => {
      if (!name) return;
      const actorId = actors.idFor(name.toLowerCase(), name, (id) => {
        const actorType = inter ? ownValue(INTER, normal(inter)) : undefined;
        return { id, name, names: {}, aliases: [], ...(actorType ? { type: actorType } : {}) };
      });
      if (!actorRefs.includes(actorId)) actorRefs.push(actorId);
    };
    addActor(cell('actor1'), cell('inter1'));
    for (const name of (cell('assoc_actor_1') || cell('ally_actor_1')).split(';')) addActor(name.trim());
    addActor(cell('actor2'), cell('inter2'));
    for (const name of (cell('assoc_actor_2') || cell('ally_actor_2')).split(';')) addActor(name.trim());

    let placeRef: string | undefined;
    const location = cell('location');
    if (location) {
      // The same name at other coordinates is another place.
      const key = `${location.toLowerCase()}|${cell('latitude')}|${cell('longitude')}`;
      placeRef = places.idFor(key, location, (id) => {
        const lat = Number(cell('latitude'));
        const lon = Number(cell('longitude'));
        const located = cell('latitude') !== '' && cell('longitude') !== '' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
        return { id, name: location, names: {}, ...(located ? { lat, lon } : {}) };
      });
    }
    const fatalities = Number(cell('fatalities'));
    const counted = cell('fatalities') !== '' && Number.isInteger(fatalities) && fatalities >= 0;
    if (cell('fatalities') !== '' && !counted) warn('fatalities', `"${cell('fatalities')}" is not a number of deaths (0, 1, 2…); it is left out`, cell('fatalities'));
    const notes = cell('notes');
    events.push({
      id,
      date,
      when: parsed.span,
      title: `${subtype || cell('event_type')}${location ? ` in ${location}` : ''}`,
      summary: notes || undefined,
      type,
      subtype: subtype || undefined,
      actors: actorRefs,
      place: placeRef,
      routes: [],
      status: undefined,
      fatalities: counted ? { min: fatalities, max: fatalities } : undefined,
      displayDate: undefined,
      sources: cell('source')
        .split(';')
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => ({ name })),
      corrections: [],
    });
  }
  // Nothing to show, with a reason: rows with errors, or a quote never closed that took every row.
  if (events.length === 0 && issues.some((issue) => issue.severity === 'error')) return { dataset: null, issues };
  return { dataset: finishDataset({ title, actorById: actors.byId, placeById: places.byId, routeById: new Map(), events }), issues };
}
