import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clampWindow, panBy, type TimeWindow, type ZoomLimits } from '../layout/zoom.js';
import { capturePointer } from './pointer.js';

/** What the brush needs to know: the whole period, the visible window and the strip's size. */
export interface BrushView {
  readonly whole: TimeWindow;
  readonly window: TimeWindow;
  readonly limits: ZoomLimits;
  readonly width: number;
  readonly rtl: boolean;
}

/** How the brush reaches its host. */
export interface BrushOptions {
  view(): BrushView | undefined;
  change(window: TimeWindow): void;
}

type Mode = 'move' | 'start' | 'end';

/**
 * The brush of the overview strip, by pointer: drag the window to pan, drag its edges to resize,
 * press elsewhere to centre the window there (and keep dragging). The keyboard equivalent is on
 * the window itself (a slider); resizing is also done by the zoom buttons and keys.
 */
export class BrushController implements ReactiveController {
  private target?: Element;
  private listeners?: AbortController;
  private drag?: { mode: Mode; pointerId: number; startX: number; window: TimeWindow };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: BrushOptions,
  ) {
    host.addController(this);
  }

  attach(target: Element | undefined): void {
    if (target === this.target) return;
    this.listeners?.abort();
    this.target = target;
    if (!target) return;
    this.listeners = new AbortController();
    const signal = this.listeners.signal;
    target.addEventListener('pointerdown', this.handleDown as EventListener, { signal });
    target.addEventListener('pointermove', this.handleMove as EventListener, { signal });
    target.addEventListener('pointerup', this.handleUp as EventListener, { signal });
    target.addEventListener('pointercancel', this.handleUp as EventListener, { signal });
  }

  hostDisconnected(): void {
    this.listeners?.abort();
    this.listeners = undefined;
    this.target = undefined;
  }

  /** Milliseconds per pixel, signed by direction (dragging right is later in LTR). */
  private msPerPx(view: BrushView): number {
    return ((view.whole.end - view.whole.start) / view.width) * (view.rtl ? -1 : 1);
  }

  private timeAt(view: BrushView, clientX: number): number {
    const left = this.target?.getBoundingClientRect().left ?? 0;
    const fraction = Math.min(Math.max((clientX - left) / view.width, 0), 1);
    return view.whole.start + (view.rtl ? 1 - fraction : fraction) * (view.whole.end - view.whole.start);
  }

  private handleDown = (event: PointerEvent): void => {
    const view = this.options.view();
    if (!view || event.button !== 0) return;
    event.preventDefault();
    const handle = (event.target as Element).getAttribute('data-handle');
    let window = view.window;
    if (!handle) {
      // A press outside the window centres it there first.
      const instant = this.timeAt(view, event.clientX);
      const span = window.end - window.start;
      window = clampWindow({ start: instant - span / 2, end: instant + span / 2 }, view.limits);
      this.options.change(window);
    }
    // In RTL the visual left edge is the end of the window.
    const mode: Mode = handle === 'left' || handle === 'right' ? ((handle === 'left') !== view.rtl ? 'start' : 'end') : 'move';
    this.drag = { mode, pointerId: event.pointerId, startX: event.clientX, window };
    capturePointer(this.target, event.pointerId);
  };

  private handleMove = (event: PointerEvent): void => {
    const view = this.options.view();
    const drag = this.drag;
    if (!view || !drag || drag.pointerId !== event.pointerId) return;
    const delta = (event.clientX - drag.startX) * this.msPerPx(view);
    if (drag.mode === 'move') {
      this.options.change(panBy(drag.window, delta, view.limits));
      return;
    }
    const start = drag.mode === 'start' ? Math.min(drag.window.start + delta, drag.window.end - view.limits.minSpan) : drag.window.start;
    const end = drag.mode === 'end' ? Math.max(drag.window.end + delta, drag.window.start + view.limits.minSpan) : drag.window.end;
    this.options.change(clampWindow({ start: Math.max(start, view.limits.min), end: Math.min(end, view.limits.max) }, view.limits));
  };

  private handleUp = (event: PointerEvent): void => {
    if (this.drag?.pointerId === event.pointerId) this.drag = undefined;
  };
}
