import { expect } from '@open-wc/testing';
import { indexLanes } from '../../src/layout/event-index.js';
import { assignLanes } from '../../src/layout/lanes.js';
import { DEFAULT_METRICS, layoutWindow, measureLaneRows, type WindowLayout } from '../../src/layout/window-layout.js';
import { fitWindow, zoomAround, zoomLimits, type TimeWindow } from '../../src/layout/zoom.js';
import { validateDataset } from '../../src/model/validate.js';
import { syntheticDataset } from '../../bench/synthetic.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { referenceLayoutWindow } from './reference-layout.js';

const labels = { actor: (id: string) => id, place: (id: string) => id, type: (t: string) => t, none: 'All', unassigned: 'None' };
const DAY = 86_400_000;

function prepare(data: unknown) {
  const dataset = validateDataset(data).dataset!;
  const lanes = indexLanes(assignLanes(dataset.events, dataset, 'actor', labels));
  return { dataset, lanes, fit: fitWindow(dataset.extent), limits: zoomLimits(dataset.extent, false) };
}

function overlaps(a: { x: number; width: number; y: number; height: number }, b: { x: number; width: number; y: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutWindow', () => {
  const small = prepare(smallDataset);

  it('draws every event of a sparse dataset on its own: spans for days and intervals, points for times', () => {
    const { marks, clusters, shownCount } = layoutWindow(small.lanes, small.fit, 800);
    expect(clusters).to.have.length(0);
    expect(marks.map((mark) => mark.event.id).sort()).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(marks.find((mark) => mark.event.id === 'e5')!.shape).to.equal('point');
    expect(marks.find((mark) => mark.event.id === 'e2')!.shape).to.equal('span');
    expect(shownCount).to.equal(6);
  });

  it('draws a two-day interval twice as wide as a day', () => {
    const { marks } = layoutWindow(small.lanes, small.fit, 800);
    const day = marks.find((mark) => mark.event.id === 'e1')!.width;
    // Both are inset by 1 px on each side.
    expect((marks.find((mark) => mark.event.id === 'e2')!.width + 2) / (day + 2)).to.be.closeTo(2, 0.01);
  });

  it('leaves a visible gap between back-to-back days in one row', () => {
    const events = ['2024-12-01', '2024-12-02', '2024-12-03'].map((date, index) => ({ id: `d${index}`, date, title: 't', type: 'battle', actors: ['a'], sources: [{ name: 's', url: 'https://e.org' }] }));
    const { lanes, fit } = prepare({ version: 1, title: 't', actors: [{ id: 'a', name: 'A' }], events });
    const marks = [...layoutWindow(lanes, fit, 600).marks].sort((a, b) => a.x - b.x);
    expect(new Set(marks.map((mark) => mark.y)).size).to.equal(1);
    for (let index = 1; index < marks.length; index++) expect(marks[index]!.x - (marks[index - 1]!.x + marks[index - 1]!.width)).to.be.at.least(2);
  });

  it('shows only what is in the window', () => {
    const window = { start: Date.UTC(2024, 11, 5), end: Date.UTC(2024, 11, 7, 12) };
    const { marks, shownCount } = layoutWindow(small.lanes, window, 800);
    expect(marks.map((mark) => mark.event.id).sort()).to.deep.equal(['e4', 'e5']);
    expect(shownCount).to.equal(2);
  });

  it('mirrors positions for right to left', () => {
    const ltr = layoutWindow(small.lanes, small.fit, 800).marks.find((mark) => mark.event.id === 'e1')!;
    const rtl = layoutWindow(small.lanes, small.fit, 800, true).marks.find((mark) => mark.event.id === 'e1')!;
    expect(rtl.x + rtl.width).to.be.closeTo(800 - ltr.x, 0.001);
    expect(rtl.width).to.equal(ltr.width);
  });

  it('aggregates a dense burst into one cluster per lane and bin, and zooming in resolves it', () => {
    const events = Array.from({ length: 40 }, (_, index) => ({
      id: `b${index}`, date: '2024-12-06', title: `Burst ${index}`, type: 'battle', actors: ['rebels'], sources: [{ name: 's', url: 'https://example.org' }],
    }));
    const data = { ...smallDataset, events: [...smallDataset.events, ...events] };
    const { lanes, fit, limits } = prepare(data);
    const wide = layoutWindow(lanes, fit, 800);
    const burst = wide.clusters.find((cluster) => cluster.events.some((event) => event.id === 'b0'))!;
    expect(burst.events.length).to.be.at.least(40);
    expect(wide.marks.some((mark) => mark.event.id.startsWith('b'))).to.equal(false);
    // The same lane's other events still show on their own.
    expect(wide.marks.some((mark) => mark.event.id === 'e1')).to.equal(true);
    // 40 events on one day never fit six rows: at the deepest zoom they stay one cluster...
    const deep = layoutWindow(lanes, zoomAround(fit, 1e6, Date.UTC(2024, 11, 6, 12), limits), 800);
    expect(deep.clusters.length).to.be.at.least(1);
    // ...while a burst spread over days resolves into marks.
    const spread = events.slice(0, 12).map((event, index) => ({ ...event, date: `2024-12-${String(1 + (index % 6)).padStart(2, '0')}` }));
    const spreadData = prepare({ ...smallDataset, events: [...smallDataset.events, ...spread] });
    const narrow = layoutWindow(spreadData.lanes, spreadData.fit, 240);
    expect(narrow.clusters.length).to.be.at.least(1);
    const zoomed = layoutWindow(spreadData.lanes, { start: Date.UTC(2024, 10, 30), end: Date.UTC(2024, 11, 8) }, 1200);
    expect(zoomed.clusters).to.have.length(0);
    expect(zoomed.marks.filter((mark) => mark.event.id.startsWith('b'))).to.have.length(12);
  });

  it('never overlaps two shapes, and keeps small targets 24 px apart', () => {
    const { lanes, fit } = prepare(syntheticDataset(3000, 7));
    for (const width of [375, 1280]) {
      const { marks, clusters } = layoutWindow(lanes, fit, width);
      const shapes = [...marks, ...clusters];
      for (let a = 0; a < shapes.length; a++) {
        for (let b = a + 1; b < shapes.length; b++) {
          expect(overlaps(shapes[a]!, shapes[b]!), `width ${width}: shapes ${a} and ${b}`).to.equal(false);
        }
      }
      for (const mark of marks) {
        const centre = mark.shape === 'point' ? mark.x : mark.x + mark.width / 2;
        for (const other of marks) {
          if (other === mark || other.y !== mark.y) continue;
          const otherCentre = other.shape === 'point' ? other.x : other.x + other.width / 2;
          if (mark.width < 24 && other.width < 24) expect(Math.abs(centre - otherCentre)).to.be.at.least(24 - 1e-6);
        }
      }
    }
  });

  it('keeps the number of shapes bounded by the width, whatever the number of events', () => {
    const { lanes, fit } = prepare(syntheticDataset(20000, 3));
    const { marks, clusters, shownCount } = layoutWindow(lanes, fit, 1280);
    expect(shownCount).to.equal(20000);
    expect(marks.length + clusters.length).to.be.below(6 * (1280 / DEFAULT_METRICS.binWidth + 1) * 2);
    expect(clusters.reduce((sum, cluster) => sum + cluster.events.length, 0) + marks.length).to.equal(20000);
  });

  it('keeps every lane the same height at every zoom', () => {
    const { lanes, fit, limits } = prepare(syntheticDataset(2000, 5));
    const heights = layoutWindow(lanes, fit, 1000).lanes.map((lane) => lane.height);
    const zoomed = layoutWindow(lanes, zoomAround(fit, 20, fit.start + (fit.end - fit.start) / 3, limits), 1000).lanes.map((lane) => lane.height);
    expect(zoomed).to.deep.equal(heights);
  });

  it('keeps cluster keys stable while panning and zooming, so shapes are moved rather than replaced', () => {
    const { lanes, fit, limits } = prepare(syntheticDataset(5000, 9));
    const window = zoomAround(fit, 3, fit.start + (fit.end - fit.start) / 2, limits);
    const shifted = { start: window.start + DAY, end: window.end + DAY };
    const before = new Set(layoutWindow(lanes, window, 1000).clusters.map((cluster) => cluster.key));
    const after = layoutWindow(lanes, shifted, 1000).clusters.map((cluster) => cluster.key);
    expect(after.filter((key) => before.has(key)).length).to.be.above(after.length * 0.8);
    const zoomed = layoutWindow(lanes, zoomAround(window, 1.15, (window.start + window.end) / 2, limits), 1000).clusters.map((cluster) => cluster.key);
    expect(zoomed.filter((key) => before.has(key)).length).to.be.above(zoomed.length * 0.8);
  });
});

describe('layoutWindow against the plain algorithm', () => {
  /** A layout with events named by id, so that two layouts compare field by field. */
  const plain = (layout: WindowLayout) => ({
    ...layout,
    marks: layout.marks.map((mark) => ({ ...mark, event: mark.event.id })),
    clusters: layout.clusters.map((cluster) => ({ ...cluster, events: cluster.events.map((event) => event.id) })),
  });

  /** Seeded windows from the whole data down to a few hours, anywhere in (and around) the data. */
  function* windows(fit: TimeWindow, count: number, seed: number) {
    let state = seed;
    const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    yield fit;
    const span = fit.end - fit.start;
    for (let n = 0; n < count; n++) {
      const length = span * Math.pow(10, -4 * random());
      const start = fit.start - span * 0.1 + random() * span * 1.1;
      yield { start, end: start + length };
    }
  }

  const burst = (count: number, day: string) => Array.from({ length: count }, (_, index) => ({
    id: `b${day}-${index}`, date: index % 5 === 0 ? `${day}/2024-12-20` : day, title: 't', type: 'battle', actors: ['rebels'], sources: [{ name: 's', url: 'https://e.org' }],
  }));
  const cases = [
    ['the fixture', prepare(smallDataset)],
    ['1,500 synthetic events', prepare(syntheticDataset(1500, 7))],
    ['12,000 synthetic events', prepare(syntheticDataset(12000, 11))],
    ['bursts and long spans', prepare({ ...smallDataset, events: [...smallDataset.events, ...burst(60, '2024-12-03'), ...burst(25, '2024-12-07'), ...burst(9, '2024-11-29')] })],
  ] as const;

  for (const [name, { lanes, fit }] of cases) {
    it(`gives the same marks, clusters and lanes on ${name}, at any window, width and direction`, () => {
      let compared = 0;
      let clustered = 0;
      for (const window of windows(fit, 40, lanes.length * 7919 + lanes[0]!.events.length)) {
        for (const [width, rtl] of [[1280, false], [375, true], [90, false]] as const) {
          const rows = measureLaneRows(lanes, fit, width);
          for (const laneRows of [undefined, rows]) {
            const fast = layoutWindow(lanes, window, width, rtl, DEFAULT_METRICS, laneRows);
            const reference = referenceLayoutWindow(lanes, window, width, rtl, DEFAULT_METRICS, laneRows);
            expect(plain(fast)).to.deep.equal(plain(reference));
            compared++;
            clustered += fast.clusters.length;
          }
        }
      }
      expect(compared).to.equal(41 * 3 * 2);
      if (name !== 'the fixture') expect(clustered, 'clusters were compared too').to.be.above(0);
    });
  }
});

describe('measureLaneRows', () => {
  it('gives a lane the rows its marks need at this width, so the whole-data view has no single-event clusters', () => {
    const dates = ['2024-12-05/2024-12-06', '2024-12-07', '2024-12-08', '2024-12-09'];
    const events = dates.map((date, index) => ({ id: `h${index}`, date, title: 't', type: 'strategic', actors: ['a'], sources: [{ name: 's', url: 'https://e.org' }] }));
    const base = validateDataset({ version: 1, title: 't', actors: [{ id: 'a', name: 'A' }], events: [...events, { ...events[0]!, id: 'far', date: '2024-11-20' }, { ...events[0]!, id: 'far2', date: '2024-12-31' }] }).dataset!;
    const lanes = indexLanes(assignLanes(base.events, base, 'actor', labels));
    const fit = fitWindow(base.extent);
    expect(lanes[0]!.maxOverlap).to.equal(1);
    const rows = measureLaneRows(lanes, fit, 375);
    expect(rows[0]).to.be.above(1);
    const { clusters, marks } = layoutWindow(lanes, fit, 375, false, DEFAULT_METRICS, rows);
    expect(clusters.filter((cluster) => cluster.events.length === 1)).to.have.length(0);
    expect(marks.length).to.equal(6);
  });
});
