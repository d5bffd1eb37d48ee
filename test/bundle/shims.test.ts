import { expect } from '@open-wc/testing';
import * as real from 'd3-scale';
import { utcDay, utcHour, utcMonth } from 'd3-time';
import { scaleLinear, scaleUtc } from '../../src/bundle/scale.js';

const DAY = 86_400_000;
const start = Date.UTC(2024, 10, 27);

/** The bundle's stand-in for d3-scale must agree with d3 on everything Sitrep asks of its scales. */
describe('bundle stand-in for d3-scale', () => {
  it('scaleUtc maps instants to the same pixels as d3, in both directions and with reversed ranges', () => {
    const domains: [number, number][] = [
      [start, start + 25 * DAY],
      [start + 0.3 * DAY, start + 0.9 * DAY],
      [Date.UTC(1990, 0, 1), Date.UTC(2030, 6, 1)],
      [start + 5 * DAY, start],
    ];
    for (const [d0, d1] of domains) {
      for (const range of [[0, 1200], [1200, 0], [-35.5, 812.25]] as [number, number][]) {
        const ours = scaleUtc().domain([new Date(d0), new Date(d1)]).range(range);
        const theirs = real.scaleUtc().domain([new Date(d0), new Date(d1)]).range(range);
        for (const t of [-0.5, 0, 0.25, 0.5, 0.999, 1, 1.7]) {
          const instant = new Date(d0 + (d1 - d0) * t);
          expect(ours(instant)).to.equal(theirs(instant));
          expect(ours.invert(range[0] + (range[1] - range[0]) * t).getTime()).to.equal(theirs.invert(range[0] + (range[1] - range[0]) * t).getTime());
        }
        expect(ours.domain().map(Number)).to.deep.equal(theirs.domain().map(Number));
        expect(ours.range()).to.deep.equal(theirs.range());
        expect(ours.copy()(new Date(d1))).to.equal(theirs.copy()(new Date(d1)));
      }
    }
  });

  it('scaleUtc has the same ticks as d3 for counts and for intervals', () => {
    for (const days of [0.01, 0.2, 1, 3, 12, 25, 70, 400, 3000, 40000]) {
      for (const offset of [0, 0.37 * DAY]) {
        const domain = [new Date(start + offset), new Date(start + offset + days * DAY)];
        const ours = scaleUtc().domain(domain).range([0, 900]);
        const theirs = real.scaleUtc().domain(domain).range([0, 900]);
        for (const count of [undefined, 2, 5, 12, 30]) expect(ours.ticks(count).map(Number), `${days} days, ${count}`).to.deep.equal(theirs.ticks(count).map(Number));
        for (const interval of [utcDay.every(2)!, utcHour.every(6)!, utcMonth]) {
          expect(ours.ticks(interval).map(Number)).to.deep.equal(theirs.ticks(interval).map(Number));
        }
      }
    }
  });

  it('scaleUtc defaults to d3\'s domain and range, and maps a degenerate domain to the middle of the range', () => {
    expect(scaleUtc().domain().map(Number)).to.deep.equal(real.scaleUtc().domain().map(Number));
    expect(scaleUtc().range()).to.deep.equal(real.scaleUtc().range());
    const point = [new Date(start), new Date(start)];
    expect(scaleUtc().domain(point).range([0, 500])(new Date(start + DAY))).to.equal(real.scaleUtc().domain(point).range([0, 500])(new Date(start + DAY)));
  });

  it('scaleLinear maps numbers like d3, and invalid input to undefined', () => {
    for (const [domain, range] of [
      [[0, 12], [0, 240]],
      [[0, 12], [240, 0]],
      [[0, 1], [36, 2]],
      [[5, -3], [10, 20]],
    ] as [number, number][][]) {
      const ours = scaleLinear().domain(domain!).range(range!);
      const theirs = real.scaleLinear().domain(domain!).range(range!);
      for (const x of [-2, 0, 0.5, 3, 7.25, 12, 20]) expect(ours(x)).to.equal(theirs(x));
      expect(ours.invert(100)).to.equal(theirs.invert(100));
    }
    expect(scaleLinear()(Number.NaN)).to.equal(real.scaleLinear()(Number.NaN));
    expect(scaleLinear()(null)).to.equal(undefined);
  });
});
