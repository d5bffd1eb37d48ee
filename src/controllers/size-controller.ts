import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The key under which a server renderer gives an element the width to lay out at: nothing can be
 * measured on the server. In the page the element measures itself and this is never read.
 */
export const SERVER_WIDTH = Symbol.for('sitrep.server-width');

/** The width a server renderer gave `host` (see {@link SERVER_WIDTH}), or 0. */
export function serverWidth(host: object): number {
  const width = (host as { [SERVER_WIDTH]?: unknown })[SERVER_WIDTH];
  return typeof width === 'number' && Number.isFinite(width) && width > 0 ? width : 0;
}

/**
 * Tracks the content-box width of its host element and re-renders the host when it changes.
 * Given a `target` (the element's outermost part), it measures that part once rendered: a page
 * can force the host itself to `display: inline` ("* { all: unset }"), and an inline box has no
 * width of its own to observe.
 * The new width is applied in the next animation frame: re-rendering inside the observer's
 * callback can change the layout again in the same frame (a scrollbar appears), which the
 * browser reports to the page as a "ResizeObserver loop" error.
 */
export class SizeController implements ReactiveController {
  /** The host's content width in CSS pixels (0 until measured). */
  width = 0;
  private observer?: ResizeObserver;
  private observed?: Element;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target?: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A first measure now, so the first render after data arrives draws at the right width.
    // Put back in another place (moved in the page), it redraws at the new width.
    const measured = Math.round(this.host.getBoundingClientRect().width);
    if (measured !== this.width) {
      this.width = measured;
      this.host.requestUpdate();
    }
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        if (width === this.width) return;
        this.width = width;
        this.host.requestUpdate();
      });
    });
    this.observe(this.host);
  }

  hostUpdated(): void {
    // Once the part is observed and still in place, there is nothing to look up (this runs on every zoom frame).
    if (!this.target || (this.observed !== this.host && this.observed?.isConnected)) return;
    const part = this.target();
    if (part && part !== this.observed) this.observe(part);
  }

  private observe(element: Element): void {
    if (this.observed) this.observer?.unobserve(this.observed);
    this.observed = element;
    this.observer?.observe(element);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }
}
