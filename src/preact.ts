/**
 * JSX types for Preact 11. Import it once in a project (`import type {} from 'sitrep/preact';`)
 * and `<sitrep-timeline src="…" group-by="type" onsitrep-select={…} />` type-checks in code
 * compiled with `"jsxImportSource": "preact"`, with typed events and a typed `ref`. Preact sets
 * the props an element has as properties (`data`, `timeout`, the boolean options), the others as
 * attributes, and listens for the elements' events through the `onsitrep-*` props.
 */
import type { HTMLAttributes } from 'preact';
import type { SitrepActorCard } from './components/actor-card/actor-card.js';
import type { SitrepRouteChip } from './components/route-chip/route-chip.js';
import type { SitrepTimeline } from './components/timeline/timeline.js';
import type { SitrepActorCardAttributes, SitrepRouteChipAttributes, SitrepTimelineAttributes } from './jsx-attributes.js';

export type { SitrepActorCardAttributes, SitrepDataAttributes, SitrepRouteChipAttributes, SitrepTimelineAttributes } from './jsx-attributes.js';

/** An element's JSX props: its own, then the common HTML ones (with `ref` to the element). */
type ElementProps<E extends EventTarget, Own> = Own & Omit<HTMLAttributes<E>, keyof Own>;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact declares its intrinsic elements in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'sitrep-timeline': ElementProps<SitrepTimeline, SitrepTimelineAttributes>;
      'sitrep-actor-card': ElementProps<SitrepActorCard, SitrepActorCardAttributes>;
      'sitrep-route-chip': ElementProps<SitrepRouteChip, SitrepRouteChipAttributes>;
    }
  }
}
