/**
 * The entry of the self-contained bundle, `dist/sitrep.js`: what `src/index.ts` exports (the
 * elements, their events, the data types and the data layer), except the full validator,
 * `validateDataset`, and its `jsonPath`. The bundle loads the validator beside itself only when a
 * file is not clean (see `readers.ts`); `parseDataset` and `loadDataset` use it then, and
 * `sitrep/data` exports it for bundlers.
 */
import '../define.js';

export { SitrepTimeline } from '../components/timeline/timeline.js';
export { SitrepActorCard } from '../components/actor-card/actor-card.js';
export { SitrepRouteChip } from '../components/route-chip/route-chip.js';
export * from '../events/events.js';
export * from '../model/types.js';
export { parseEdtf, resolveOpenEnds, isTimeZone } from '../model/dates.js';
export { finishDataset, safeUrl, ID_PATTERN } from '../model/rules.js';
export { parseDataset, detectFormat } from '../model/parse.js';
export { loadDataset, clearDatasetCache, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES } from '../model/load.js';
export { filterEvents, foldText, splitList } from '../model/filter.js';
export { defineElement } from '../define.js';
export { VERSION } from '../version.js';
