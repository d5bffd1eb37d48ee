/**
 * Accessibility checks that axe does not make (WCAG 2.2 AA), for elements with open shadow roots.
 * Each check measures the page as it is now and adds located findings to a `Report`; a runner
 * (`run.ts`) puts the page in each condition first (colour scheme, direction, viewport, reduced
 * motion). The checks know nothing of Sitrep: what is a timeline item, a category or a decorative
 * line comes in through options (see `sitrep.ts`).
 *
 * 1. keyboard        every item of a roving group is reached by Tab, then arrows/Home/End; Tab and Shift+Tab leave every element
 * 2. focus-visible   a focus indicator of at least 3:1 against what is next to it, on everything focusable
 * 3. target-size     pointer targets of at least 24 × 24 px, or the 2.5.8 spacing (inline text targets are exempt)
 * 4. non-text-contrast  marks, lines and other graphics at least 3:1 against the background
 * 5. colour-only     categories never told apart by colour alone
 * 6. reduced-motion  no transition or animation under `prefers-reduced-motion: reduce`; zoom steps not animated
 * 7. live-region     every element has a live region; loading, error and empty messages are in one; selection, zoom and filter are announced
 * 8. zoom-pan        zoom and pan by buttons (single pointer, no drag) and by keys, and they work
 * 9. reflow          no horizontal scrolling, clipped text or overlapping text
 */
import {
  backgroundBehind,
  colorsIn,
  composedContains,
  composedParent,
  contrast,
  cumulativeOpacity,
  deepActiveElement,
  deepElementFromPoint,
  describe,
  hex,
  hostLabel,
  hostOf,
  isRendered,
  isVisuallyHidden,
  over,
  parseColor,
  pressKey,
  rendered,
  settle,
  shadowElements,
  shadowQuery,
  visibleRect,
  type Rgba,
} from './dom.js';

export type CheckName =
  | 'keyboard'
  | 'focus-visible'
  | 'target-size'
  | 'non-text-contrast'
  | 'colour-only'
  | 'reduced-motion'
  | 'live-region'
  | 'zoom-pan'
  | 'reflow';

/** One problem, located: the check, the element (host), the thing inside it, what is wrong, and the figures. */
export interface Finding {
  readonly check: CheckName;
  readonly element: string;
  readonly part: string;
  readonly text: string;
  readonly measured?: string | number;
  readonly required?: string | number;
  /** The condition it was found in (set by the runner), such as `dark rtl` or `dark rtl 320px`. */
  variant?: string;
}

/** A figure measured on the way (every target size, every contrast), for the statement's numbers. */
export interface Measure {
  readonly kind: 'target' | 'contrast';
  readonly value: number;
  readonly element: string;
  readonly part: string;
  readonly what: string;
  variant?: string;
}

export class Report {
  readonly findings: Finding[] = [];
  readonly measures: Measure[] = [];
  /** The conditions the checks ran in (set by a runner). */
  readonly conditions: string[] = [];
  variant = '';

  add(finding: Finding): void {
    this.findings.push({ ...finding, variant: this.variant });
  }

  measure(measure: Measure): void {
    this.measures.push({ ...measure, variant: this.variant });
  }

  /** Findings of one check (for tests). */
  of(check: CheckName): Finding[] {
    return this.findings.filter((finding) => finding.check === check);
  }
}

/** What the checks need from the test runner: real key presses, so that the browser itself moves focus. */
export interface Driver {
  /** Presses Tab (Shift+Tab with `shift`) through the browser's own keyboard. */
  tab(shift: boolean): Promise<void>;
}

/** Everything a check gets: the elements, where to report, and how to find the page colour behind a host. */
export interface CheckContext {
  readonly hosts: readonly Element[];
  readonly report: Report;
  /** The colour behind a host with a transparent background (default: keep walking up to the page). */
  readonly backdrop?: (host: Element) => Rgba | undefined;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Elements that can take focus by Tab, in tree order, drawn, and not disabled. */
export function tabbables(host: Element): HTMLElement[] {
  return shadowElements(host).filter((element): element is HTMLElement => {
    const focusable = element as HTMLElement;
    if (typeof focusable.tabIndex !== 'number' || focusable.tabIndex < 0) return false;
    if ((element as HTMLButtonElement).disabled || element.closest('[inert]')) return false;
    return isRendered(element);
  });
}

// ---- 1. keyboard ------------------------------------------------------------------------------

export interface KeyboardOptions {
  /** Items of a roving group (one tab stop, arrows between them), such as a timeline's marks and clusters. */
  readonly items?: string;
  /** How many events an item stands for (a cluster's count); default 1. */
  readonly weight?: (item: Element) => number;
  /** A key that first brings every item into view (a timeline's `0`, show all). */
  readonly showAll?: string;
  /** Whether arrows follow the screen: ArrowRight goes forward in LTR and backward in RTL. */
  readonly rtl?: (host: Element) => boolean;
  /** Most items walked per group (a bound on the run time). */
  readonly maxItems?: number;
}

/**
 * Check 1. Tab from the first tab stop of each element until focus leaves it, and Shift+Tab from
 * the last: focus must move on every press and leave within as many presses as there are stops.
 * In each roving group, Tab must reach one item; from it, Home, then the forward arrow, must
 * visit every item drawn (after `showAll`), End must reach the last, and the backward arrow
 * must step back.
 */
export async function checkKeyboard(context: CheckContext, driver: Driver, options: KeyboardOptions = {}): Promise<void> {
  // Something to Tab to before and after everything, so that leaving an element always has somewhere to go.
  const sentinels = ['before', 'after'].map((where) => {
    const button = document.createElement('button');
    button.textContent = `Focus ${where} the elements`;
    button.dataset.a11ySentinel = where;
    return button;
  });
  document.body.prepend(sentinels[0]!);
  document.body.append(sentinels[1]!);
  try {
    await checkEachKeyboard(context, driver, options);
  } finally {
    sentinels.forEach((sentinel) => sentinel.remove());
  }
}

async function checkEachKeyboard(context: CheckContext, driver: Driver, options: KeyboardOptions): Promise<void> {
  const { hosts, report } = context;
  for (const host of hosts) {
    const element = hostLabel(host, hosts);
    const stops = tabbables(host);
    if (stops.length === 0) continue;
    const limit = stops.length + 2;
    const walk = async (shift: boolean, from: HTMLElement): Promise<Element[]> => {
      from.focus();
      const seen: Element[] = [from];
      let current: Element | null = from;
      for (let press = 0; press <= limit; press++) {
        await driver.tab(shift);
        const now = deepActiveElement();
        if (!composedContains(host, now)) return seen;
        if (now === current) {
          report.add({ check: 'keyboard', element, part: describe(now!), text: `${shift ? 'Shift+Tab' : 'Tab'} does not move focus (keyboard trap)` });
          return seen;
        }
        current = now;
        seen.push(now!);
      }
      report.add({
        check: 'keyboard',
        element,
        part: describe(current!),
        text: `${shift ? 'Shift+Tab' : 'Tab'} does not leave the element after ${limit} presses (keyboard trap)`,
        measured: limit,
        required: stops.length,
      });
      return seen;
    };
    const forward = await walk(false, stops[0]!);
    await walk(true, stops.at(-1)!);
    await settle([host], 1);
    if (options.items) await checkRovingItems(context, host, forward, options);
  }
}

async function checkRovingItems(context: CheckContext, host: Element, tabbed: readonly Element[], options: KeyboardOptions): Promise<void> {
  const { hosts, report } = context;
  const element = hostLabel(host, hosts);
  const selector = options.items!;
  const drawn = () => shadowQuery(host, selector).filter((item) => item.hasAttribute('tabindex') && isRendered(item));
  if (drawn().length === 0) return;
  const entry = tabbed.find((stop) => stop.matches(selector));
  if (!entry) {
    report.add({ check: 'keyboard', element, part: selector, text: 'Tab never reaches the drawing: no item of the group is a tab stop' });
    return;
  }
  const keyOf = (item: Element | null) => item?.getAttribute('data-key') ?? item?.getAttribute('data-event-id') ?? (item ? describe(item) : '');
  (entry as HTMLElement).focus();
  if (options.showAll) {
    pressKey(options.showAll);
    await settle([host], 1);
  }
  const items = drawn();
  const expected = new Map(items.map((item) => [keyOf(item), item]));
  const total = items.reduce((sum, item) => sum + (options.weight?.(item) ?? 1), 0);
  const rtl = options.rtl?.(host) ?? false;
  const forwardKey = rtl ? 'ArrowLeft' : 'ArrowRight';
  const backwardKey = rtl ? 'ArrowRight' : 'ArrowLeft';
  const active = () => {
    const now = deepActiveElement();
    return now && composedContains(host, now) && now.matches(selector) ? now : null;
  };
  pressKey('Home');
  await rendered([host]);
  const visited = new Map<string, Element>();
  let current = active();
  if (!current) {
    report.add({ check: 'keyboard', element, part: selector, text: 'Home moves focus out of the drawing' });
    return;
  }
  visited.set(keyOf(current), current);
  const max = Math.min(options.maxItems ?? 2000, items.length * 2 + 4);
  for (let step = 0; step < max; step++) {
    pressKey(forwardKey);
    await rendered([host]);
    const next = active();
    if (!next || next === current) break;
    current = next;
    visited.set(keyOf(current), current);
  }
  const missing = [...expected.keys()].filter((key) => !visited.has(key));
  if (missing.length) {
    report.add({
      check: 'keyboard',
      element,
      part: describe(expected.get(missing[0]!)!),
      text: `${missing.length} of ${expected.size} items are not reached with Home and ${forwardKey}`,
      measured: visited.size,
      required: expected.size,
    });
  }
  const reached = [...visited.values()].filter((item) => item.isConnected).reduce((sum, item) => sum + (options.weight?.(item) ?? 1), 0);
  if (!missing.length && reached < total) {
    report.add({ check: 'keyboard', element, part: selector, text: `events reached: ${reached} of ${total}`, measured: reached, required: total });
  }
  const last = current;
  pressKey('End');
  await rendered([host]);
  if (active() !== last && expected.size > 1) {
    report.add({ check: 'keyboard', element, part: describe(active() ?? last!), text: `End does not reach the last item (${describe(last!)})` });
  }
  if (expected.size > 1) {
    const end = active();
    pressKey(backwardKey);
    await rendered([host]);
    if (!active() || active() === end) report.add({ check: 'keyboard', element, part: describe(end ?? last!), text: `${backwardKey} does not step back from the last item` });
  }
}

// ---- 2. focus-visible ---------------------------------------------------------------------------

interface FocusLook {
  readonly outline: { style: string; width: number; color: string; offset: number };
  readonly boxShadow: string;
  readonly border: string;
  readonly background: string;
  readonly stroke: string;
  readonly strokeWidth: string;
}

function focusLook(element: Element): FocusLook {
  const style = getComputedStyle(element);
  return {
    outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth) || 0, color: style.outlineColor, offset: parseFloat(style.outlineOffset) || 0 },
    boxShadow: style.boxShadow,
    border: `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor}`,
    background: style.backgroundColor,
    stroke: style.stroke,
    strokeWidth: style.strokeWidth,
  };
}

export interface FocusCheckOptions {
  /** Items of roving groups: all of a group up to 24 items, else its first, middle and last (to bound the run time). */
  readonly sampleGroups?: string;
}

/**
 * Check 2. Focuses each tab stop (and a sample of roving items) and compares its look with the
 * unfocused one: an outline (or a new box shadow, stroke, border or background) must appear, at
 * least 1 px thick, with 3:1 against the background next to it (outside the element; inside
 * too for an inset outline).
 */
export async function checkFocusVisible(context: CheckContext, driver: Driver, options: FocusCheckOptions = {}): Promise<void> {
  const { hosts, report, backdrop } = context;
  // A real key press puts the page in keyboard mode, where focus() shows the focus ring.
  await driver.tab(false);
  for (const host of hosts) {
    const element = hostLabel(host, hosts);
    const stops = tabbables(host);
    const group = options.sampleGroups ? shadowQuery(host, options.sampleGroups).filter(isRendered) : [];
    // Every item of a small group; the first, middle and last of a large one (they share one focus style).
    const sample = group.length > 24 ? [group[0]!, group[Math.floor(group.length / 2)]!, group.at(-1)!] : group;
    const targets = [...new Set([...stops, ...sample])] as HTMLElement[];
    for (const target of targets) {
      if (!target.isConnected) continue;
      const before = focusLook(target);
      // focusVisible asks for the ring even after a pointer was used (the page was also put in keyboard mode above).
      target.focus({ focusVisible: true } as FocusOptions);
      await settle([host], 0);
      if (deepActiveElement() !== target) continue;
      const after = focusLook(target);
      const part = describe(target);
      const outside = backgroundBehind(target, { backdrop });
      let measured: number | undefined;
      let how = '';
      if (after.outline.style !== 'none' && after.outline.width > 0) {
        const ring = parseColor(after.outline.color);
        if (ring) {
          const inside = backgroundBehind(target, { includeSelf: true, backdrop });
          measured = contrast(over(ring, outside), outside);
          if (after.outline.offset < 0) measured = Math.min(measured, contrast(over(ring, inside), inside));
          how = `outline ${after.outline.width}px ${hex(ring)}`;
        }
        if (after.outline.width < 1) report.add({ check: 'focus-visible', element, part, text: 'focus outline thinner than 1px', measured: after.outline.width, required: 1 });
      } else if (after.boxShadow !== before.boxShadow && after.boxShadow !== 'none') {
        const ring = colorsIn(after.boxShadow)[0];
        if (ring) {
          measured = contrast(over(ring, outside), outside);
          how = `box-shadow ${hex(ring)}`;
        }
      } else if (after.stroke !== before.stroke || after.strokeWidth !== before.strokeWidth) {
        const ring = parseColor(after.stroke);
        if (ring) {
          measured = contrast(over(ring, outside), outside);
          how = `stroke ${hex(ring)}`;
        }
      } else if (after.border !== before.border || after.background !== before.background) {
        const was = parseColor(before.background === after.background ? before.border.split(' ').slice(2).join(' ') : before.background);
        const now = parseColor(after.background === before.background ? after.border.split(' ').slice(2).join(' ') : after.background);
        if (was && now) {
          measured = contrast(over(now, outside), over(was, outside));
          how = `colour change ${hex(was)} → ${hex(now)}`;
        }
      } else {
        report.add({ check: 'focus-visible', element, part, text: 'no visible focus indicator' });
      }
      if (measured !== undefined) {
        report.measure({ kind: 'contrast', value: measured, element, part, what: `focus ${how} on ${hex(outside)}` });
        if (measured < 3) report.add({ check: 'focus-visible', element, part, text: `focus indicator (${how}) too faint against ${hex(outside)}`, measured: round(measured), required: 3 });
      }
      target.blur();
    }
  }
  await settle(hosts, 1);
}

// ---- 3. target-size ----------------------------------------------------------------------------

const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="slider"], [role="checkbox"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"], [role="radio"], [tabindex]:not([tabindex="-1"])';

/** The visible text of a block in the flat tree (shadow roots included), leaving out `skip`. */
function flatText(node: Node, skip: Element): string {
  if (node === skip) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) && !(node instanceof ShadowRoot)) return '';
  if (node instanceof Element) {
    if (node.localName === 'style' || node.localName === 'script' || isVisuallyHidden(node)) return '';
    if (node.localName === 'slot') return (node as HTMLSlotElement).assignedNodes({ flatten: true }).map((child) => flatText(child, skip)).join('');
    if (node.shadowRoot) return flatText(node.shadowRoot, skip);
  }
  return [...node.childNodes].map((child) => flatText(child, skip)).join('');
}

/** WCAG 2.5.8 "inline": a target laid out inline in a block that also holds other text (a sentence, a list line). */
export function isInlineInText(target: Element): boolean {
  // SVG shapes compute as inline too, but they are drawn, not set in a line of text.
  if (target instanceof SVGElement) return false;
  if (!getComputedStyle(target).display.startsWith('inline') || getComputedStyle(target).display === 'inline-block') return false;
  let block = composedParent(target);
  while (block && ['inline', 'contents'].includes(getComputedStyle(block).display)) block = composedParent(block);
  if (!block) return false;
  return /[\p{L}\p{N}]/u.test(flatText(block, target));
}

interface Target {
  readonly element: Element;
  readonly host: Element;
  /** The open popover or dialog it is in (a layer above the page), if any. */
  readonly layer: Element | null;
  readonly rect: DOMRect;
  readonly small: boolean;
  readonly inline: boolean;
}

/** The open popover or modal dialog that holds an element (drawn in the top layer, above the page). */
function overlayOf(element: Element): Element | null {
  for (let current: Element | null = element; current; current = composedParent(current)) {
    if (current.matches(':popover-open, dialog[open]')) return current;
  }
  return null;
}

/** Distance from a point to the nearest point of a rectangle (0 inside). */
function distanceToRect(rect: DOMRect, x: number, y: number): number {
  const dx = Math.max(rect.left - x, 0, x - rect.right);
  const dy = Math.max(rect.top - y, 0, y - rect.bottom);
  return Math.hypot(dx, dy);
}

/**
 * Check 3. Every pointer target (controls, links, roving items) inside the elements is at least
 * 24 × 24 CSS px where it is visible, or passes the spacing exception: a 24 px circle centred on
 * it intersects no other target and no other undersized target's circle. Inline targets in a line
 * of text are exempt (the criterion's inline exception); disabled controls still count. An open
 * popover is a layer of its own: its targets are spaced among themselves, and targets it covers
 * are left out (they cannot be pressed while it is open).
 */
export function checkTargetSize(context: CheckContext): void {
  const { hosts, report } = context;
  const targets: Target[] = [];
  for (const host of hosts) {
    for (const element of shadowQuery(host, INTERACTIVE)) {
      if (!isRendered(element)) continue;
      const rect = visibleRect(element);
      if (rect.width < 0.5 || rect.height < 0.5) continue;
      // Covered by something outside its element (an open popover of another element): it cannot be pressed now.
      const hit = deepElementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      if (hit && hostOf(hit, hosts) !== host && !composedContains(element, hit) && !composedContains(hit, element)) continue;
      const inline = isInlineInText(element);
      targets.push({ element, host, rect, inline, layer: overlayOf(element), small: rect.width < 23.95 || rect.height < 23.95 });
    }
  }
  for (const target of targets) {
    const element = hostLabel(target.host, hosts);
    const part = describe(target.element);
    const size = Math.min(target.rect.width, target.rect.height);
    report.measure({
      kind: 'target',
      value: size,
      element,
      part,
      what: `${round(target.rect.width, 1)}×${round(target.rect.height, 1)}${target.inline ? ' (inline)' : ''}`,
    });
    if (!target.small || target.inline) continue;
    const cx = target.rect.left + target.rect.width / 2;
    const cy = target.rect.top + target.rect.height / 2;
    const clash = targets.find((other) => {
      if (other === target || other.layer !== target.layer) return false;
      let near = distanceToRect(other.rect, cx, cy) < 11.99;
      if (!near && other.small && !other.inline) {
        const ox = other.rect.left + other.rect.width / 2;
        const oy = other.rect.top + other.rect.height / 2;
        near = Math.hypot(ox - cx, oy - cy) < 23.99;
      }
      // A target inside another (a shape inside a button) is one target.
      return near && !composedContains(other.element, target.element) && !composedContains(target.element, other.element);
    });
    if (clash) {
      report.add({
        check: 'target-size',
        element,
        part,
        text: `target smaller than 24×24 px and too close to ${describe(clash.element)}`,
        measured: `${round(target.rect.width, 1)}×${round(target.rect.height, 1)}`,
        required: '24×24 or 24 px spacing',
      });
    }
  }
}

// ---- 4. non-text-contrast --------------------------------------------------------------------

const SVG_GRAPHICS = 'circle, ellipse, rect, path, line, polyline, polygon';
const REPLACED = new Set(['img', 'svg', 'video', 'canvas', 'iframe', 'progress', 'meter', 'input', 'select', 'textarea', 'object', 'embed']);

export interface ContrastOptions {
  /** Graphics that carry no information (grid lines, separators): left out, as 1.4.11 allows. */
  readonly decorative?: readonly string[];
}

function isDecorative(element: Element, decorative: readonly string[]): boolean {
  return decorative.some((selector) => element.matches(selector) || element.closest(selector) !== null);
}

/** Inactive controls are exempt from 1.4.11. */
function isInactive(element: Element): boolean {
  return element.closest('button:disabled, [aria-disabled="true"]') !== null;
}

/**
 * Check 4. Every SVG shape (marks, clusters, lines, bars, icons, the overview) and every HTML
 * graphic without text (swatches, keys, status marks) has at least 3:1 against the background
 * behind it, through its fill or its outline (whichever shows more), with its opacity.
 */
export function checkNonTextContrast(context: CheckContext, options: ContrastOptions = {}): void {
  const { hosts, report, backdrop } = context;
  const decorative = options.decorative ?? [];
  for (const host of hosts) {
    const element = hostLabel(host, hosts);
    const backgrounds = new Map<Element, Rgba>();
    for (const graphic of shadowElements(host)) {
      const svg = graphic instanceof SVGGraphicsElement && graphic.matches(SVG_GRAPHICS);
      const html = !svg && graphic instanceof HTMLElement && graphic.children.length === 0 && !REPLACED.has(graphic.localName) && !(graphic.textContent ?? '').trim();
      if (!svg && !html) continue;
      if (graphic.closest('text, defs, clipPath, mask, pattern, marker') || isDecorative(graphic, decorative) || isInactive(graphic)) continue;
      if (!isRendered(graphic)) continue;
      const box = graphic.getBoundingClientRect();
      if (html && (box.width < 2 || box.height < 2)) continue;
      const style = getComputedStyle(graphic);
      const opacity = cumulativeOpacity(graphic);
      const anchor = svg ? ((graphic as SVGGraphicsElement).ownerSVGElement ?? graphic) : graphic;
      let background = backgrounds.get(anchor);
      if (!background) backgrounds.set(anchor, (background = backgroundBehind(anchor, { backdrop })));
      const shown: { what: string; color: Rgba }[] = [];
      if (svg) {
        const fill = parseColor(style.fill);
        if (fill && fill[3] > 0 && graphic.localName !== 'line') shown.push({ what: 'fill', color: over(fill, background, Number(style.fillOpacity) * opacity) });
        const stroke = parseColor(style.stroke);
        if (stroke && stroke[3] > 0 && parseFloat(style.strokeWidth) >= 1) shown.push({ what: 'stroke', color: over(stroke, background, Number(style.strokeOpacity) * opacity) });
      } else {
        const fill = parseColor(style.backgroundColor);
        if (fill && fill[3] > 0) shown.push({ what: 'background', color: over(fill, background, opacity) });
        for (const color of style.backgroundImage === 'none' ? [] : colorsIn(style.backgroundImage)) {
          if (color[3] > 0) shown.push({ what: 'pattern', color: over(color, background, opacity) });
        }
        const border = parseColor(style.borderTopColor);
        if (border && border[3] > 0 && style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) >= 1) {
          shown.push({ what: 'border', color: over(border, background, opacity) });
        }
      }
      if (!shown.length) continue;
      const best = shown.map((item) => ({ ...item, ratio: contrast(item.color, background) })).sort((a, b) => b.ratio - a.ratio)[0]!;
      const part = describe(graphic);
      report.measure({ kind: 'contrast', value: best.ratio, element, part, what: `${best.what} ${hex(best.color)} on ${hex(background!)}` });
      if (best.ratio < 3) {
        report.add({
          check: 'non-text-contrast',
          element,
          part,
          text: `${best.what} ${hex(best.color)} against ${hex(background!)}`,
          measured: round(best.ratio),
          required: 3,
        });
      }
    }
  }
}

// ---- 5. colour-only ---------------------------------------------------------------------------

/** A way an element uses colour to mean something: which items, what their category is, and what text names it. */
export interface Encoding {
  /** Tag of the elements it applies to. */
  readonly host: string;
  /** What the colour means, for messages ("side", "event type", "status"). */
  readonly meaning: string;
  /** The items that carry a category, inside the shadow root. */
  readonly items: string;
  /** The item's category, or undefined when it has none. */
  category(item: Element, host: Element): string | undefined;
  /** Visible text that names the item's category next to it (a lane label, a legend word), if any. */
  cue?(item: Element, host: Element): string;
  /** States that change an item's look whatever its category (selected, inexact…): compared separately. */
  state?(item: Element): string;
  /** `page`: compare items across all elements with this tag (a reader sees them side by side); default: within each element. */
  readonly scope?: 'element' | 'page';
}

/** Properties that show a difference other than colour. */
const NON_COLOUR = [
  'stroke-dasharray',
  'stroke-width',
  'stroke-linecap',
  'fill-opacity',
  'opacity',
  'rx',
  'border-top-style',
  'border-top-width',
  'border-top-left-radius',
  'border-bottom-right-radius',
  'text-decoration-line',
  'font-style',
  'font-weight',
  'clip-path',
  'mask-image',
  'transform',
  'marker-start',
] as const;

function signature(item: Element, host: Element, encoding: Encoding): Map<string, string> {
  const style = getComputedStyle(item);
  const values = new Map<string, string>(NON_COLOUR.map((property) => [property, style.getPropertyValue(property)]));
  values.set('shape', item.localName);
  values.set('filled', String(style.fill !== 'none' && parseColor(style.backgroundColor)?.[3] !== 0));
  values.set('stroked', String(style.stroke !== 'none'));
  values.set('pattern', style.backgroundImage.replace(/rgba?\([^)]*\)/g, 'C'));
  values.set('text', (item.textContent ?? '').trim());
  values.set('cue', encoding.cue?.(item, host).trim() ?? '');
  return values;
}

function mainColor(item: Element): Rgba | undefined {
  const style = getComputedStyle(item);
  // An HTML element's fill and stroke are inherited defaults that paint nothing.
  const painted = item instanceof SVGElement ? [style.fill, style.stroke] : [];
  const candidates = [...painted, style.backgroundColor, style.borderTopColor, style.color];
  for (const value of candidates) {
    const color = parseColor(value);
    if (color && color[3] > 0) return color;
  }
  return undefined;
}

/**
 * Check 5. For each encoding, items are grouped by their state; within a group, each category
 * keeps the properties that are the same for all its items (shape, dash, stroke width, fill
 * opacity, border style, radius, pattern, text decoration, its own text, and the text cue). Two
 * categories of different colours are told apart only by colour when no kept property differs
 * between them and their colours differ by less than 3:1 in lightness (1.4.1 counts a 3:1
 * lightness difference as a cue of its own).
 */
export function checkColourOnly(context: CheckContext, encodings: readonly Encoding[]): void {
  const { hosts, report } = context;
  for (const encoding of encodings) {
    const mine = hosts.filter((host) => host.localName === encoding.host);
    const scopes = encoding.scope === 'page' ? [mine] : mine.map((host) => [host]);
    for (const scope of scopes) {
      const groups = new Map<string, Map<string, { color?: Rgba; kept: Map<string, string | null>; sample: Element }>>();
      for (const host of scope) {
        for (const item of shadowQuery(host, encoding.items)) {
          if (!isRendered(item)) continue;
          const category = encoding.category(item, host);
          if (category === undefined) continue;
          const group = `${item.localName}|${encoding.state?.(item) ?? ''}`;
          if (!groups.has(group)) groups.set(group, new Map());
          const categories = groups.get(group)!;
          const values = signature(item, host, encoding);
          const color = mainColor(item);
          const known = categories.get(category);
          if (!known) {
            categories.set(category, { color, kept: new Map(values), sample: item });
            continue;
          }
          for (const [property, value] of values) if (known.kept.get(property) !== value) known.kept.set(property, null);
        }
      }
      const reported = new Set<string>();
      for (const categories of groups.values()) {
        const list = [...categories];
        for (let i = 0; i < list.length; i++) {
          for (let j = i + 1; j < list.length; j++) {
            const [nameA, a] = list[i]!;
            const [nameB, b] = list[j]!;
            if (!a.color || !b.color || hex(a.color) === hex(b.color)) continue;
            const lightness = contrast(over(a.color, [255, 255, 255, 1]), over(b.color, [255, 255, 255, 1]));
            if (lightness >= 3) continue;
            const differs = [...a.kept].some(([property, value]) => value !== null && b.kept.get(property) !== null && b.kept.get(property) !== value);
            const key = [nameA, nameB].sort().join('|');
            if (differs || reported.has(key)) continue;
            reported.add(key);
            report.add({
              check: 'colour-only',
              element: hostLabel(scope[0]!, hosts) + (scope.length > 1 ? ` (${scope.length} elements)` : ''),
              part: encoding.items,
              text: `${encoding.meaning} "${nameA}" (${hex(a.color)}) and "${nameB}" (${hex(b.color)}) differ only in colour`,
              measured: round(lightness),
              required: 'another cue (shape, dash, pattern, text) or 3:1 lightness',
            });
          }
        }
      }
    }
  }
}

// ---- 6. reduced-motion ------------------------------------------------------------------------

const seconds = (value: string) => value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part)) || 0);

/**
 * Check 6, to be run while the page emulates `prefers-reduced-motion: reduce`: no element in
 * the shadow roots (or its ::before/::after) has a transition or an animation that takes time,
 * and no animation is running.
 */
export function checkReducedMotion(context: CheckContext): void {
  const { hosts, report } = context;
  for (const host of hosts) {
    const element = hostLabel(host, hosts);
    const seen = new Set<string>();
    for (const item of [host, ...shadowElements(host)]) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(item, pseudo);
        const transition = seconds(style.transitionDuration).some((duration, index) => duration > 0 && (style.transitionProperty.split(',')[index] ?? 'all').trim() !== 'none');
        const animation = style.animationName !== 'none' && seconds(style.animationDuration).some((duration) => duration > 0);
        if (!transition && !animation) continue;
        const part = describe(item) + (pseudo ?? '');
        const text = transition ? `transition ${style.transitionProperty} ${style.transitionDuration}` : `animation ${style.animationName} ${style.animationDuration}`;
        const key = `${item.localName}.${item.getAttribute('class')}${pseudo}|${text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report.add({ check: 'reduced-motion', element, part, text: `${text} under prefers-reduced-motion: reduce`, measured: text, required: 'no motion' });
      }
    }
    for (const animation of host.shadowRoot?.getAnimations() ?? []) {
      if (animation.playState !== 'running') continue;
      const target = (animation.effect as KeyframeEffect | null)?.target;
      report.add({ check: 'reduced-motion', element, part: target ? describe(target) : 'animation', text: 'an animation runs under prefers-reduced-motion: reduce' });
    }
  }
}

/** A timeline-like element: its visible range, and `fit()` to show everything. */
interface Ranged extends Element {
  readonly visibleRange: { start: Date; end: Date } | null;
  fit?(): void;
}

const rangeOf = (host: Element) => {
  const range = (host as Ranged).visibleRange;
  return range ? { start: range.start.getTime(), end: range.end.getTime() } : undefined;
};

/** Check 6, zoom steps: after a zoom button, the view is where it ends at once (no tween over frames), and nothing animates. */
export async function checkZoomNotAnimated(context: CheckContext, zoomIn: string): Promise<void> {
  const { hosts, report } = context;
  for (const host of hosts) {
    const button = shadowQuery(host, zoomIn).find((candidate) => isRendered(candidate) && !(candidate as HTMLButtonElement).disabled) as HTMLElement | undefined;
    if (!button || !rangeOf(host)) continue;
    button.click();
    await rendered([host]);
    const first = rangeOf(host);
    await settle([host], 3);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const later = rangeOf(host);
    if (first && later && (first.start !== later.start || first.end !== later.end)) {
      report.add({ check: 'reduced-motion', element: hostLabel(host, hosts), part: describe(button), text: 'a zoom step keeps moving after it is drawn (animated)' });
    }
    const running = (host.shadowRoot?.getAnimations() ?? []).filter((animation) => animation.playState === 'running');
    if (running.length) report.add({ check: 'reduced-motion', element: hostLabel(host, hosts), part: describe(button), text: `${running.length} animations run after a zoom step` });
    (host as Ranged).fit?.();
    await settle([host], 1);
  }
}

// ---- 7. live-region ---------------------------------------------------------------------------

const LIVE = '[role="status"], [role="alert"], [role="log"], [aria-live="polite"], [aria-live="assertive"]';

/** The live regions of an element, and the text they hold now. */
export function liveRegions(host: Element): Element[] {
  return [host, ...shadowElements(host)].filter((element) => element.matches(LIVE));
}

const liveText = (host: Element) =>
  liveRegions(host)
    .map((region) => region.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

export interface LiveOptions {
  /** Messages that show a state (loading, error, empty, skipped rows): they must be inside a live region. */
  readonly messages?: string;
}

/** Check 7, static part: every element has a live region, and every state message shown is inside one and not empty. */
export function checkLiveRegions(context: CheckContext, options: LiveOptions = {}): void {
  const { hosts, report } = context;
  for (const host of hosts) {
    const element = hostLabel(host, hosts);
    if (liveRegions(host).length === 0) report.add({ check: 'live-region', element, part: 'shadow root', text: 'no live region (role=status, role=alert or aria-live)' });
    if (!options.messages) continue;
    for (const message of shadowQuery(host, options.messages)) {
      if (!isRendered(message)) continue;
      const inside = (() => {
        for (let current: Element | null = message; current && current !== host; current = composedParent(current)) if (current.matches(LIVE)) return current;
        // Or the message's sentence is a live region inside it (a disclosure's summary, whose other words are not news).
        return message.querySelector(LIVE) ?? undefined;
      })();
      // A message hidden from screen readers counts when a live region of the element says the same.
      const said = (message.closest('[aria-hidden="true"]') ?? undefined) && liveText(host).includes((message.textContent ?? '').replace(/\s+/g, ' ').trim());
      if (!inside && !said) report.add({ check: 'live-region', element, part: describe(message), text: 'a state message outside any live region (not announced)' });
      else if (inside && !(inside.textContent ?? '').trim()) report.add({ check: 'live-region', element, part: describe(message), text: 'the live region of a state message is empty' });
    }
  }
}

export interface AnnounceOptions {
  /** Items of the drawing that a reader selects (marks). */
  readonly selectable: string;
  /** Where the selected item's title is shown (the detail panel's heading). */
  readonly selectedTitle: string;
  /** The zoom-in button. */
  readonly zoomIn: string;
  /** The text that shows the visible range. */
  readonly range: string;
  /** Buttons that filter to one actor (in the detail panel). */
  readonly filter?: string;
}

async function announced(host: Element, before: string): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    await settle([host], 1);
    const now = liveText(host);
    if (now && now !== before) return now;
  }
  return liveText(host);
}

/**
 * Check 7, states the reader causes: selecting an item (Enter), clearing it (Escape), zooming
 * (a button) and filtering (an actor button) must each put a sentence in a live region that
 * names the new state: the event's title, the visible range, the actor's name.
 */
export async function checkAnnouncements(context: CheckContext, options: AnnounceOptions): Promise<void> {
  const { hosts, report } = context;
  for (const host of hosts) {
    const element = hostLabel(host, hosts);
    const mark = shadowQuery(host, options.selectable).find(isRendered) as HTMLElement | undefined;
    if (mark) {
      mark.focus();
      let before = liveText(host);
      pressKey('Enter');
      let said = await announced(host, before);
      const title = shadowQuery(host, options.selectedTitle)[0]?.textContent?.trim();
      if (!title) report.add({ check: 'live-region', element, part: describe(mark), text: 'Enter on an item shows no selection' });
      else if (!said.includes(title)) report.add({ check: 'live-region', element, part: describe(mark), text: `selection not announced (live text: "${said}")`, required: title });
      const filters = options.filter;
      if (filters && shadowQuery(host, filters).some(isRendered)) {
        // Twice: the filter goes on and off (or off and on, when the story had it on); each must be announced, and "on" must name the actor.
        for (let toggle = 0; toggle < 2; toggle++) {
          const button = shadowQuery(host, filters).find(isRendered) as HTMLElement | undefined;
          if (!button) break;
          const name = button.textContent?.trim() ?? '';
          before = said;
          button.click();
          said = await announced(host, before);
          const on = (shadowQuery(host, filters).find(isRendered) as HTMLElement | undefined)?.getAttribute('aria-pressed') === 'true';
          if (said === before) report.add({ check: 'live-region', element, part: describe(button), text: `${on ? 'filtering' : 'clearing the filter'} is not announced` });
          else if (on && !said.includes(name)) report.add({ check: 'live-region', element, part: describe(button), text: `filter announced without the actor's name (live text: "${said}")`, required: name });
        }
      }
      const selected = shadowQuery(host, options.selectable).find((item) => item.getAttribute('aria-pressed') === 'true') as HTMLElement | undefined;
      if (selected) {
        selected.focus();
        before = liveText(host);
        pressKey('Escape');
        said = await announced(host, before);
        if (said === before) report.add({ check: 'live-region', element, part: describe(selected), text: 'clearing the selection is not announced' });
      }
    }
    const zoom = shadowQuery(host, options.zoomIn).find((button) => isRendered(button) && !(button as HTMLButtonElement).disabled) as HTMLElement | undefined;
    if (zoom) {
      const before = liveText(host);
      zoom.click();
      const said = await announced(host, before);
      const range = shadowQuery(host, options.range)[0]?.textContent?.trim() ?? '';
      if (!range || !said.includes(range)) report.add({ check: 'live-region', element, part: describe(zoom), text: `zoom not announced with the range shown (live text: "${said}")`, required: range });
      (host as Ranged).fit?.();
      await settle([host], 1);
    }
  }
}

// ---- 8. zoom-pan ------------------------------------------------------------------------------

export interface ZoomPanOptions {
  /** The zoom and view buttons (not save or other buttons). */
  readonly buttons: string;
  /** Where the keys act (the drawing's tab stop). */
  readonly keyTarget: string;
  /** A strip where one click moves the view there (an overview), if the element has one. */
  readonly overview?: string;
  /** Buttons that pan, if the element has them. */
  readonly panButtons?: string;
}

/**
 * Check 8 (2.5.7). For an element with a visible range: a visible button zooms in and one zooms
 * back out, by a single click; one click (on the overview, or a pan button) moves the view
 * without changing its span; `+`, `-`, Shift+Arrow and PageDown zoom and pan from the keyboard.
 */
export async function checkZoomPan(context: CheckContext, options: ZoomPanOptions): Promise<void> {
  const { hosts, report } = context;
  for (const host of hosts) {
    // Only an element that draws something can zoom (an empty or failed one has nothing to move).
    if (!rangeOf(host) || !shadowQuery(host, options.keyTarget).some(isRendered)) continue;
    const element = hostLabel(host, hosts);
    const reset = async () => {
      (host as Ranged).fit?.();
      await settle([host], 1);
    };
    await reset();
    const span = () => {
      const range = rangeOf(host)!;
      return range.end - range.start;
    };
    const buttons = () => shadowQuery(host, options.buttons).filter((button) => isRendered(button) && !(button as HTMLButtonElement).disabled) as HTMLElement[];
    if (shadowQuery(host, options.buttons).filter(isRendered).length === 0) {
      report.add({ check: 'zoom-pan', element, part: options.buttons, text: 'no visible zoom buttons: zooming needs a gesture' });
      continue;
    }
    const whole = span();
    let zoomIn: HTMLElement | undefined;
    for (const button of buttons()) {
      const before = span();
      button.click();
      await settle([host], 1);
      if (span() < before * 0.99) {
        zoomIn = button;
        break;
      }
    }
    if (!zoomIn) {
      report.add({ check: 'zoom-pan', element, part: options.buttons, text: 'no button zooms in' });
      continue;
    }
    let out = false;
    for (const button of buttons()) {
      const before = span();
      button.click();
      await settle([host], 1);
      if (span() > before * 1.01) {
        out = true;
        break;
      }
    }
    if (!out) report.add({ check: 'zoom-pan', element, part: options.buttons, text: 'no button zooms back out' });
    // Pan by one click, from a zoomed-in view (so there is room to move).
    const zoomedIn = async () => {
      if (span() < whole * 0.99 || !zoomIn!.isConnected) return;
      zoomIn!.click();
      await settle([host], 1);
    };
    await zoomedIn();
    const moved = async (act: () => void | Promise<void>) => {
      const before = rangeOf(host)!;
      await act();
      await settle([host], 1);
      const after = rangeOf(host)!;
      const sameSpan = Math.abs(after.end - after.start - (before.end - before.start)) <= (before.end - before.start) * 0.01;
      return after.start !== before.start && sameSpan;
    };
    const strip = options.overview ? (shadowQuery(host, options.overview).find(isRendered) as Element | undefined) : undefined;
    const panButtons = options.panButtons ? (shadowQuery(host, options.panButtons).filter(isRendered) as HTMLElement[]) : [];
    let pointerPan = false;
    if (strip) {
      const box = strip.getBoundingClientRect();
      for (const fraction of [0.9, 0.1]) {
        const x = box.left + box.width * fraction;
        const y = box.top + box.height / 2;
        pointerPan = await moved(() => {
          const init = { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, button: 0, pointerId: 7, isPrimary: true, pointerType: 'mouse' };
          strip.dispatchEvent(new PointerEvent('pointerdown', init));
          strip.dispatchEvent(new PointerEvent('pointerup', init));
        });
        if (pointerPan) break;
      }
    }
    for (const button of panButtons) {
      if (pointerPan) break;
      if (button === zoomIn) continue;
      await zoomedIn();
      if ((button as HTMLButtonElement).disabled) continue;
      pointerPan = await moved(() => button.click());
    }
    if (!pointerPan) report.add({ check: 'zoom-pan', element, part: options.overview ?? options.buttons, text: 'no single click moves the view: panning needs dragging' });
    // Keys, on the drawing's tab stop, from the whole view.
    await reset();
    const stopOf = () => shadowQuery(host, options.keyTarget).find((item) => item.getAttribute('tabindex') === '0' && isRendered(item)) as HTMLElement | undefined;
    const stop = stopOf();
    if (!stop) {
      report.add({ check: 'zoom-pan', element, part: options.keyTarget, text: 'no tab stop for the zoom and pan keys' });
      await reset();
      continue;
    }
    stop.focus();
    let lost = false;
    const key = async (name: string, shiftKey = false) => {
      if (lost) return;
      pressKey(name, { shiftKey });
      await settle([host], 1);
      if (!composedContains(host, deepActiveElement())) {
        lost = true;
        report.add({ check: 'keyboard', element, part: describe(stop), text: `focus is lost (to ${describe(deepActiveElement() ?? document.body)}) after ${shiftKey ? 'Shift+' : ''}${name} in the drawing` });
      }
    };
    let before = span();
    await key('+');
    if (!lost && !(span() < before * 0.99)) report.add({ check: 'zoom-pan', element, part: describe(stop), text: '+ does not zoom in' });
    for (const [name, shift] of [
      ['ArrowRight', true],
      ['PageDown', false],
    ] as const) {
      let ok = await moved(() => key(name, shift));
      // At the end of the data the view cannot move further that way: try the other way.
      if (!ok) ok = await moved(() => key(name === 'PageDown' ? 'PageUp' : 'ArrowLeft', shift));
      if (!ok && !lost) report.add({ check: 'zoom-pan', element, part: describe(stop), text: `${shift ? 'Shift+' : ''}${name} does not pan the view` });
    }
    before = span();
    await key('-');
    if (!lost && !(span() > before * 1.01)) report.add({ check: 'zoom-pan', element, part: describe(stop), text: '- does not zoom out' });
    await reset();
  }
}

// ---- 9. reflow --------------------------------------------------------------------------------

/** The boxes of the text an element draws: line boxes of HTML text, and SVG text elements. */
function textBoxes(host: Element): { box: DOMRect; owner: Element; text: string }[] {
  const boxes: { box: DOMRect; owner: Element; text: string }[] = [];
  const range = document.createRange();
  for (const element of shadowElements(host)) {
    if (element instanceof SVGTextElement) {
      if (isRendered(element) && element.textContent?.trim()) boxes.push({ box: element.getBoundingClientRect(), owner: element, text: element.textContent.trim() });
      continue;
    }
    if (element instanceof SVGElement) continue;
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      if (!isRendered(element)) break;
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) if (box.width > 1 && box.height > 1) boxes.push({ box, owner: element, text: node.textContent.trim() });
    }
  }
  return boxes;
}

/**
 * Check 9, at the current width and text size: the element is no wider than the page, nothing in
 * it scrolls sideways, no text is cut off by a box that hides its overflow (unless it ends in an
 * ellipsis), and no two pieces of text overlap.
 */
export function checkReflow(context: CheckContext): void {
  const { hosts, report } = context;
  const page = document.documentElement.clientWidth;
  for (const host of hosts) {
    const element = hostLabel(host, hosts);
    const box = host.getBoundingClientRect();
    if (box.width > 0 && (box.right > page + 1 || box.left < -1)) {
      report.add({ check: 'reflow', element, part: host.localName, text: `wider than the page (${Math.round(box.left)} to ${Math.round(box.right)} px of ${page})`, measured: Math.round(box.width), required: page });
    }
    for (const item of [host, ...shadowElements(host)]) {
      if (item instanceof SVGElement) continue;
      const style = getComputedStyle(item);
      const scrollsX = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (scrollsX && item.scrollWidth > item.clientWidth + 1) {
        report.add({ check: 'reflow', element, part: describe(item), text: 'scrolls sideways', measured: item.scrollWidth, required: item.clientWidth });
      }
      const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
      if (!clips || isVisuallyHidden(item) || !isRendered(item) || style.textOverflow === 'ellipsis') continue;
      if (!(item.textContent ?? '').trim() || item.querySelector('svg')) continue;
      const cutX = ['hidden', 'clip'].includes(style.overflowX) && item.scrollWidth > item.clientWidth + 1;
      const cutY = ['hidden', 'clip'].includes(style.overflowY) && item.scrollHeight > item.clientHeight + 1;
      if (cutX || cutY) {
        report.add({
          check: 'reflow',
          element,
          part: describe(item),
          text: `text cut off (${cutX ? 'width' : 'height'})`,
          measured: cutX ? item.scrollWidth : item.scrollHeight,
          required: cutX ? item.clientWidth : item.clientHeight,
        });
      }
    }
    const boxes = textBoxes(host).sort((a, b) => a.box.left - b.box.left);
    let overlaps = 0;
    for (let i = 0; i < boxes.length && overlaps < 3; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length && boxes[j]!.box.left < a.box.right; j++) {
        const b = boxes[j]!;
        if (a.owner === b.owner || composedContains(a.owner, b.owner) || composedContains(b.owner, a.owner)) continue;
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (width > 2 && height > Math.min(a.box.height, b.box.height) * 0.25) {
          overlaps++;
          report.add({ check: 'reflow', element, part: describe(a.owner), text: `text overlaps "${b.text.slice(0, 40)}"`, measured: `${round(width, 1)}×${round(height, 1)} px` });
          break;
        }
      }
    }
  }
}
