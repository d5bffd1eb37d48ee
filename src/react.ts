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
import type { SitrepActorCardAttributes, SitrepRouteChipAttributes, SitrepTimelineAttributes } from './jsx-attributes.js';

export type { SitrepActorCardAttributes, SitrepDataAttributes, SitrepRouteChipAttributes, SitrepTimelineAttributes } from './jsx-attributes.js';

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
