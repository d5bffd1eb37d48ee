/**
 * The DOM events of the elements. Each is a class with a typed `detail`; all bubble and are
 * composed, so pages can listen on any ancestor, across shadow roots.
 */
import type { ConflictEvent, DataIssue, Dataset, LoadErrorKind } from '../model/types.js';

const init = { bubbles: true, composed: true } as const;

/** `sitrep-select`: the reader selected an event on a timeline, or cleared the selection (`event: null`). */
export class SitrepSelectEvent extends CustomEvent<{ readonly event: ConflictEvent | null }> {
  static readonly eventName = 'sitrep-select';
  constructor(event: ConflictEvent | null) {
    super(SitrepSelectEvent.eventName, { ...init, detail: { event } });
  }
}

/** `sitrep-range-change`: the reader zoomed or panned a timeline to a new visible range. */
export class SitrepRangeChangeEvent extends CustomEvent<{ readonly start: Date; readonly end: Date }> {
  static readonly eventName = 'sitrep-range-change';
  constructor(start: Date, end: Date) {
    super(SitrepRangeChangeEvent.eventName, { ...init, detail: { start, end } });
  }
}

/** `sitrep-actor-select`: the reader chose an actor card. */
export class SitrepActorSelectEvent extends CustomEvent<{ readonly actorId: string }> {
  static readonly eventName = 'sitrep-actor-select';
  constructor(actorId: string) {
    super(SitrepActorSelectEvent.eventName, { ...init, detail: { actorId } });
  }
}

/** `sitrep-route-select`: the reader chose a route chip. */
export class SitrepRouteSelectEvent extends CustomEvent<{ readonly routeId: string }> {
  static readonly eventName = 'sitrep-route-select';
  constructor(routeId: string) {
    super(SitrepRouteSelectEvent.eventName, { ...init, detail: { routeId } });
  }
}

/** `sitrep-load`: data was loaded and validated; `issues` lists what was skipped or repaired. */
export class SitrepLoadEvent extends CustomEvent<{ readonly dataset: Dataset; readonly issues: readonly DataIssue[] }> {
  static readonly eventName = 'sitrep-load';
  constructor(dataset: Dataset, issues: readonly DataIssue[]) {
    super(SitrepLoadEvent.eventName, { ...init, detail: { dataset, issues } });
  }
}

/** `sitrep-error`: nothing can be shown; `kind` says why. */
export class SitrepErrorEvent extends CustomEvent<{ readonly kind: LoadErrorKind; readonly message: string; readonly issues: readonly DataIssue[] }> {
  static readonly eventName = 'sitrep-error';
  constructor(kind: LoadErrorKind, message: string, issues: readonly DataIssue[]) {
    super(SitrepErrorEvent.eventName, { ...init, detail: { kind, message, issues } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sitrep-select': SitrepSelectEvent;
    'sitrep-range-change': SitrepRangeChangeEvent;
    'sitrep-actor-select': SitrepActorSelectEvent;
    'sitrep-route-select': SitrepRouteSelectEvent;
    'sitrep-load': SitrepLoadEvent;
    'sitrep-error': SitrepErrorEvent;
  }
}
