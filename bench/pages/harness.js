/**
 * Shared by every benchmark page. A page defines `window.candidate = { render(data, box), step(window), release? }`;
 * the runner calls `window.benchRun(size, seed)` and reads the figures it returns.
 */
import { syntheticDataset } from '../.build/synthetic.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Elements in the document, including those inside (open) shadow roots. */
function countElements(root = document) {
  let count = 0;
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      count++;
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return count;
}

function heap() {
  globalThis.gc?.();
  return performance.memory ? performance.memory.usedJSHeapSize : NaN;
}

/** The same 30 steps for everyone: 10 zooming in, 10 panning, 10 zooming out, one per frame. */
export function steps(extent) {
  const windows = [];
  let start = extent.min;
  let end = extent.max;
  for (let i = 0; i < 30; i++) {
    const span = end - start;
    if (i < 10) {
      start += span * 0.06;
      end -= span * 0.06;
    } else if (i < 20) {
      start += span * 0.05;
      end += span * 0.05;
    } else {
      start -= span * 0.07;
      end += span * 0.07;
    }
    windows.push({ start, end });
  }
  return windows;
}

window.benchRun = async (size, seed) => {
  const data = syntheticDataset(size, seed);
  const extent = { min: Date.UTC(2023, 0, 1), max: Date.UTC(2025, 0, 1) };
  const box = document.getElementById('box');
  await frame();
  const heapBefore = heap();
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration }))));
  observer.observe({ type: 'longtask', buffered: false });

  const started = performance.now();
  await window.candidate.render(data, box);
  await frame();
  await frame();
  const firstRender = performance.now() - started;

  const heapAfter = heap();
  const elements = countElements();
  // Long tasks count from here: the forced collection of heap() is the benchmark's own task (at
  // 100,000 events it took 50–85 ms, and counted whenever it fell in a task of its own).
  const rendered = performance.now();

  const intervals = [];
  let last = await frame();
  for (const window_ of steps(extent)) {
    window.candidate.step(window_);
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  await frame();
  observer.disconnect();
  const tasksAfterRender = longTasks.filter((task) => task.start >= rendered).map((task) => task.duration);
  return {
    firstRender,
    intervals,
    heapGrowth: heapAfter - heapBefore,
    elements,
    longestTaskAfterRender: tasksAfterRender.length ? Math.max(...tasksAfterRender) : 0,
  };
};
