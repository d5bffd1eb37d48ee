/**
 * Where the parser finds the readers of the formats other than the native JSON. Here they are
 * imported statically, so `parseDataset` reads every format synchronously. The self-contained
 * bundle replaces this module with `src/bundle/readers.ts`, which loads them on first use.
 */
import * as formats from './formats.js';

/** The readers of the formats other than the native JSON. */
export type FormatReaders = typeof formats;

/** The readers when they are at hand (always, here). */
export function syncReaders(): FormatReaders | undefined {
  return formats;
}

/** The readers, loading them first where they are loaded on demand. */
export function loadReaders(): Promise<FormatReaders> {
  return Promise.resolve(formats);
}
