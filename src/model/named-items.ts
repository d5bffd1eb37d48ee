/**
 * Ids made from names, for the actors and places that importers create from a file's text.
 */
import { ID_PATTERN } from './rules.js';

/** A stable id for a name: lower case, letters and digits joined by hyphens. */
export function slugId(name: string, taken: { has(id: string): boolean }): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'item';
  const safe = ID_PATTERN.test(base) ? base : `id-${base}`;
  let id = safe;
  for (let n = 2; taken.has(id); n++) id = `${safe}-${n}`;
  return id;
}

/** Items created from the names a file uses: one per key (as the importer keys a name), each with a stable id unique among them. */
export class NamedItems<T extends { readonly id: string }> {
  /** The items by id, in the order they were first named. */
  readonly byId = new Map<string, T>();
  private readonly idByKey = new Map<string, string>();

  /** The id of the item for `key`; the first time, an id is made from `name` and the item from `create(id)`. */
  idFor(key: string, name: string, create: (id: string) => T): string {
    let id = this.idByKey.get(key);
    if (id === undefined) {
      id = slugId(name, this.byId);
      this.idByKey.set(key, id);
      this.byId.set(id, create(id));
    }
    return id;
  }
}
