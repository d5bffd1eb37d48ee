/**
 * The attributes, properties and events of the three elements as JSX props, the same for every
 * framework: `sitrep/react` and `sitrep/preact` give them to their JSX namespaces. Only types:
 * nothing here runs.
 */
import type {
  SitrepActorSelectEvent,
  SitrepErrorEvent,
  SitrepLoadEvent,
  SitrepRangeChangeEvent,
  SitrepRouteSelectEvent,
  SitrepSelectEvent,
} from './events/events.js';
import type { GroupBy } from './layout/lanes.js';
import type { Format, Mode, Status } from './model/types.js';

/** What the three elements share: where the data comes from, and its events. */
export interface SitrepDataAttributes {
  /** URL of the dataset, or `#id` of an inline `<script type="application/json">`. */
  src?: string;
  format?: Format;
  /** A dataset object in the native format (set as a property); wins over `src`. */
  data?: unknown;
  'time-zone'?: string;
  /** The calendar dates are written in (`gregory`, `persian`, …); default: the language's own. */
  calendar?: string;
  /** Milliseconds to wait for the data. */
  timeout?: number;
  'max-bytes'?: number;
  'onsitrep-load'?: (event: SitrepLoadEvent) => void;
  'onsitrep-error'?: (event: SitrepErrorEvent) => void;
}

/** `<sitrep-timeline>` in JSX. */
export interface SitrepTimelineAttributes extends SitrepDataAttributes {
  'group-by'?: GroupBy;
  selected?: string;
  start?: string;
  end?: string;
  actors?: string;
  types?: string;
  query?: string;
  layout?: 'auto' | 'horizontal' | 'vertical';
  story?: boolean;
  'link-hash'?: boolean;
  'no-overview'?: boolean;
  'highlight-route'?: string;
  'onsitrep-select'?: (event: SitrepSelectEvent) => void;
  'onsitrep-range-change'?: (event: SitrepRangeChangeEvent) => void;
}

/** `<sitrep-actor-card>` in JSX. */
export interface SitrepActorCardAttributes extends SitrepDataAttributes {
  actor?: string;
  for?: string;
  compact?: boolean;
  'onsitrep-actor-select'?: (event: SitrepActorSelectEvent) => void;
}

/** `<sitrep-route-chip>` in JSX. */
export interface SitrepRouteChipAttributes extends SitrepDataAttributes {
  route?: string;
  from?: string;
  to?: string;
  mode?: Mode;
  date?: string;
  status?: Status;
  for?: string;
  'onsitrep-route-select'?: (event: SitrepRouteSelectEvent) => void;
}
