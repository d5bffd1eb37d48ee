/**
 * `sitrep/data`: the pure data layer (no DOM rendering, no Lit). Parse, validate and normalise
 * datasets; load them from a URL or an inline script.
 */
export * from './types.js';
export { parseEdtf, resolveOpenEnds, isTimeZone, type DateParseResult, type DateParseOptions } from './dates.js';
export { validateDataset, jsonPath, type ValidationResult } from './validate.js';
export { finishDataset, safeUrl, ID_PATTERN } from './rules.js';
export { parseDataset, detectFormat, type LoadError, type LoadResult, type ParseOptions } from './parse.js';
export { loadDataset, clearDatasetCache, DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, type LoadOptions, type InlineRoot } from './load.js';
export { filterEvents, foldText, splitList, type EventFilter } from './filter.js';
