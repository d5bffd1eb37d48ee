import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SitrepTimeline } from '../../src/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const root = (el: SitrepTimeline) => el.shadowRoot!;
async function timeline(template = html`<div style="width: 800px"><sitrep-timeline .data=${smallDataset}></sitrep-timeline></div>`) {
  const wrapper = await fixture<HTMLDivElement>(template);
  const el = wrapper.querySelector('sitrep-timeline')!;
  await waitUntil(() => root(el).querySelector('[part~="mark"]'), 'drawn');
  return el;
}

describe('<sitrep-timeline> overview strip', () => {
  it('shows the whole period and the visible window as a brush', async () => {
    const el = await timeline();
    const overview = root(el).querySelector('[part~="overview"]')!;
    expect(overview.querySelector('.density')!.getAttribute('d')).to.match(/^M/);
    const brush = overview.querySelector<SVGRectElement>('.brush')!;
    expect(Number(brush.getAttribute('width'))).to.be.closeTo(800, 1);
    el.zoomTo('2024-12-01', '2024-12-04');
    await el.updateComplete;
    expect(Number(brush.getAttribute('width'))).to.be.below(300);
    expect(brush.getAttribute('aria-valuetext')).to.match(/December 1 – 4, 2024/);
  });

  it('pans when the brush is dragged, and fires sitrep-range-change', async () => {
    const el = await timeline();
    el.zoomTo('2024-11-27', '2024-12-01');
    await el.updateComplete;
    const svg = root(el).querySelector<SVGSVGElement>('.overview svg')!;
    const brush = root(el).querySelector<SVGRectElement>('.brush')!.getBoundingClientRect();
    const start = el.visibleRange!.start.getTime();
    const at = (x: number) => ({ clientX: x, clientY: brush.top + 10, pointerId: 7, button: 0, bubbles: true, composed: true });
    const change = oneEvent(el, 'sitrep-range-change');
    root(el).querySelector('.brush')!.dispatchEvent(new PointerEvent('pointerdown', at(brush.left + brush.width / 2)));
    svg.dispatchEvent(new PointerEvent('pointermove', at(brush.left + brush.width / 2 + 200)));
    svg.dispatchEvent(new PointerEvent('pointerup', at(brush.left + brush.width / 2 + 200)));
    await change;
    await el.updateComplete;
    expect(el.visibleRange!.start.getTime()).to.be.above(start);
  });

  it('resizes the window from its edge handles', async () => {
    const el = await timeline();
    el.zoomTo('2024-12-01', '2024-12-05');
    await el.updateComplete;
    const svg = root(el).querySelector<SVGSVGElement>('.overview svg')!;
    const handle = root(el).querySelector<SVGRectElement>('[data-handle="right"]')!;
    const box = handle.getBoundingClientRect();
    const end = el.visibleRange!.end.getTime();
    const at = (x: number) => ({ clientX: x, clientY: box.top + 5, pointerId: 8, button: 0, bubbles: true, composed: true });
    handle.dispatchEvent(new PointerEvent('pointerdown', at(box.left + 4)));
    svg.dispatchEvent(new PointerEvent('pointermove', at(box.left + 104)));
    svg.dispatchEvent(new PointerEvent('pointerup', at(box.left + 104)));
    await el.updateComplete;
    expect(el.visibleRange!.end.getTime()).to.be.above(end);
    expect(el.visibleRange!.start.getTime()).to.equal(Date.UTC(2024, 11, 1));
  });

  it('gives each edge handle a target 24 px wide, though it is drawn 8 px wide', async () => {
    const el = await timeline();
    el.zoomTo('2024-12-01', '2024-12-05');
    await el.updateComplete;
    for (const side of ['left', 'right']) {
      const handle = root(el).querySelector<SVGRectElement>(`[data-handle="${side}"]`)!;
      const box = handle.getBoundingClientRect();
      const middle = box.left + box.width / 2;
      const hits = [-11, -6, 0, 6, 11].map((dx) => root(el).elementFromPoint(middle + dx, box.top + box.height / 2) === handle);
      expect([box.width, hits], side).to.deep.equal([8, [true, true, true, true, true]]);
    }
  });

  it('jumps to where the strip is pressed outside the window', async () => {
    const el = await timeline();
    el.zoomTo('2024-11-27', '2024-11-29');
    await el.updateComplete;
    const svg = root(el).querySelector<SVGSVGElement>('.overview svg')!;
    const box = svg.getBoundingClientRect();
    svg.querySelector('.density')!.dispatchEvent(new PointerEvent('pointerdown', { clientX: box.right - 20, clientY: box.top + 10, pointerId: 9, button: 0, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.visibleRange!.end.getTime()).to.be.above(Date.UTC(2024, 11, 7));
  });

  it('moves the window from the keyboard: arrows follow the screen, Home and End go to the ends', async () => {
    const el = await timeline();
    el.zoomTo('2024-12-01', '2024-12-03');
    await el.updateComplete;
    const brush = root(el).querySelector<SVGRectElement>('.brush')!;
    brush.focus();
    const start = el.visibleRange!.start.getTime();
    brush.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.visibleRange!.start.getTime()).to.be.above(start);
    brush.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.visibleRange!.start.getTime()).to.be.below(Date.UTC(2024, 10, 27));
    expect(brush.getAttribute('role')).to.equal('slider');
  });

  it('is hidden by no-overview', async () => {
    const el = await timeline(html`<div style="width: 800px"><sitrep-timeline no-overview .data=${smallDataset}></sitrep-timeline></div>`);
    expect(root(el).querySelector('[part~="overview"]')).to.equal(null);
  });
});
