/**
 * DOM helpers for the accessibility checks: walking open shadow roots, the composed parent of a
 * node, the focused element through shadow roots, what is rendered, and colours (parsing,
 * compositing, WCAG contrast).
 */

/** Every element in `root` and in the open shadow roots below it, in tree order (shadow content first). */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** Elements inside a host's shadow tree (open roots only). */
export function shadowElements(host: Element): Element[] {
  return host.shadowRoot ? deepElements(host.shadowRoot) : [];
}

/** Elements inside a host's shadow tree matching `selector`. */
export function shadowQuery(host: Element, selector: string): Element[] {
  return shadowElements(host).filter((element) => element.matches(selector));
}

/** The parent in the composed tree: the assigned slot, the parent element, or the host of a shadow root. */
export function composedParent(node: Node): Element | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** Whether `node` is `ancestor` or lies under it in the composed tree. */
export function composedContains(ancestor: Element, node: Node | null): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) if (current === ancestor) return true;
  return false;
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The element drawn on top at a point of the viewport, looking into open shadow roots (null outside the viewport). */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

/** The nearest of `hosts` that is `element` or holds it in its shadow tree, if any. */
export function hostOf(element: Element, hosts: readonly Element[]): Element | undefined {
  for (let current: Element | null = element; current; current = composedParent(current)) if (hosts.includes(current)) return current;
  return undefined;
}

export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

interface Updatable {
  readonly updateComplete?: Promise<unknown>;
  readonly isUpdatePending?: boolean;
}

/** Waits until every host has rendered (Lit's `updateComplete`) and two frames have passed with no update pending. */
export async function settle(hosts: readonly Element[], frames = 2): Promise<void> {
  for (let round = 0; round < 6; round++) {
    await Promise.all(hosts.map((host) => (host as Updatable).updateComplete));
    for (let i = 0; i < frames; i++) await frame();
    if (!hosts.some((host) => (host as Updatable).isUpdatePending)) return;
  }
}

/** Waits for pending renders only (no frames): enough after a key that moves the roving focus. */
export async function rendered(hosts: readonly Element[]): Promise<void> {
  for (let round = 0; round < 4; round++) {
    await Promise.all(hosts.map((host) => (host as Updatable).updateComplete));
    if (!hosts.some((host) => (host as Updatable).isUpdatePending)) return;
  }
}

/** Dispatches a key press (keydown, then keyup) at the focused element, as the element's own key handlers see it. */
export function pressKey(key: string, options: { shiftKey?: boolean } = {}): void {
  const target = deepActiveElement() ?? document.body;
  const init = { key, bubbles: true, composed: true, cancelable: true, ...options };
  target.dispatchEvent(new KeyboardEvent('keydown', init));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}

/** Whether an element is hidden the way screen-reader-only text is (a 1 px box clipped away). */
export function isVisuallyHidden(element: Element): boolean {
  for (let current: Element | null = element; current; current = composedParent(current)) {
    if (current.classList.contains('visually-hidden') || current.classList.contains('sr-only')) return true;
    const style = getComputedStyle(current);
    if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
    if (current.shadowRoot && current !== element) break;
  }
  return false;
}

/** The product of `opacity` over the element and its composed ancestors. */
export function cumulativeOpacity(element: Element): number {
  let opacity = 1;
  for (let current: Element | null = element; current; current = composedParent(current)) opacity *= Number(getComputedStyle(current).opacity || 1);
  return opacity;
}

/** Whether the element is drawn: it has boxes, is visible, not transparent, and not screen-reader-only text. */
export function isRendered(element: Element): boolean {
  // checkVisibility() also sees what layout boxes alone do not: the content of a closed <details>.
  if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true })) return false;
  if (element.getClientRects().length === 0) return false;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  const style = getComputedStyle(element);
  if (style.visibility !== 'visible' || style.display === 'none') return false;
  if (isVisuallyHidden(element)) return false;
  return cumulativeOpacity(element) > 0.01;
}

/** The part of `rect` left visible by ancestors that clip their overflow (the drawing's box clips marks at its edges). */
export function visibleRect(element: Element): DOMRect {
  let { left, top, right, bottom } = element.getBoundingClientRect();
  for (let current = composedParent(element); current; current = composedParent(current)) {
    const style = getComputedStyle(current);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    if (current instanceof SVGElement && !(current instanceof SVGSVGElement)) continue;
    const clip = current.getBoundingClientRect();
    if (style.overflowX !== 'visible') {
      left = Math.max(left, clip.left);
      right = Math.min(right, clip.right);
    }
    if (style.overflowY !== 'visible') {
      top = Math.max(top, clip.top);
      bottom = Math.min(bottom, clip.bottom);
    }
  }
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

// ---- colours ------------------------------------------------------------------------------

/** A colour as red, green, blue (0–255) and alpha (0–1). */
export type Rgba = readonly [number, number, number, number];

export const WHITE: Rgba = [255, 255, 255, 1];

let probe: CanvasRenderingContext2D | undefined;

/** Parses a computed colour (`rgb()`, `rgba()`, or anything a canvas understands); `undefined` for `none` or an unknown value. */
export function parseColor(value: string | null | undefined): Rgba | undefined {
  const text = (value ?? '').trim();
  if (!text || text === 'none' || text === 'currentcolor') return undefined;
  if (text === 'transparent') return [0, 0, 0, 0];
  const match = /^rgba?\(\s*([\d.]+)[,\s]\s*([\d.]+)[,\s]\s*([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(text);
  if (match) {
    const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] ? 100 : 1);
    return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
  }
  if (!probe) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    probe = canvas.getContext('2d', { willReadFrequently: true })!;
  }
  probe.fillStyle = '#010203';
  probe.fillStyle = text;
  if (probe.fillStyle === '#010203' && text !== '#010203') return undefined;
  probe.clearRect(0, 0, 1, 1);
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** The colours named in a value such as a gradient or a shadow. */
export function colorsIn(value: string): Rgba[] {
  return [...value.matchAll(/rgba?\([^)]*\)/g)].map((match) => parseColor(match[0])).filter((color): color is Rgba => color !== undefined);
}

/** `top` painted over `bottom` with `top`'s alpha times `opacity`. */
export function over(top: Rgba, bottom: Rgba, opacity = 1): Rgba {
  const a = top[3] * opacity;
  const outA = a + bottom[3] * (1 - a);
  if (outA === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2) => (top[i] * a + bottom[i] * bottom[3] * (1 - a)) / outA;
  return [mix(0), mix(1), mix(2), outA];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance. */
export function luminance(color: Rgba): number {
  return 0.2126 * channel(color[0]) + 0.7152 * channel(color[1]) + 0.0722 * channel(color[2]);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export function hex(color: Rgba): string {
  const part = (value: number) => Math.round(value).toString(16).padStart(2, '0');
  return `#${part(color[0])}${part(color[1])}${part(color[2])}${color[3] < 1 ? part(color[3] * 255) : ''}`;
}

/**
 * The page's own background where nothing paints one: the system colour Canvas as the root
 * resolves it (white, or the system's background in forced colours).
 */
export function pageCanvas(): Rgba {
  const probe = document.createElement('div');
  probe.style.cssText = 'position: absolute; background-color: Canvas';
  document.documentElement.append(probe);
  const color = parseColor(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return color && color[3] >= 1 ? color : WHITE;
}

/**
 * The opaque colour behind an element: its ancestors' backgrounds (and its own, with
 * `includeSelf`) composited from the nearest opaque one. When the walk reaches a host whose own
 * background is transparent, `backdrop(host)` (when given) stands for the page behind it.
 */
export function backgroundBehind(element: Element, options: { includeSelf?: boolean; backdrop?: (host: Element) => Rgba | undefined } = {}): Rgba {
  const layers: Rgba[] = [];
  let base: Rgba | undefined;
  let current: Element | null = options.includeSelf ? element : composedParent(element);
  for (; current; current = composedParent(current)) {
    if (current instanceof SVGElement && !(current instanceof SVGSVGElement)) continue;
    const style = getComputedStyle(current);
    const color = parseColor(style.backgroundColor);
    if (color && color[3] > 0) {
      layers.push(color);
      if (color[3] >= 1) {
        base = layers.pop()!;
        break;
      }
    }
    if (current.shadowRoot && options.backdrop) {
      const backdrop = options.backdrop(current);
      if (backdrop) {
        base = backdrop;
        break;
      }
    }
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), base ?? pageCanvas());
}

/** A short, readable name for an element inside a shadow root: tag, part, classes and name or text. */
export function describe(element: Element): string {
  const part = element.getAttribute('part');
  const classes = [...element.classList].slice(0, 3).join('.');
  const base = `${element.localName}${part ? `[part="${part}"]` : ''}${classes ? `.${classes}` : ''}`;
  const name = element.getAttribute('aria-label') ?? element.getAttribute('data-key') ?? element.textContent ?? '';
  const short = name.replace(/\s+/g, ' ').trim();
  return short ? `${base} "${short.length > 48 ? `${short.slice(0, 47)}…` : short}"` : base;
}

/** A host's name in findings: its tag, with its id or position among hosts of that tag. */
export function hostLabel(host: Element, hosts: readonly Element[]): string {
  if (host.id) return `${host.localName}#${host.id}`;
  const same = hosts.filter((other) => other.localName === host.localName);
  return same.length > 1 ? `${host.localName}[${same.indexOf(host) + 1}]` : host.localName;
}
