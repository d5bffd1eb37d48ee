/**
 * The `color` an actor may carry in the data: a stylesheet per dataset that gives each such
 * actor a class setting `color` (see colors.styles.ts), adopted by the elements' shadow roots. A constructed
 * stylesheet is not a `style` attribute, so a strict Content-Security-Policy allows it; the
 * colours were checked against a CSS colour pattern while reading the data, and are checked again
 * with `CSS.supports` here.
 */
import { isServer } from 'lit';
import type { Dataset } from '../model/types.js';

export interface ActorColors {
  /** The class that paints an actor's marks in its own colour, or undefined when it has none. */
  readonly classOf: ReadonlyMap<string, string>;
  /** The rules, or null when no actor has a colour. */
  readonly sheet: CSSStyleSheet | null;
}

const made = new WeakMap<Dataset, ActorColors>();
const NONE: ActorColors = { classOf: new Map(), sheet: null };

/** The colour classes and stylesheet of a dataset's actors (made once per dataset). */
export function actorColors(dataset: Dataset | undefined): ActorColors {
  // On the server there is no CSS to check colours with, and no stylesheet to adopt: sides' colours.
  if (!dataset || isServer) return NONE;
  let colors = made.get(dataset);
  if (!colors) {
    const classOf = new Map<string, string>();
    const rules: string[] = [];
    dataset.actors.forEach((actor, index) => {
      if (!actor.color || !CSS.supports('color', actor.color)) return;
      const name = `actor-color-${index}`;
      classOf.set(actor.id, name);
      rules.push(`.${name} { color: ${actor.color}; }`);
    });
    let sheet: CSSStyleSheet | null = null;
    if (rules.length) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(rules.join('\n'));
    }
    colors = { classOf, sheet };
    made.set(dataset, colors);
  }
  return colors;
}

/** The colour sheet each shadow root has adopted, so that an update with the same data changes nothing. */
const adopted = new WeakMap<ShadowRoot, CSSStyleSheet | null>();

/**
 * Adopts the dataset's colour sheet in `root`, after the element's own styles, replacing an
 * earlier one. Called after every update (zoom frames included): it touches the root's sheets
 * only when the data's colours change.
 */
export function adoptActorColors(root: ShadowRoot | null, colors: ActorColors): void {
  if (!root) return;
  const previous = adopted.get(root) ?? null;
  if (previous === colors.sheet) return;
  const own = previous ? root.adoptedStyleSheets.filter((sheet) => sheet !== previous) : root.adoptedStyleSheets;
  root.adoptedStyleSheets = colors.sheet ? [...own, colors.sheet] : own;
  adopted.set(root, colors.sheet);
}
