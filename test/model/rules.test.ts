import { expect } from '@open-wc/testing';
import { seededRandom } from '../../bench/synthetic.js';
import { finishDataset } from '../../src/model/rules.js';
import type { ConflictEvent, TimeSpan } from '../../src/model/types.js';

const DAY = 86_400_000;

/** Events with the given [start day, end day) pairs, named e0, e1, … in file order. */
function eventsOf(days: readonly (readonly [number, number])[]): ConflictEvent[] {
  return days.map(([first, last], index) => {
    const when: TimeSpan = { edtf: '', min: first * DAY, max: last * DAY, precision: 'day', uncertain: false, approximate: false, timed: false, startBound: 'known', endBound: 'known' };
    return { id: `e${index}`, date: '', when, title: `e${index}`, type: 'battle', actors: [], routes: [], sources: [], corrections: [] } as unknown as ConflictEvent;
  });
}

const finish = (events: ConflictEvent[]) =>
  finishDataset({ title: 't', actorById: new Map(), placeById: new Map(), routeById: new Map(), events }).events.map((event) => event.id);

/** The order the dataset promises: by start, then end, then the order of the file. */
const expected = (events: readonly ConflictEvent[]) =>
  events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.when.min - b.event.when.min || a.event.when.max - b.event.when.max || a.index - b.index)
    .map(({ event }) => event.id);

describe('finishDataset: events in time order', () => {
  it('orders by start, then end, and keeps the order of the file for the same dates', () => {
    const events = eventsOf([
      [5, 9],
      [2, 3],
      [5, 6],
      [2, 3],
      [1, 40],
      [5, 6],
    ]);
    expect(finish(events)).to.deep.equal(['e4', 'e1', 'e3', 'e2', 'e5', 'e0']);
  });

  it('gives that order for 5,000 events in no order, many of them sharing days, a quarter of them one day', () => {
    const random = seededRandom(7);
    const days: [number, number][] = Array.from({ length: 5000 }, () => {
      const first = random() < 0.25 ? 100 : Math.floor(random() * 300);
      return [first, first + 1 + Math.floor(random() * 4)];
    });
    const events = eventsOf(days);
    const order = finish(events);
    expect(order).to.deep.equal(expected(events));
    expect(new Set(order).size).to.equal(5000);
  });

  it('orders a file whose one day holds more events than a function call takes arguments (300,000)', () => {
    // One later event first, so the file is not in order; then 300,000 events of one day.
    const days: [number, number][] = [[2, 3], ...Array.from({ length: 300_000 }, (): [number, number] => [1, 2])];
    const order = finish(eventsOf(days));
    expect(order.length).to.equal(300_001);
    expect([order[0], order[299_999], order[300_000]]).to.deep.equal(['e1', 'e300000', 'e0']);
  });

  it('leaves events already in order as they are', () => {
    const events = eventsOf([
      [1, 2],
      [1, 3],
      [4, 5],
    ]);
    expect(finish(events)).to.deep.equal(['e0', 'e1', 'e2']);
  });
});
