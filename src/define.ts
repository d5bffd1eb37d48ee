/**
 * Registration of the elements: the only module with a side effect.
 *
 * Guarded and versioned: a second copy of Sitrep on the page (another bundle, another version)
 * never throws; the first definition of each tag stays, and a copy of a different version
 * warns once, naming both versions.
 */
import { SitrepActorCard } from './components/actor-card/actor-card.js';
import { SitrepRouteChip } from './components/route-chip/route-chip.js';
import { SitrepTimeline } from './components/timeline/timeline.js';
import { VERSION } from './version.js';
import { warmUpFormats } from './layout/warm-up.js';
import { stringsFor } from './i18n/strings.js';

const REGISTRY_KEY = Symbol.for('sitrep.versions');

type VersionRegistry = Record<string, string>;

/** Defines `tag` unless it already is; warns once when an earlier copy had another version. */
export function defineElement(tag: string, element: CustomElementConstructor, version = VERSION): void {
  const globals = globalThis as unknown as Record<symbol, VersionRegistry | undefined>;
  const registry = (globals[REGISTRY_KEY] ??= Object.create(null) as VersionRegistry);
  const existing = customElements.get(tag);
  if (existing) {
    const defined = registry[tag];
    const warnedKey = `warned:${defined}:${version}`;
    if (defined && defined !== version && !registry[warnedKey]) {
      registry[warnedKey] = 'yes';
      console.warn(`sitrep: <${tag}> is already defined by Sitrep ${defined}; this copy (${version}) is not used. Load one copy of Sitrep per page.`);
    }
    return;
  }
  customElements.define(tag, element);
  registry[tag] = version;
}

defineElement('sitrep-timeline', SitrepTimeline);
defineElement('sitrep-actor-card', SitrepActorCard);
defineElement('sitrep-route-chip', SitrepRouteChip);

// While the page is idle (before any data can have arrived), make the date formatters and the
// interface strings (with their number, plural and list formatters) a first drawing needs in the
// page's language: the first ones of a page are slow to create.
if (typeof document !== 'undefined' && typeof window !== 'undefined') {
  const warmUp = () => {
    const lang = document.documentElement.lang || 'en';
    warmUpFormats(lang);
    stringsFor(lang);
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(warmUp, { timeout: 1000 });
  else setTimeout(warmUp, 0);
}
