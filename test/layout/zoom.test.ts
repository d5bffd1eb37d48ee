import { expect } from '@open-wc/testing';
import { clampWindow, fitWindow, panBy, revealInstant, zoomAround, zoomLimits } from '../../src/layout/zoom.js';

const DAY = 86_400_000;
const extent = { min: Date.UTC(2024, 10, 27), max: Date.UTC(2024, 11, 22) };
const limits = zoomLimits(extent, false);
const fit = fitWindow(extent);

describe('zoom math', () => {
  it('fitWindow(extent) pads the extent by 3% (at least half a day)', () => {
    expect(fit.start).to.be.below(extent.min);
    expect(fit.end).to.be.above(extent.max);
    expect(fitWindow({ min: extent.min, max: extent.min + DAY }).end - fitWindow({ min: extent.min, max: extent.min + DAY }).start).to.equal(2 * DAY);
  });

  it('zoomAround(window, 2, anchor) halves the span and keeps the anchor in place', () => {
    const anchor = extent.min + 10 * DAY;
    const ratio = (anchor - fit.start) / (fit.end - fit.start);
    const zoomed = zoomAround(fit, 2, anchor, limits);
    expect(zoomed.end - zoomed.start).to.be.closeTo((fit.end - fit.start) / 2, 1);
    expect((anchor - zoomed.start) / (zoomed.end - zoomed.start)).to.be.closeTo(ratio, 1e-9);
  });

  it('never zooms in below two days, or two hours when the data has times', () => {
    const deep = zoomAround(fit, 1e6, extent.min + DAY, limits);
    expect(deep.end - deep.start).to.equal(2 * DAY);
    const timed = zoomLimits(extent, true);
    const deepTimed = zoomAround(fit, 1e6, extent.min + DAY, timed);
    expect(deepTimed.end - deepTimed.start).to.equal(2 * 3_600_000);
  });

  it('never zooms out or pans beyond the data', () => {
    const out = zoomAround(fit, 0.01, extent.min, limits);
    expect([out.start, out.end]).to.deep.equal([limits.min, limits.max]);
    const zoomed = zoomAround(fit, 4, extent.min + 12 * DAY, limits);
    const far = panBy(zoomed, 365 * DAY, limits);
    expect(far.end).to.equal(limits.max);
    expect(far.end - far.start).to.be.closeTo(zoomed.end - zoomed.start, 1);
    expect(panBy(zoomed, -365 * DAY, limits).start).to.equal(limits.min);
  });

  it('clampWindow keeps the span and moves the window inside', () => {
    const window = clampWindow({ start: limits.max - DAY, end: limits.max + 3 * DAY }, limits);
    expect([window.end, window.end - window.start]).to.deep.equal([limits.max, 4 * DAY]);
  });

  it('revealInstant pans only when the instant is outside the window', () => {
    const zoomed = zoomAround(fit, 4, extent.min + 5 * DAY, limits);
    expect(revealInstant(zoomed, (zoomed.start + zoomed.end) / 2, limits)).to.equal(zoomed);
    const moved = revealInstant(zoomed, extent.max, limits);
    expect(moved.start).to.be.above(zoomed.start);
    expect(moved.end - moved.start).to.be.closeTo(zoomed.end - zoomed.start, 1);
  });
});
