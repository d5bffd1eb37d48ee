import { expect } from '@open-wc/testing';
import { createTimeScale } from '../../src/layout/time-scale.js';

const DAY = 86_400_000;
const extent = { min: Date.UTC(2024, 10, 27), max: Date.UTC(2024, 11, 22) };

describe('createTimeScale', () => {
  it('createTimeScale(extent, [0, 800]) spans the extent with padding and maps time left to right', () => {
    const x = createTimeScale(extent, [0, 800]);
    const [start, end] = x.domain().map((date) => date.getTime()) as [number, number];
    expect(start).to.be.below(extent.min);
    expect(end).to.be.above(extent.max);
    expect(x(extent.min)).to.be.within(1, 100);
    expect(x(extent.max)).to.be.within(700, 799);
  });

  it('a reversed range runs time right to left', () => {
    const x = createTimeScale(extent, [800, 0]);
    expect(x(extent.min)).to.be.above(x(extent.max));
  });

  it('pads a single day so it never collapses to a point', () => {
    const x = createTimeScale({ min: extent.min, max: extent.min + DAY }, [0, 600]);
    const [start, end] = x.domain().map((date) => date.getTime()) as [number, number];
    expect(end - start).to.be.at.least(2 * DAY);
  });

  it('gives a usable scale with no events', () => {
    const x = createTimeScale(null, [0, 600]);
    expect(x.domain().every((date) => Number.isFinite(date.getTime()))).to.equal(true);
  });
});
