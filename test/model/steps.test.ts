import { expect } from '@open-wc/testing';
import { runSteps, runStepsInTasks, type Steps } from '../../src/model/steps.js';

/** Busy for `ms` milliseconds, as a reader is. */
function work(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** `count` steps of `ms` milliseconds each, recording when each step ran; returns the count. */
function* busySteps(count: number, ms: number, ran: number[]): Steps<number> {
  for (let i = 0; i < count; i++) {
    ran.push(performance.now());
    work(ms);
    yield;
  }
  return count;
}

describe('readings in steps', () => {
  const withScheduler = (scheduler: unknown, run: () => Promise<void>) => async () => {
    const global = globalThis as { scheduler?: unknown };
    const saved = Object.getOwnPropertyDescriptor(global, 'scheduler');
    Object.defineProperty(global, 'scheduler', { value: scheduler, configurable: true, writable: true });
    try {
      await run();
    } finally {
      if (saved) Object.defineProperty(global, 'scheduler', saved);
      else delete global.scheduler;
    }
  };

  const yields: number[] = [];

  it('runSteps runs every step at once and gives the result', () => {
    const ran: number[] = [];
    expect(runSteps(busySteps(5, 0, ran))).to.equal(5);
    expect(ran.length).to.equal(5);
  });

  it(
    'runStepsInTasks gives the page back through scheduler.yield once the steps have held it for the budget, and not before',
    withScheduler(
      {
        yield: () => {
          yields.push(performance.now());
          return Promise.resolve();
        },
      },
      async () => {
        const ran: number[] = [];
        expect(await runStepsInTasks(busySteps(20, 10, ran))).to.equal(20);
        // 20 steps of 10 ms and 40 ms at most without a pause: a pause after every fifth step, 4 in all.
        expect(yields.length).to.be.within(3, 5);
        const stretches = [ran[0]!, ...yields].map((start, index, all) => (all[index + 1] ?? performance.now()) - start);
        expect(Math.max(...stretches)).to.be.below(40 + 10 + 10);
      },
    ),
  );
  it(
    'without scheduler.yield, runStepsInTasks gives the page back in new tasks, where timers run',
    withScheduler(undefined, async () => {
      let timers = 0;
      let running = true;
      const timer = () => {
        if (!running) return;
        timers++;
        setTimeout(timer);
      };
      setTimeout(timer);
      const ran: number[] = [];
      await runStepsInTasks(busySteps(20, 10, ran));
      running = false;
      expect(timers).to.be.at.least(3);
    }),
  );

  it('a reading that pauses seldom still runs in one task', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true));
    const ran: number[] = [];
    await runStepsInTasks(busySteps(3, 1, ran));
    expect(timerRan).to.equal(false);
  });
});
