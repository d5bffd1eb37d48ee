import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content-box width of its host element and re-renders the host when it changes.
 * The new width is applied in the next animation frame: re-rendering inside the observer's
 * callback can change the layout again in the same frame (a scrollbar appears), which the
 * browser reports to the page as a "ResizeObserver loop" error.
 */
export class SizeController implements ReactiveController {
  /** The host's content width in CSS pixels (0 until measured). */
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // A first measure now, so the first render after data arrives draws at the right width.
    this.width = Math.round(this.host.getBoundingClientRect().width);
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        if (width === this.width) return;
        this.width = width;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
