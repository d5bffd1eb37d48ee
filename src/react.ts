/**
 * JSX types for React 19. Import it once in a project (`import type {} from 'sitrep/react';`)
 * and `<sitrep-timeline src="…" group-by="type" onsitrep-select={…} />` type-checks, with typed
 * events. React 19 sets `data`, `timeout` and the boolean options as properties, the other
 * attributes as attributes, and calls `onsitrep-*` props for the elements' events.
 */
import type { HTMLAttributes, RefAttributes } from 'react';
import type { SitrepActorCard } from './components/actor-card/actor-card.js';
import type { SitrepRouteChip } from './components/route-chip/route-chip.js';
import type { SitrepTimeline } from './components/timeline/timeline.js';
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

/** An element's JSX props: its own, the common HTML ones, and a ref to the element. */
type ElementProps<E, Own> = Own & Omit<HTMLAttributes<E>, keyof Own> & RefAttributes<E>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares its intrinsic elements in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'sitrep-timeline': ElementProps<SitrepTimeline, SitrepTimelineAttributes>;
      'sitrep-actor-card': ElementProps<SitrepActorCard, SitrepActorCardAttributes>;
      'sitrep-route-chip': ElementProps<SitrepRouteChip, SitrepRouteChipAttributes>;
    }
  }
}
