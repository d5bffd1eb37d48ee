import { expect } from '@open-wc/testing';
import * as real from 'd3-interpolate';
import { utcFormat as realUtcFormat } from 'd3-time-format';
import { interpolate, interpolateNumber, interpolateRound, piecewise } from '../../src/bundle/interpolate.js';
import { utcFormat } from '../../src/bundle/time-format.js';

/** The bundle's stand-ins must agree with d3 on everything d3-scale asks of them for a time scale. */
describe('bundle stand-ins for d3-interpolate and d3-time-format', () => {
  it('interpolate numbers and dates (as instants) exactly like d3-interpolate', () => {
    const pairs: [number, number][] = [
      [0, 1200],
      [1200, 0],
      [-35.5, 812.25],
    ];
    for (const [a, b] of pairs) {
      for (const t of [0, 0.25, 0.5, 0.999, 1]) {
        expect(interpolateNumber(a, b)(t)).to.equal(real.interpolateNumber(a, b)(t));
        expect(interpolateRound(a, b)(t)).to.equal(real.interpolateRound(a, b)(t));
        expect(interpolate(a, b)(t)).to.equal(real.interpolate(a, b)(t));
      }
    }
    const [from, to] = [new Date(Date.UTC(2024, 10, 27)), new Date(Date.UTC(2024, 11, 22))];
    expect(interpolateNumber(from, to)(0.5)).to.equal(real.interpolateNumber(+from, +to)(0.5));
  });

  it('interpolate piecewise like d3-interpolate', () => {
    const values = [0, 10, 40, 100];
    for (const t of [0, 0.2, 0.5, 0.8, 1]) expect(piecewise(values as unknown as unknown[])(t)).to.be.closeTo(real.piecewise(values)(t), 1e-9);
  });

  it('format the directives of a time scale\'s ticks exactly like d3-time-format', () => {
    const specifiers = ['.%L', ':%S', '%I:%M', '%I %p', '%a %d', '%b %d', '%B', '%Y', '%Y-%m-%d %H:%M:%S', '%e %A %y %%'];
    const dates = [Date.UTC(2024, 11, 6, 4, 30, 15, 250), Date.UTC(2024, 0, 1), Date.UTC(2023, 1, 28, 23, 59, 59, 999), Date.UTC(2024, 6, 4, 12)];
    for (const specifier of specifiers) {
      for (const date of dates) expect(utcFormat(specifier)(new Date(date)), specifier).to.equal(realUtcFormat(specifier)(new Date(date)));
    }
  });
});
