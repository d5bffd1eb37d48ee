import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content-box width of its host element and re-renders the host when it changes. */
export class SizeController implements ReactiveController {
  /** The host's content width in CSS pixels (0 until measured). */
  width = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
