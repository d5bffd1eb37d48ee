/**
 * Long readings in steps. A reader that may take long (a spreadsheet of 100,000 rows) is a
 * generator that pauses (`yield`) every so many rows; {@link runSteps} runs it to the end at once,
 * for synchronous callers such as `parseDataset`, and {@link runStepsInTasks} gives the page back
 * between steps, so that a large file does not hold it in one long task while it is read.
 */

/** Rows or events a reader handles between two pauses: a few milliseconds of work. */
export const STEP_ROWS = 1000;

/** A reading in steps: `yield` where it may pause, `return` its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** What `scheduler.yield` is, where the browser has it. */
interface Scheduler {
  yield?(): Promise<void>;
}

/**
 * Runs the steps, letting the page handle input and draw whenever they have held it for 40
 * milliseconds: `scheduler.yield()` where the browser has it (the reading then continues before
 * other tasks of its kind), else a new task. A reading that pauses seldom still runs in one task.
 * Once `signal` aborts, the reading stops where it paused, rejecting with the signal's reason.
 */
export async function runStepsInTasks<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since > 40) {
      await ((globalThis as { scheduler?: Scheduler }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve)));
      signal?.throwIfAborted();
      since = performance.now();
    }
  }
}
