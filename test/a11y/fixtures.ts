/**
 * Small custom elements, each with one accessibility problem that a check of `checks.ts` must
 * report, and a `fixed` attribute that removes the problem. They are written for the tests of
 * the checks (`checks.test.ts`), not for use.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/** Base: a `fixed` attribute, reflected, that each fixture reads. */
class Fixture extends LitElement {
  static override properties = { fixed: { type: Boolean, reflect: true } };
  declare fixed: boolean;

  constructor() {
    super();
    this.fixed = false;
  }
}

/** Keyboard trap: Tab on the last button sends focus back to the first (fixed: Tab goes on). */
export class TrapFixture extends Fixture {
  override render() {
    return html`<button>One</button><button>Two</button><button @keydown=${this.handleKeydown}>Three</button>`;
  }

  private handleKeydown = (event: KeyboardEvent) => {
    if (this.fixed || event.key !== 'Tab' || event.shiftKey) return;
    event.preventDefault();
    this.renderRoot.querySelector('button')!.focus();
  };
}

/** Focus ring: a light grey outline, 1.6:1 on white (fixed: a blue one, 6.4:1); `none` draws no ring at all. */
export class FocusFixture extends Fixture {
  static override properties = { ...Fixture.properties, none: { type: Boolean } };
  declare none: boolean;
  static override styles = css`
    :host {
      display: block;
      background: #fff;
      padding: 8px;
    }
    button {
      font: inherit;
      padding: 4px 8px;
    }
    button:focus-visible {
      outline: 2px solid #c8c8c8;
      outline-offset: 2px;
    }
    :host([fixed]) button:focus-visible {
      outline-color: #0b57d0;
    }
    :host([none]) button:focus-visible {
      outline: none;
    }
  `;

  override render() {
    return html`<button>Zoom in</button>`;
  }
}

/** Targets: three 16 px buttons 2 px apart (fixed: 24 px; `spaced`: 16 px but 40 px apart), and a link inside a sentence (exempt). */
export class TargetFixture extends Fixture {
  static override properties = { ...Fixture.properties, spaced: { type: Boolean } };
  declare spaced: boolean;
  static override styles = css`
    :host {
      display: block;
      font: 16px/1.2 sans-serif;
    }
    .row {
      display: flex;
      gap: 2px;
    }
    button {
      inline-size: 16px;
      block-size: 16px;
      padding: 0;
      border: 1px solid #555;
    }
    :host([fixed]) button {
      inline-size: 24px;
      block-size: 24px;
    }
    :host([spaced]) .row {
      gap: 24px;
    }
  `;

  override render() {
    return html`<div class="row"><button aria-label="A"></button><button aria-label="B"></button><button aria-label="C"></button></div>
      <p>Read the <a href="#report">full report</a> before the vote.</p>`;
  }
}

/** Graphics: a pale mark, 1.6:1 on white (fixed: 5.7:1), and a pale grid line marked decorative. */
export class GraphicFixture extends Fixture {
  static override styles = css`
    :host {
      display: block;
      background: #fff;
    }
    .mark {
      fill: #c8c8c8;
    }
    :host([fixed]) .mark {
      fill: #6b6b6b;
    }
    .grid {
      stroke: #eee;
    }
  `;

  override render() {
    return html`<svg width="120" height="40" viewBox="0 0 120 40">
      <line class="grid" x1="0" x2="120" y1="20" y2="20"></line>
      <circle class="mark" cx="20" cy="20" r="8"></circle>
    </svg>`;
  }
}

/**
 * A side's colour as a swatch beside its name, painted as a background: forced colours (Windows
 * High Contrast) paint backgrounds over and it vanishes (fixed: it keeps its colour).
 */
export class SwatchFixture extends Fixture {
  static override styles = css`
    :host {
      display: block;
      background: #fff;
    }
    .swatch {
      display: inline-block;
      inline-size: 12px;
      block-size: 12px;
      background: #1b7f3b;
    }
    :host([fixed]) .swatch {
      forced-color-adjust: none;
    }
  `;

  override render() {
    return html`<p><span class="swatch" aria-hidden="true"></span> Opposition</p>`;
  }
}

/** Categories: a red and a green dot that differ only in colour (fixed: the green one is a square). */
export class CategoryFixture extends Fixture {
  static override properties = { ...Fixture.properties, labelled: { type: Boolean } };
  declare labelled: boolean;
  static override styles = css`
    .dot {
      display: inline-block;
      inline-size: 12px;
      block-size: 12px;
      border-radius: 50%;
    }
    .cat-a {
      background: #c0392b;
    }
    .cat-b {
      background: #1b7f3b;
    }
    :host([fixed]) .cat-b {
      border-radius: 0;
    }
  `;

  override render() {
    const item = (category: string, name: string) =>
      html`<li><span class=${`dot ${category}`}></span>${this.labelled ? html` <span class="name">${name}</span>` : nothing}</li>`;
    return html`<ul>
      ${item('cat-a', 'Denied')}${item('cat-b', 'Confirmed')}${item('cat-a', 'Denied')}
    </ul>`;
  }
}

/** Motion: a transition that ignores `prefers-reduced-motion` (fixed: only when the reader has not asked for less motion). */
export class MotionFixture extends Fixture {
  static override styles = css`
    :host(:not([fixed])) .panel {
      transition: opacity 250ms ease-out;
    }
    @media (prefers-reduced-motion: no-preference) {
      :host([fixed]) .panel {
        transition: opacity 250ms ease-out;
      }
    }
  `;

  override render() {
    return html`<div class="panel">Details</div>`;
  }
}

/** Live regions: an error message with no live region anywhere (fixed: the message is an alert). */
export class StatusFixture extends Fixture {
  override render() {
    return this.fixed ? html`<p class="error" role="alert">The data could not be loaded.</p>` : html`<p class="error">The data could not be loaded.</p>`;
  }
}

/** Reflow: a label that cuts its text, a strip that scrolls sideways, and two captions on top of each other (fixed: all reflow). */
export class ReflowFixture extends Fixture {
  static override styles = css`
    :host {
      display: block;
      position: relative;
    }
    .label {
      white-space: nowrap;
      overflow: hidden;
    }
    .strip {
      overflow-x: auto;
    }
    .strip > div {
      inline-size: 500px;
    }
    .captions {
      position: relative;
      block-size: 2em;
    }
    .captions span {
      position: absolute;
      inset-inline-start: 0;
    }
    :host([fixed]) .label {
      white-space: normal;
    }
    :host([fixed]) .strip > div {
      inline-size: auto;
    }
    :host([fixed]) .captions {
      block-size: auto;
    }
    :host([fixed]) .captions span {
      position: static;
      display: block;
    }
  `;

  override render() {
    return html`<p class="label">Rebel coalition forces announce the capture of the city after a week of fighting</p>
      <div class="strip"><div>December 2024: 24 events in the visible period</div></div>
      <div class="captions"><span>Aleppo</span><span>Hama</span></div>`;
  }
}

/**
 * A small timeline with the public surface of `<sitrep-timeline>` that the checks use
 * (`visibleRange`, `fit()`, marks with a roving tab stop, zoom buttons, an overview, a detail
 * panel and a live region), and one switch per fault:
 * - `skip`: the arrow keys jump over every other event;
 * - `silent`: selecting and zooming are not announced;
 * - `no-buttons`: zoom only by gesture;
 * - `drag-only`: no overview to click, no pan buttons;
 * - `animated`: zoom steps are tweened over several frames;
 * - `loses-focus`: focus is dropped when a pan leaves no event in view.
 */
export class MiniTimeline extends LitElement {
  static override properties = {
    skip: { type: Boolean },
    silent: { type: Boolean },
    noButtons: { type: Boolean, attribute: 'no-buttons' },
    dragOnly: { type: Boolean, attribute: 'drag-only' },
    animated: { type: Boolean },
    losesFocus: { type: Boolean, attribute: 'loses-focus' },
    window: { state: true },
    active: { state: true },
    selected: { state: true },
    announcement: { state: true },
  };
  declare skip: boolean;
  declare silent: boolean;
  declare noButtons: boolean;
  declare dragOnly: boolean;
  declare animated: boolean;
  declare losesFocus: boolean;
  declare window: { start: number; end: number };
  declare active: number;
  declare selected: number | undefined;
  declare announcement: string;

  static override styles = css`
    :host {
      display: block;
      inline-size: 400px;
      background: #fff;
      color: #1d2125;
      font: 16px/1.4 sans-serif;
    }
    .plot {
      position: relative;
      block-size: 40px;
    }
    [part~='mark'] {
      position: absolute;
      inset-block-start: 8px;
      inline-size: 24px;
      block-size: 24px;
      border-radius: 50%;
      background: #0b57d0;
    }
    [part~='mark']:focus-visible,
    button:focus-visible {
      outline: 3px solid #0b57d0;
      outline-offset: 2px;
    }
    button {
      min-inline-size: 32px;
      min-block-size: 32px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `;

  /** Event times, 0 to 100. */
  private readonly times = [5, 15, 25, 40, 55, 70, 85, 95];
  private readonly full = { start: 0, end: 100 };
  private focusAfterUpdate = false;

  constructor() {
    super();
    this.skip = this.silent = this.noButtons = this.dragOnly = this.animated = this.losesFocus = false;
    this.window = this.full;
    this.active = 0;
    this.selected = undefined;
    this.announcement = '';
  }

  get visibleRange(): { start: Date; end: Date } {
    return { start: new Date(this.window.start), end: new Date(this.window.end) };
  }

  fit(): void {
    this.window = this.full;
  }

  private shown(): number[] {
    return this.times.map((_, index) => index).filter((index) => this.times[index]! >= this.window.start && this.times[index]! <= this.window.end);
  }

  private say(text: string): void {
    if (!this.silent) this.announcement = text;
  }

  private rangeText(window = this.window): string {
    return `${Math.round(window.start)}–${Math.round(window.end)}`;
  }

  private move(next: { start: number; end: number }): void {
    const span = Math.min(next.end - next.start, 100);
    const start = Math.min(Math.max(next.start, 0), 100 - span);
    const target = { start, end: start + span };
    if (!this.animated) {
      this.window = target;
      this.say(`Showing ${this.rangeText(target)}.`);
      return;
    }
    // Tweened over five frames, whatever the reader's motion setting.
    const from = this.window;
    let step = 0;
    const tick = () => {
      step++;
      const t = step / 5;
      this.window = { start: from.start + (target.start - from.start) * t, end: from.end + (target.end - from.end) * t };
      if (step < 5) requestAnimationFrame(tick);
      else this.say(`Showing ${this.rangeText(target)}.`);
    };
    requestAnimationFrame(tick);
  }

  private zoom(factor: number): void {
    const middle = (this.window.start + this.window.end) / 2;
    const span = (this.window.end - this.window.start) / factor;
    this.move({ start: middle - span / 2, end: middle + span / 2 });
  }

  private pan(fraction: number): void {
    const span = this.window.end - this.window.start;
    this.move({ start: this.window.start + span * fraction, end: this.window.end + span * fraction });
  }

  private handleKeydown = (event: KeyboardEvent): void => {
    const shown = this.shown();
    const at = shown.indexOf(this.active);
    const step = this.skip ? 2 : 1;
    let handled = true;
    if (event.shiftKey && event.key === 'ArrowRight') this.pan(0.5);
    else if (event.shiftKey && event.key === 'ArrowLeft') this.pan(-0.5);
    else if (event.key === 'ArrowRight') this.active = shown[Math.min(at + step, shown.length - 1)] ?? this.active;
    else if (event.key === 'ArrowLeft') this.active = shown[Math.max(at - step, 0)] ?? this.active;
    else if (event.key === 'Home') this.active = shown[0] ?? this.active;
    else if (event.key === 'End') this.active = shown.at(-1) ?? this.active;
    else if (event.key === 'PageDown') this.pan(0.8);
    else if (event.key === 'PageUp') this.pan(-0.8);
    else if (event.key === '+') this.zoom(2);
    else if (event.key === '-') this.zoom(0.5);
    else if (event.key === '0') this.fit();
    else if (event.key === 'Enter') {
      this.selected = this.active;
      this.say(`Selected: Event ${this.active + 1}.`);
    } else if (event.key === 'Escape') {
      this.selected = undefined;
      this.say('Selection cleared.');
    } else handled = false;
    if (handled) {
      event.preventDefault();
      this.focusAfterUpdate = true;
    }
  };

  private handleOverview = (event: PointerEvent): void => {
    const box = (event.currentTarget as Element).getBoundingClientRect();
    const at = ((event.clientX - box.left) / box.width) * 100;
    const span = this.window.end - this.window.start;
    this.move({ start: at - span / 2, end: at + span / 2 });
  };

  protected override willUpdate(changed: PropertyValues): void {
    // The tab stop stays on an event in view (unless the fixture is told to drop it).
    if (changed.has('window') && !this.losesFocus) {
      const shown = this.shown();
      if (shown.length && !shown.includes(this.active)) this.active = shown[0]!;
    }
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    const item = this.renderRoot.querySelector<HTMLElement>(`[data-key="e${this.active}"]`);
    (item ?? (this.losesFocus ? undefined : this.renderRoot.querySelector<HTMLElement>('.plot')))?.focus();
  }

  override render() {
    const span = this.window.end - this.window.start;
    const shown = this.shown();
    return html`${this.noButtons
        ? nothing
        : html`<div part="controls">
            <button aria-label="Zoom out" @click=${() => this.zoom(0.5)}>−</button>
            <button aria-label="Zoom in" @click=${() => this.zoom(2)}>+</button>
            <span class="range">${this.rangeText()}</span>
          </div>`}
      ${this.dragOnly ? nothing : html`<svg part="overview" width="400" height="24" @pointerdown=${this.handleOverview}><rect width="400" height="24" fill="#f4f5f7"></rect></svg>`}
      <div class="plot" @keydown=${this.handleKeydown} tabindex=${shown.length ? nothing : 0}>
        ${repeat(
          shown,
          (index) => index,
          (index) =>
            html`<span part="mark" role="button" aria-label=${`Event ${index + 1}`} data-key=${`e${index}`} tabindex=${index === this.active ? 0 : -1}
              aria-pressed=${index === this.selected ? 'true' : 'false'} style=${`left: ${((this.times[index]! - this.window.start) / span) * 376}px`}></span>`,
        )}
      </div>
      ${this.selected !== undefined ? html`<section part="detail"><h3>Event ${this.selected + 1}</h3></section>` : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}

const FIXTURES = {
  'a11y-trap': TrapFixture,
  'a11y-focus': FocusFixture,
  'a11y-targets': TargetFixture,
  'a11y-graphic': GraphicFixture,
  'a11y-swatch': SwatchFixture,
  'a11y-categories': CategoryFixture,
  'a11y-motion': MotionFixture,
  'a11y-status': StatusFixture,
  'a11y-reflow': ReflowFixture,
  'a11y-mini-timeline': MiniTimeline,
} as const;

for (const [tag, element] of Object.entries(FIXTURES)) if (!customElements.get(tag)) customElements.define(tag, element);
