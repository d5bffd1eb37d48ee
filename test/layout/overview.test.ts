import { expect } from '@open-wc/testing';
import { densityPath, windowExtent } from '../../src/layout/overview.js';

const whole = { start: 0, end: 1000 };

describe('overview', () => {
  it('densityPath draws one bar per bin that has events, the busiest full height', () => {
    const path = densityPath(Float64Array.from([10, 12, 14, 500]), whole, 100, 20, false, 10);
    const bars = path.match(/M/g)!.length;
    expect(bars).to.equal(2);
    expect(path).to.contain('M0.0 20v-20.0');
    // One event next to a burst of three stays visible (square-root heights).
    expect(path).to.match(/M50\.0 20v-11\.5/);
  });

  it('mirrors bars and windows in right to left', () => {
    expect(densityPath(Float64Array.from([10]), whole, 100, 20, true, 10)).to.contain('M90.0 20');
    expect(windowExtent({ start: 100, end: 300 }, whole, 100)).to.deep.equal({ x: 10, width: 20 });
    expect(windowExtent({ start: 100, end: 300 }, whole, 100, true)).to.deep.equal({ x: 70, width: 20 });
  });

  it('is empty without events', () => {
    expect(densityPath(new Float64Array(0), whole, 100, 20)).to.equal('');
  });
});
