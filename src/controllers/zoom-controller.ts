import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { panBy, zoomAround, type TimeWindow, type ZoomLimits } from '../layout/zoom.js';
import { capturePointer } from './pointer.js';

/** What the controller needs to know about the current view. */
export interface ZoomView {
  readonly window: TimeWindow;
  readonly limits: ZoomLimits;
  /** Width of the drawing in px. */
  readonly width: number;
  readonly rtl: boolean;
}

/** How the controller reaches its host. */
export interface ZoomControllerOptions {
  /** The current view, or `undefined` while nothing is drawn. */
  view(): ZoomView | undefined;
  /** A reader moved the window. */
  change(window: TimeWindow): void;
  /** A plain vertical wheel went to the page: the host may say how to zoom instead. */
  hint?(): void;
}

const DRAG_THRESHOLD = 4;

/**
 * Zoom and pan by pointer, for a timeline: pinch or Ctrl/⌘ + wheel to zoom around the pointer,
 * horizontal wheel or Shift + wheel to pan, drag (mouse, pen, one finger) to pan, two fingers to
 * pinch, double-click to zoom in (Shift: out). A plain vertical wheel scrolls the page, so an
 * embedded timeline never traps it. Keyboard and buttons go through the host, which calls the
 * same pure functions (`zoomAround`, `panBy`).
 *
 * A drag does not end in a click, so dragging across a mark does not select it.
 */
export class ZoomController implements ReactiveController {
  private target?: HTMLElement;
  private listeners?: AbortController;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private dragged = false;
  private pinchDistance = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ZoomControllerOptions,
  ) {
    host.addController(this);
  }

  /** Listens on `target` (the drawing's box); call again if the element is replaced. */
  attach(target: HTMLElement | undefined): void {
    if (target === this.target) return;
    this.detach();
    if (!target) return;
    this.target = target;
    this.listeners = new AbortController();
    const signal = this.listeners.signal;
    target.addEventListener('wheel', this.handleWheel, { passive: false, signal });
    target.addEventListener('pointerdown', this.handlePointerDown, { signal });
    target.addEventListener('pointermove', this.handlePointerMove, { signal });
    target.addEventListener('pointerup', this.handlePointerUp, { signal });
    target.addEventListener('pointercancel', this.handlePointerUp, { signal });
    target.addEventListener('dblclick', this.handleDoubleClick, { signal });
    target.addEventListener('click', this.handleClick, { capture: true, signal });
  }

  hostDisconnected(): void {
    this.detach();
  }

  private detach(): void {
    this.listeners?.abort();
    this.listeners = undefined;
    this.target = undefined;
    this.pointers.clear();
  }

  /** The instant under a horizontal position (px from the target's left edge). */
  private timeAt(view: ZoomView, x: number): number {
    const fraction = Math.min(Math.max(x / view.width, 0), 1);
    const span = view.window.end - view.window.start;
    return view.window.start + (view.rtl ? 1 - fraction : fraction) * span;
  }

  private localX(event: { clientX: number }): number {
    return event.clientX - (this.target?.getBoundingClientRect().left ?? 0);
  }

  /** Pixels to milliseconds, signed so that dragging content right shows earlier times in LTR. */
  private pixelsToTime(view: ZoomView, dx: number): number {
    const span = view.window.end - view.window.start;
    return (dx / view.width) * span * (view.rtl ? 1 : -1);
  }

  private handleWheel = (event: WheelEvent): void => {
    const view = this.options.view();
    if (!view) return;
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? view.width : 1;
    const dx = event.deltaX * unit;
    const dy = event.deltaY * unit;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      const factor = Math.exp(-dy * 0.004);
      this.options.change(zoomAround(view.window, factor, this.timeAt(view, this.localX(event)), view.limits));
    } else if (Math.abs(dx) > Math.abs(dy) || (event.shiftKey && dy !== 0)) {
      event.preventDefault();
      const delta = Math.abs(dx) > Math.abs(dy) ? dx : dy;
      // Wheel deltas move the view, not the content: positive goes later in LTR.
      this.options.change(panBy(view.window, -this.pixelsToTime(view, delta), view.limits));
    } else {
      this.options.hint?.();
    }
  };

  private handlePointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || !this.options.view()) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (this.pointers.size === 1) this.dragged = false;
    if (this.pointers.size === 2) this.pinchDistance = this.distance();
  };

  private handlePointerMove = (event: PointerEvent): void => {
    const previous = this.pointers.get(event.pointerId);
    const view = this.options.view();
    if (!previous || !view) return;
    const current = { x: event.clientX, y: event.clientY };
    if (this.pointers.size === 1) {
      const dx = current.x - previous.x;
      if (!this.dragged && Math.abs(dx) < DRAG_THRESHOLD) return;
      if (!this.dragged) {
        this.dragged = true;
        capturePointer(this.target, event.pointerId);
      }
      this.pointers.set(event.pointerId, current);
      this.options.change(panBy(view.window, this.pixelsToTime(view, dx), view.limits));
    } else if (this.pointers.size === 2) {
      this.pointers.set(event.pointerId, current);
      const distance = this.distance();
      if (this.pinchDistance > 0 && distance > 0) {
        const [a, b] = [...this.pointers.values()];
        const anchor = this.timeAt(view, this.localX({ clientX: (a!.x + b!.x) / 2 }));
        this.dragged = true;
        this.options.change(zoomAround(view.window, distance / this.pinchDistance, anchor, view.limits));
      }
      this.pinchDistance = distance;
    }
  };

  private handlePointerUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    if (this.pointers.size < 2) this.pinchDistance = 0;
  };

  private handleClick = (event: MouseEvent): void => {
    // The click that ends a drag is not a click on what lies under the pointer.
    if (this.dragged) {
      event.stopPropagation();
      event.preventDefault();
      this.dragged = false;
    }
  };

  private handleDoubleClick = (event: MouseEvent): void => {
    const view = this.options.view();
    if (!view) return;
    event.preventDefault();
    this.options.change(zoomAround(view.window, event.shiftKey ? 0.5 : 2, this.timeAt(view, this.localX(event)), view.limits));
  };

  private distance(): number {
    const [a, b] = [...this.pointers.values()];
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  }
}
