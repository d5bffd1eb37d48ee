/**
 * Parts of an element that few first views need (the detail of a selected event, the list of a
 * file's problems) are modules of their own, loaded the first time an element draws them. In the
 * self-contained bundle each is a file beside `sitrep.js`, so a page pays for it only when it
 * shows it; elements wait for them through `SitrepDataElement.loadedPart()`.
 */

/** A module loaded on first use. */
export interface LazyModule<T> {
  /** The module, once loaded. */
  readonly loaded: T | undefined;
  /** True once loading failed: the element draws without the part, and does not ask again. */
  readonly failed: boolean;
  /** Loads the module (once). */
  load(): Promise<T>;
  /** Loads the module ahead of its first use, quietly: a failure here is reported at that use. */
  prefetch(): void;
}

/** A module that `load` imports on first use. */
export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let failed = false;
  let loading: Promise<T> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    get failed() {
      return failed;
    },
    load() {
      loading ??= load().then(
        (module) => (loaded = module),
        (error: unknown) => {
          failed = true;
          throw error;
        },
      );
      return loading;
    },
    prefetch() {
      if (loaded || loading) return;
      // The browser imports a module once: a later load() gets the same one.
      load().then(
        (module) => (loaded ??= module),
        () => undefined,
      );
    },
  };
}
