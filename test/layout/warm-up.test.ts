import { expect } from '@open-wc/testing';
import { warmUpFormats } from '../../src/layout/warm-up.js';
import { createTicks } from '../../src/layout/ticks.js';
import { createTimeScale } from '../../src/layout/time-scale.js';

describe('warmUpFormats', () => {
  it('never throws, even for a language tag Intl refuses', () => {
    expect(() => new Intl.DateTimeFormat('not a tag!')).to.throw(RangeError);
    expect(() => warmUpFormats('not a tag!')).not.to.throw();
  });

  it('leaves the axis labels as they were (it only creates formatters ahead of time)', () => {
    const x = createTimeScale({ min: Date.UTC(2024, 10, 27), max: Date.UTC(2024, 11, 22) }, [0, 900]);
    const cold = createTicks(x, 900, 'fr', 'UTC', 72, 'day');
    warmUpFormats('fr');
    const warm = createTicks(x, 900, 'fr', 'UTC', 72, 'day');
    expect(warm).to.deep.equal(cold);
    expect(warm.major.map((tick) => tick.label)).to.deep.equal(['novembre 2024', 'décembre 2024']);
  });
});
