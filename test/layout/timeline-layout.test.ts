import { expect } from '@open-wc/testing';
import { assignLanes } from '../../src/layout/lanes.js';
import { createTimeScale } from '../../src/layout/time-scale.js';
import { DEFAULT_METRICS, layoutTimeline } from '../../src/layout/timeline-layout.js';
import { validateDataset } from '../../src/model/validate.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const dataset = validateDataset(smallDataset).dataset!;
const labels = { actor: (id: string) => id, place: (id: string) => id, type: (t: string) => t, none: 'All', unassigned: 'None' };

function layout(range: [number, number]) {
  const lanes = assignLanes(dataset.events, dataset, 'actor', labels);
  return layoutTimeline(lanes, createTimeScale(dataset.extent, range));
}

describe('layoutTimeline', () => {
  it('gives every event one mark, spans for days and intervals, a point for a timed event', () => {
    const { marks } = layout([0, 800]);
    expect(marks.map((mark) => mark.event.id).sort()).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(marks.find((mark) => mark.event.id === 'e5')!.shape).to.equal('point');
    expect(marks.find((mark) => mark.event.id === 'e2')!.shape).to.equal('span');
  });

  it('draws a two-day interval twice as wide as a day', () => {
    const { marks } = layout([0, 800]);
    const day = marks.find((mark) => mark.event.id === 'e1')!.width;
    const twoDays = marks.find((mark) => mark.event.id === 'e2')!.width;
    expect(twoDays / day).to.be.closeTo(2, 0.01);
  });

  it('never overlaps two marks of one lane', () => {
    const { marks } = layout([0, 300]);
    for (const a of marks) {
      for (const b of marks) {
        if (a === b || a.lane !== b.lane || a.y !== b.y) continue;
        const [aStart, aEnd] = a.shape === 'point' ? [a.x - a.height / 2, a.x + a.height / 2] : [a.x, a.x + a.width];
        const [bStart, bEnd] = b.shape === 'point' ? [b.x - b.height / 2, b.x + b.height / 2] : [b.x, b.x + b.width];
        expect(aEnd <= bStart || bEnd <= aStart, `${a.event.id} and ${b.event.id}`).to.equal(true);
      }
    }
  });

  it('stacks lanes under the axis, each tall enough for its rows', () => {
    const { lanes, height } = layout([0, 800]);
    expect(lanes[0]!.y).to.equal(DEFAULT_METRICS.axisHeight);
    for (let index = 1; index < lanes.length; index++) expect(lanes[index]!.y).to.equal(lanes[index - 1]!.y + lanes[index - 1]!.height);
    expect(height).to.equal(lanes.at(-1)!.y + lanes.at(-1)!.height);
  });

  it('mirrors positions for a right-to-left range', () => {
    const ltr = layout([0, 800]).marks.find((mark) => mark.event.id === 'e1')!;
    const rtl = layout([800, 0]).marks.find((mark) => mark.event.id === 'e1')!;
    expect(rtl.x + rtl.width).to.be.closeTo(800 - ltr.x, 0.001);
  });
});
