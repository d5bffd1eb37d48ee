import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SitrepTimeline } from '../../src/index.js';

const root = (el: SitrepTimeline) => el.shadowRoot!;
const source = [{ name: 's', url: 'https://example.org' }];

describe('<sitrep-timeline> every precision, and a clean console', () => {
  it('draws years, months, days and intervals as spans over their period, and times as points', async () => {
    const data = {
      version: 1,
      title: 'Precisions',
      actors: ['y', 'm', 'd', 'i', 't'].map((id) => ({ id, name: id })),
      events: [
        { id: 'year', date: '2023', title: 'A year', type: 'strategic', actors: ['y'], sources: source },
        { id: 'month', date: '2023-06', title: 'A month', type: 'strategic', actors: ['m'], sources: source },
        { id: 'day', date: '2023-06-10', title: 'A day', type: 'strategic', actors: ['d'], sources: source },
        { id: 'interval', date: '2023-03-01/2023-03-31', title: 'An interval', type: 'strategic', actors: ['i'], sources: source },
        { id: 'time', date: '2023-06-10T12:00Z', title: 'A time', type: 'strategic', actors: ['t'], sources: source },
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><sitrep-timeline .data=${data}></sitrep-timeline></div>`);
    const el = wrapper.querySelector('sitrep-timeline')!;
    await waitUntil(() => root(el).querySelectorAll('[part~="mark"]').length === 5, 'five marks');
    const width = (id: string) => Number(root(el).querySelector(`[data-event-id="${id}"]`)!.getAttribute('width')) + 2;
    expect(root(el).querySelector('[data-event-id="time"]')!.localName).to.equal('circle');
    expect(width('year') / width('month')).to.be.closeTo(365 / 30, 0.6);
    expect(width('interval') / width('month')).to.be.closeTo(31 / 30, 0.05);
    // Zoomed out, a day is drawn at the 6 px minimum so it stays visible...
    expect(Number(root(el).querySelector('[data-event-id="day"]')!.getAttribute('width'))).to.equal(6);
    // ...and zoomed into its month it takes its true share.
    el.zoomTo('2023-06-01', '2023-06-30');
    await el.updateComplete;
    expect(width('month') / width('day')).to.be.closeTo(30, 1.5);
  });

  it('logs no error and no Lit warning through loading, selecting, zooming, filtering and resizing', async () => {
    const messages: string[] = [];
    const original = { error: console.error, warn: console.warn };
    console.error = (...args: unknown[]) => messages.push(`error: ${args.join(' ')}`);
    console.warn = (...args: unknown[]) => messages.push(`warn: ${args.join(' ')}`);
    const uncaught = (event: ErrorEvent) => messages.push(`uncaught: ${event.message}`);
    window.addEventListener('error', uncaught);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><sitrep-timeline src="/data/syria-2024.json" link-hash></sitrep-timeline></div>`);
      const el = wrapper.querySelector('sitrep-timeline')!;
      await waitUntil(() => root(el).querySelector('[part~="mark"]'), 'drawn', { timeout: 5000 });
      root(el).querySelector<SVGElement>('[part~="mark"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      el.zoomTo('2024-12-05', '2024-12-09');
      await el.updateComplete;
      el.query = 'iran';
      el.groupBy = 'type';
      await el.updateComplete;
      wrapper.style.width = '360px';
      await waitUntil(() => root(el).querySelector('.vertical'), 'vertical');
      el.story = true;
      el.next();
      await el.updateComplete;
      wrapper.style.width = '1200px';
      await waitUntil(() => root(el).querySelector('.plot'), 'lanes again');
      await new Promise((resolve) => setTimeout(resolve, 100));
      history.replaceState(null, '', location.pathname);
    } finally {
      console.error = original.error;
      console.warn = original.warn;
      window.removeEventListener('error', uncaught);
    }
    expect(messages).to.deep.equal([]);
  });
});
