/**
 * Stands in for `src/model/readers.ts` in the self-contained bundle only (see vite.config.ts).
 * A clean native JSON file is what most pages load, so the readers of CSV, ACLED and TimelineJS
 * (and d3-dsv) and the full validator, which reads a native file with problems and says what they
 * are, stay out of `sitrep.js`: they are in `sitrep-formats.js` beside it, loaded the first time
 * a text needs them. The npm build keeps them in the data layer.
 */
import type { FormatReaders } from '../model/readers.js';

let loaded: FormatReaders | undefined;
let loading: Promise<FormatReaders> | undefined;

/** The readers once loaded, else undefined. */
export function syncReaders(): FormatReaders | undefined {
  return loaded;
}

/**
 * Loads the readers (once; again after a failure). Rejects with a message naming the missing
 * file. `load` is the import itself (tests give one that fails).
 */
export function loadReaders(load: () => Promise<FormatReaders> = () => import('../model/formats.js')): Promise<FormatReaders> {
  loading ??= load().then(
    (readers) => (loaded = readers),
    (error: unknown) => {
      loading = undefined;
      throw new Error(
        `the reader of CSV, ACLED and TimelineJS files and of data with problems, sitrep-formats.js, which belongs beside sitrep.js, could not be loaded (${error instanceof Error ? error.message : String(error)})`,
      );
    },
  );
  return loading;
}
