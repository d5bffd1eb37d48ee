/**
 * `sitrep`: registers `<sitrep-timeline>` (guarded: a second copy on the page never throws)
 * and exports the element classes, the event classes and the data types.
 */
import './define.js';

export { SitrepTimeline } from './components/timeline/timeline.js';
export * from './events/events.js';
export * from './model/index.js';
export { defineElement } from './define.js';
export { VERSION } from './version.js';
export type { GroupBy } from './layout/lanes.js';
