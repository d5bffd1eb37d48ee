import { expect } from '@open-wc/testing';
import { assignLanes, packRows } from '../../src/layout/lanes.js';
import { validateDataset } from '../../src/model/validate.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const dataset = validateDataset(smallDataset).dataset!;
const labels = { actor: (id: string) => `actor:${id}`, place: (id: string) => `place:${id}`, type: (t: string) => `type:${t}`, none: 'All', unassigned: 'None' };

describe('assignLanes', () => {
  it('assignLanes(events, dataset, "actor") makes one lane per first actor, each event once', () => {
    const lanes = assignLanes(dataset.events, dataset, 'actor', labels);
    expect(lanes.map((lane) => lane.key).sort()).to.deep.equal(['ally', 'army', 'rebels']);
    expect(lanes.flatMap((lane) => lane.events).length).to.equal(dataset.events.length);
    expect(lanes.find((lane) => lane.key === 'rebels')!.side).to.equal('opposition');
  });

  it('groups actor lanes by side, the side with most events first', () => {
    const lanes = assignLanes(dataset.events, dataset, 'actor', labels);
    expect(lanes.map((lane) => lane.side)).to.deep.equal(['opposition', 'pro-government', 'government']);
  });

  it('groups by type and by place, with events without a place in a last lane', () => {
    expect(assignLanes(dataset.events, dataset, 'type', labels).map((lane) => lane.label)).to.deep.equal(['type:strategic', 'type:battle']);
    const byPlace = assignLanes(dataset.events, dataset, 'place', labels);
    expect(byPlace.at(-1)!.label).to.equal('None');
  });

  it('"none" puts everything in one lane', () => {
    const lanes = assignLanes(dataset.events, dataset, 'none', labels);
    expect([lanes.length, lanes[0]!.label, lanes[0]!.events.length]).to.deep.equal([1, 'All', 6]);
  });
});

describe('packRows', () => {
  it('packRows(extents) puts overlapping extents in different rows and reuses free rows', () => {
    const { rows, count } = packRows([
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 12, end: 20 },
      { start: 17, end: 30 },
    ]);
    expect(rows).to.deep.equal([0, 1, 0, 1]);
    expect(count).to.equal(2);
  });

  it('keeps the gap between neighbours in a row', () => {
    expect(packRows([{ start: 0, end: 10 }, { start: 11, end: 20 }], 2).rows).to.deep.equal([0, 1]);
    expect(packRows([{ start: 0, end: 10 }, { start: 12, end: 20 }], 2).rows).to.deep.equal([0, 0]);
  });
});
