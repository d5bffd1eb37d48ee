/**
 * The data model of Sitrep: the vocabularies of the native format, the normalised types the
 * elements draw, and the issues found while reading a file. Pure data: no DOM, no Lit.
 */

/** ACLED's six event types, in the spelling of the native format. */
export const EVENT_TYPES = ['battle', 'explosion', 'violence-against-civilians', 'protest', 'riot', 'strategic'] as const;
/** One of ACLED's six event types. */
export type EventType = (typeof EVENT_TYPES)[number];

/** Kinds of actor. */
export const ACTOR_TYPES = ['state', 'rebel', 'militia', 'external', 'civilian', 'person', 'coalition', 'other'] as const;
/** A kind of actor. */
export type ActorType = (typeof ACTOR_TYPES)[number];

/** How far a report is established. */
export const STATUSES = ['reported', 'confirmed', 'disputed', 'denied'] as const;
/** How far a report is established. */
export type Status = (typeof STATUSES)[number];

/** How a movement travels. */
export const MODES = ['air', 'land', 'sea'] as const;
/** How a movement travels. */
export type Mode = (typeof MODES)[number];

/** How precisely a date is known. */
export const DATE_PRECISIONS = ['year', 'month', 'day', 'minute'] as const;
/** How precisely a date is known. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Whether an interval's end is known, open (`..`: ongoing, no bound) or unknown (empty). */
export type Bound = 'known' | 'open' | 'unknown';

/**
 * A date of the data as the interval it covers. `min` and `max` are UTC instants in
 * milliseconds since the epoch and always finite: `max` is exclusive (a day runs from its first
 * instant to the next day's first instant); a timed event has `max === min`. Open or unknown
 * ends keep the known end's own bounds and say so in `startBound`/`endBound`.
 */
export interface TimeSpan {
  /** The date as written in the data. */
  readonly edtf: string;
  /** First instant covered (UTC ms). */
  readonly min: number;
  /** Instant the span ends, exclusive (UTC ms); equal to `min` for a point in time. */
  readonly max: number;
  /** The precision of the coarsest part written (`year`, `month`, `day`, `minute`). */
  readonly precision: DatePrecision;
  /** `?` somewhere in the date: the source is unsure. */
  readonly uncertain: boolean;
  /** `~` somewhere in the date: the value is an estimate. */
  readonly approximate: boolean;
  /** True for a date-time written with a time of day. */
  readonly timed: boolean;
  /** Whether the start is known, open or unknown (only intervals can be other than `known`). */
  readonly startBound: Bound;
  /** Whether the end is known, open or unknown (only intervals can be other than `known`). */
  readonly endBound: Bound;
}

/** A report an event or route rests on. */
export interface Source {
  /** The outlet or document. */
  readonly name: string;
  /** An `http:` or `https:` address; any other scheme is dropped while reading. */
  readonly url?: string;
  /** When it was published, as written. */
  readonly published?: string;
}

/** A correction made to an event after publication. */
export interface Correction {
  readonly date: string;
  readonly note: string;
}

/** A party to the conflict. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  /** Names by BCP 47 language tag (`ar`, `fa`, …). */
  readonly names: Readonly<Record<string, string>>;
  readonly aliases: readonly string[];
  readonly type?: ActorType;
  /** Free-text side used for colour (`--sitrep-side-<side>`), for example `opposition`. */
  readonly side?: string;
  /** ISO 3166-1 alpha-2 code, upper case. */
  readonly country?: string;
  /** A CSS colour that overrides the side's colour. */
  readonly color?: string;
  readonly description?: string;
}

/** A named location. */
export interface Place {
  readonly id: string;
  readonly name: string;
  readonly names: Readonly<Record<string, string>>;
  /** Latitude; absent for places read from a spreadsheet row without coordinates. */
  readonly lat?: number;
  /** Longitude; absent for places read from a spreadsheet row without coordinates. */
  readonly lon?: number;
  readonly country?: string;
}

/** A movement of people or forces from one place to another. */
export interface Route {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly via: readonly string[];
  readonly mode: Mode;
  /** The date as written. */
  readonly date: string;
  /** The parsed date. */
  readonly when: TimeSpan;
  readonly actors: readonly string[];
  readonly status?: Status;
  readonly note?: string;
  readonly sources: readonly Source[];
}

/** A reported count, as a range (a single figure has `min === max`). */
export interface Fatalities {
  readonly min: number;
  readonly max: number;
}

/** One event of the conflict: the domain type the timeline draws (never a DOM `Event`). */
export interface ConflictEvent {
  readonly id: string;
  /** The date as written (EDTF). */
  readonly date: string;
  /** The parsed date; open ends are resolved against the dataset's extent. */
  readonly when: TimeSpan;
  readonly title: string;
  readonly summary?: string;
  readonly type: EventType;
  readonly subtype?: string;
  readonly actors: readonly string[];
  readonly place?: string;
  readonly routes: readonly string[];
  readonly status?: Status;
  readonly fatalities?: Fatalities;
  /** What readers see instead of the formatted date, when given. */
  readonly displayDate?: string;
  readonly sources: readonly Source[];
  readonly corrections: readonly Correction[];
}

/** A normalised, validated dataset: what the elements draw. */
export interface Dataset {
  readonly version: 1;
  readonly title: string;
  readonly description?: string;
  /** When the data was last updated, as written. */
  readonly updated?: string;
  /** The parsed `updated` instant (UTC ms). */
  readonly updatedAt?: number;
  /** IANA time zone used to display times. */
  readonly timeZone?: string;
  readonly actors: readonly Actor[];
  readonly places: readonly Place[];
  readonly routes: readonly Route[];
  /** Events sorted by start, then end; events with the same dates keep the order of the file. */
  readonly events: readonly ConflictEvent[];
  /** The instants covered by all events, or `null` when there are none. */
  readonly extent: { readonly min: number; readonly max: number } | null;
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly placeById: ReadonlyMap<string, Place>;
  readonly routeById: ReadonlyMap<string, Route>;
}

/** A problem found in a data file, located as precisely as the format allows. */
export interface DataIssue {
  /** `error`: the item is left out. `warning`: the item is kept, the problem is reported. */
  readonly severity: 'error' | 'warning';
  /** Human-readable: what is wrong and what was expected. */
  readonly message: string;
  /** JSON path (`$.events[3].date`) for JSON input. */
  readonly path?: string;
  /** 1-based spreadsheet row, for CSV input. */
  readonly row?: number;
  /** Column name, for CSV input. */
  readonly column?: string;
  /** The offending value, as found. */
  readonly value?: unknown;
}

/** Why nothing could be shown. */
export const LOAD_ERROR_KINDS = ['network', 'http', 'timeout', 'too-large', 'parse', 'validation'] as const;
/** Why nothing could be shown. */
export type LoadErrorKind = (typeof LOAD_ERROR_KINDS)[number];

/** Data formats the loader reads. */
export const FORMATS = ['auto', 'sitrep', 'csv', 'acled', 'timelinejs'] as const;
/** A data format name, as in the `format` attribute. */
export type Format = (typeof FORMATS)[number];
