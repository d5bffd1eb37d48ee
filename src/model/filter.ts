/**
 * Narrowing a dataset's events: by actor, by type and by text. Pure; no DOM.
 */
import type { ConflictEvent, Dataset } from './types.js';

/** What to keep: events of any of `actors`, of any of `types`, whose text contains `query`. Empty means no limit. */
export interface EventFilter {
  readonly actors?: readonly string[];
  readonly types?: readonly string[];
  readonly query?: string;
}

/**
 * Text folded for matching: lower case, without Latin accents or Arabic diacritics (harakat,
 * tatweel), with the common alef forms unified, so "Hayat", "Hay'at", "HAYAT" and "حيّات" find what
 * a reader means.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625]/g, '\u0627')
    .replace(/['’ʼ`]/g, '')
    .toLowerCase();
}

/** Splits a comma-separated attribute value into trimmed, non-empty items. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const searchText = new WeakMap<ConflictEvent, string>();

function textOf(event: ConflictEvent, dataset: Dataset): string {
  let text = searchText.get(event);
  if (text === undefined) {
    const parts = [event.title, event.summary ?? '', event.subtype ?? ''];
    for (const id of event.actors) {
      const actor = dataset.actorById.get(id);
      if (actor) parts.push(actor.name, ...Object.values(actor.names), ...actor.aliases);
    }
    const place = event.place ? dataset.placeById.get(event.place) : undefined;
    if (place) parts.push(place.name, ...Object.values(place.names));
    text = foldText(parts.join('\n'));
    searchText.set(event, text);
  }
  return text;
}

/** The events of `dataset` that pass `filter`, in their order. Returns the dataset's own array when nothing is filtered. */
export function filterEvents(dataset: Dataset, filter: EventFilter): readonly ConflictEvent[] {
  const actors = filter.actors?.length ? new Set(filter.actors) : undefined;
  const types = filter.types?.length ? new Set(filter.types) : undefined;
  const words = foldText(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (!actors && !types && words.length === 0) return dataset.events;
  return dataset.events.filter((event) => {
    if (types && !types.has(event.type)) return false;
    if (actors && !event.actors.some((id) => actors.has(id))) return false;
    if (words.length) {
      const text = textOf(event, dataset);
      return words.every((word) => text.includes(word));
    }
    return true;
  });
}
