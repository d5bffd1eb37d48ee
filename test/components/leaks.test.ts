/**
 * Elements created, loaded, drawn and removed 1,000 times leave nothing behind: the heap stays
 * within 10% after garbage collection, and no listener on window or document, no observer and no
 * timer outlives them.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { clearDatasetCache } from '../../src/model/load.js';

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

/** Counts what is still registered: listeners on window and document, observers watching, timers and frames pending. */
function track() {
  const listeners = new Map<string, number>();
  // Listener ids in a WeakMap: the tracker itself must not keep removed elements' listeners alive.
  const listenerIds = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (listener: object) => listenerIds.get(listener) ?? (listenerIds.set(listener, ++nextId), nextId);
  const keyOf = (target: EventTarget, type: string, listener: object, options?: boolean | AddEventListenerOptions) =>
    `${target === window ? 'window' : 'document'}:${type}:${typeof options === 'boolean' ? options : Boolean(options?.capture)}:${idOf(listener)}`;
  const restores: (() => void)[] = [];
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (listener) listeners.set(keyOf(target, type, listener, options), 1);
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (listener) listeners.delete(keyOf(target, type, listener, options));
      return remove.call(this, type, listener, options);
    };
    restores.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const watching = new Set<object>();
  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as const) {
    const Original = window[name] as unknown as { prototype: { observe: (...args: unknown[]) => void; disconnect: () => void; unobserve?: (target: Element) => void } };
    const { observe, disconnect } = Original.prototype;
    Original.prototype.observe = function (...args: unknown[]) {
      watching.add(this);
      return observe.apply(this, args);
    };
    Original.prototype.disconnect = function () {
      watching.delete(this);
      return disconnect.call(this);
    };
    restores.push(() => {
      Original.prototype.observe = observe;
      Original.prototype.disconnect = disconnect;
    });
  }
  const timers = new Set<number>();
  const frames = new Set<number>();
  const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stopEvery, requestAnimationFrame: frame, cancelAnimationFrame: cancelFrame } = window;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id: number = set(() => {
      timers.delete(id);
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...rest);
    }, delay);
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => (id !== undefined && timers.delete(id), clear(id))) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id = every(handler, delay, ...rest);
    timers.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => (id !== undefined && timers.delete(id), stopEvery(id))) as typeof window.clearInterval;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = frame((time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => (frames.delete(id), cancelFrame(id));
  restores.push(() => Object.assign(window, { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stopEvery, requestAnimationFrame: frame, cancelAnimationFrame: cancelFrame }));
  return {
    counts: () => ({ listeners: listeners.size, observers: watching.size, timers: timers.size, frames: frames.size }),
    restore: () => restores.reverse().forEach((restore) => restore()),
  };
}

// The test's own waiting uses the timer functions as they were, so that only the elements' timers are counted.
const rawSetTimeout = window.setTimeout.bind(window);
const rawFrame = window.requestAnimationFrame.bind(window);
const settle = () => new Promise((resolve) => rawSetTimeout(resolve, 400));
/** Waits until `ready()` holds, polling on the timer the test keeps for itself. */
async function until(ready: () => unknown, what: string): Promise<void> {
  const started = performance.now();
  while (!ready()) {
    if (performance.now() - started > 5000) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => rawSetTimeout(resolve, 0));
  }
}
/**
 * The used heap after full collections, with a pause between them so that weak maps and finalisers
 * settle, and two rendering frames before each: what the engine lets go of removed elements only in
 * a frame's style and layout work is let go before it is counted.
 */
async function heap(): Promise<number> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => rawFrame(() => rawFrame(resolve)));
    window.gc!();
    await new Promise((resolve) => rawSetTimeout(resolve, 50));
  }
  window.gc!();
  return performance.memory!.usedJSHeapSize;
}

const CYCLES = 1000;

describe('no leaks after 1,000 create–load–render–remove cycles', () => {
  const page = document.createElement('div');
  page.style.width = '900px';
  before(() => document.body.append(page));
  after(() => page.remove());

  for (const [tag, attributes, drawnSelector] of [
    ['sitrep-timeline', {}, '[part~="mark"], [part~="cluster"]'],
    ['sitrep-actor-card', { actor: 'hts', for: 'nowhere' }, '[part~="name"]'],
    ['sitrep-route-chip', { route: 'evac-air-tehran', for: 'nowhere' }, '[part~="icon"]'],
  ] as const) {
    it(`<${tag}>: heap within 10%, no listeners, observers or timers left`, async function () {
      this.timeout(180_000);
      expect(window.gc, 'Chromium started with --expose-gc').to.be.a('function');
      clearDatasetCache();
      const cycle = async () => {
        const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        element.setAttribute('src', '/data/syria-2024.json');
        page.append(element);
        await until(() => element.shadowRoot?.querySelector(drawnSelector), `${tag} drawn`);
        element.remove();
      };
      // Warm up: the data is fetched once and kept; code paths are compiled and caches of formatted dates filled.
      for (let i = 0; i < 100; i++) await cycle();
      await settle();
      const tracker = track();
      try {
        const before = await heap();
        for (let i = 0; i < CYCLES; i++) await cycle();
        let cycles = CYCLES;
        await settle();
        let after = await heap();
        // On a busy machine the last cycles' garbage can still be held (an idle callback waits up to
        // 2 s for idle time): measure again after longer pauses before calling it growth. A real
        // leak stays; it does not go away. (In CI, 12.5% once came back to -8% in the next test.)
        for (const pause of [400, 1000, 2500]) {
          if ((after - before) / before < 0.1) break;
          await new Promise((resolve) => rawSetTimeout(resolve, pause));
          after = Math.min(after, await heap());
        }
        // Still over: run more cycles. A leak grows with them and stays over; garbage a busy machine
        // held a while is let go meanwhile (in a full CI run, 20% over after the pauses above came
        // back to -11% during the next element's cycles).
        if ((after - before) / before >= 0.1) {
          for (let i = 0; i < CYCLES / 5; i++) await cycle();
          cycles += CYCLES / 5;
          await settle();
          after = Math.min(after, await heap());
        }
        const counts = tracker.counts();
        const growth = (after - before) / before;
        console.log(`<${tag}>: ${cycles} cycles, heap ${(before / 1048576).toFixed(1)} → ${(after / 1048576).toFixed(1)} MB (${(growth * 100).toFixed(1)}%), left: ${JSON.stringify(counts)}`);
        expect(counts).to.deep.equal({ listeners: 0, observers: 0, timers: 0, frames: 0 });
        expect(growth).to.be.below(0.1);
      } finally {
        tracker.restore();
      }
    });
  }
});

describe('the leak tracker', () => {
  it('notices a listener, an observer, a timer and a frame left behind', async () => {
    const tracker = track();
    try {
      const forgotten = () => undefined;
      window.addEventListener('resize', forgotten);
      new ResizeObserver(() => undefined).observe(document.body);
      setTimeout(() => undefined, 60_000);
      requestAnimationFrame(() => undefined);
      expect(tracker.counts()).to.deep.equal({ listeners: 1, observers: 1, timers: 1, frames: 1 });
      window.removeEventListener('resize', forgotten);
      expect(tracker.counts().listeners).to.equal(0);
    } finally {
      tracker.restore();
    }
  });
});
