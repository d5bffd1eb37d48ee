/**
 * `sitrep`: registers `<sitrep-timeline>`, `<sitrep-actor-card>` and `<sitrep-route-chip>` (guarded: a second copy on the page never throws)
 * and exports the element classes, the event classes and the data types.
 */
import './define.js';

export { SitrepTimeline } from './components/timeline/timeline.js';
export { SitrepActorCard } from './components/actor-card/actor-card.js';
export { SitrepRouteChip } from './components/route-chip/route-chip.js';
export * from './events/events.js';
export * from './model/index.js';
export { defineElement } from './define.js';
export { VERSION } from './version.js';
export type { GroupBy } from './layout/lanes.js';
