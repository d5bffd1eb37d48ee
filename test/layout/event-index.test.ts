import { expect } from '@open-wc/testing';
import { indexLanes, lowerBound } from '../../src/layout/event-index.js';
import { assignLanes } from '../../src/layout/lanes.js';
import { validateDataset } from '../../src/model/validate.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const labels = { actor: (id: string) => id, place: (id: string) => id, type: (t: string) => t, none: 'All', unassigned: 'None' };

describe('indexLanes', () => {
  it('sorts each lane by start and records the longest duration and the largest overlap', () => {
    const dataset = validateDataset(smallDataset).dataset!;
    const [rebels] = indexLanes(assignLanes(dataset.events, dataset, 'actor', labels));
    expect(rebels!.lane.key).to.equal('rebels');
    expect([...rebels!.starts]).to.deep.equal(rebels!.events.map((event) => event.when.min));
    expect(rebels!.maxDuration).to.equal(rebels!.events.reduce((most, event) => Math.max(most, event.when.max - event.when.min), 0));
    expect(rebels!.maxOverlap).to.equal(1);
  });

  it('counts overlap with exclusive ends: back-to-back days do not overlap, the same day does', () => {
    const make = (dates: string[]) => {
      const events = dates.map((date, index) => ({ id: `x${index}`, date, title: 't', type: 'battle', actors: ['a'], sources: [{ name: 's', url: 'https://e.org' }] }));
      const dataset = validateDataset({ version: 1, title: 't', actors: [{ id: 'a', name: 'A' }], events }).dataset!;
      return indexLanes(assignLanes(dataset.events, dataset, 'actor', labels))[0]!.maxOverlap;
    };
    expect(make(['2024-12-01', '2024-12-02', '2024-12-03'])).to.equal(1);
    expect(make(['2024-12-01', '2024-12-01', '2024-12-01/2024-12-03'])).to.equal(3);
    expect(make(['2024-12-01T10:00Z', '2024-12-01T10:00Z'])).to.equal(2);
  });

  it('sorts a lane given out of order by start, then end, and keeps a lane already in order as it is', () => {
    const dataset = validateDataset(smallDataset).dataset!;
    const events = dataset.events.slice(0, 6);
    const lane = { key: 'k', label: 'K', events };
    const [kept] = indexLanes([lane]);
    expect(kept!.events, 'in order: the same list').to.equal(events);
    const shuffled = [events[3]!, events[0]!, events[5]!, events[1]!, events[4]!, events[2]!];
    const [sorted] = indexLanes([{ ...lane, events: shuffled }]);
    expect(sorted!.events.map((event) => event.id)).to.deep.equal(events.map((event) => event.id));
    expect([...sorted!.starts]).to.deep.equal(events.map((event) => event.when.min));
  });

  it('lowerBound finds the first index at or above a value', () => {
    const values = Float64Array.from([1, 3, 3, 5]);
    expect([0, 1, 3, 4, 6].map((value) => lowerBound(values, value))).to.deep.equal([0, 0, 1, 3, 4]);
  });
});
