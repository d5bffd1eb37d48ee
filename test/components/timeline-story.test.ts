import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SitrepTimeline } from '../../src/index.js';
import type { SitrepSelectEvent } from '../../src/events/events.js';
import { clearDatasetCache } from '../../src/model/load.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const root = (el: SitrepTimeline) => el.shadowRoot!;
async function timeline(attributes: Record<string, string> = {}, data: unknown | null = smallDataset) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  const el = document.createElement('sitrep-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (data !== null) el.data = data;
  wrapper.append(el);
  await waitUntil(() => root(el).querySelector('[part~="mark"], .empty, [part~="error"]'), 'drawn', { timeout: 5000 });
  await el.updateComplete;
  return el;
}
const storyButton = (el: SitrepTimeline, label: string) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="story"] button')].find((b) => b.textContent!.includes(label))!;

describe('<sitrep-timeline> story mode, permalinks and states', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('starts story mode on the first event and steps with previous and next, firing sitrep-select', async () => {
    const el = await timeline({ story: '' });
    expect(el.selected).to.equal('e1');
    expect(root(el).querySelector('[part~="story"] .position')!.textContent).to.equal('1 of 6');
    expect(storyButton(el, 'Previous').disabled).to.equal(true);
    setTimeout(() => storyButton(el, 'Next').click());
    const chosen = (await oneEvent(el, 'sitrep-select')) as SitrepSelectEvent;
    expect(chosen.detail.event!.id).to.equal('e2');
    await el.updateComplete;
    expect(root(el).querySelector('[part~="detail"] h3')!.textContent).to.equal('City entered');
    expect(root(el).querySelector('[part~="story"] .position')!.textContent).to.equal('2 of 6');
  });

  it('next() and previous() move the selection from code, and the view follows', async () => {
    const el = await timeline();
    el.zoomTo('2024-11-26', '2024-11-29');
    await el.updateComplete;
    let fired = 0;
    el.addEventListener('sitrep-select', () => fired++);
    for (let i = 0; i < 6; i++) el.next();
    await el.updateComplete;
    expect(el.selected).to.equal('e6');
    expect(el.visibleRange!.end.getTime()).to.be.above(Date.UTC(2024, 11, 8));
    el.previous();
    await el.updateComplete;
    expect([el.selected, fired]).to.deep.equal(['e5', 0]);
  });

  it('with link-hash, writes the selection to the hash and starts on the event the hash names', async () => {
    const el = await timeline({ 'link-hash': '' });
    root(el).querySelector<SVGElement>('[data-event-id="e3"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(location.hash).to.equal('#sitrep-e3');
    const historyLength = history.length;
    root(el).querySelector<SVGElement>('[data-event-id="e4"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect([location.hash, history.length]).to.deep.equal(['#sitrep-e4', historyLength]);

    history.replaceState(null, '', '#sitrep-e5');
    const opened = await timeline({ 'link-hash': '' });
    expect(opened.selected).to.equal('e5');
    expect(root(opened).querySelector('[part~="detail"] h3')!.textContent).to.equal('Ally denies');
  });

  it('with link-hash, the hash follows every change of the selection, from code too, and leaves a page\'s own hash until then', async () => {
    history.replaceState(null, '', '#top');
    const el = await timeline({ 'link-hash': '' });
    expect(location.hash).to.equal('#top');
    el.select('e2');
    await el.updateComplete;
    expect(location.hash).to.equal('#sitrep-e2');
    el.next();
    await el.updateComplete;
    expect(location.hash).to.equal('#sitrep-e3');
    el.setAttribute('selected', 'e5');
    await el.updateComplete;
    expect(location.hash).to.equal('#sitrep-e5');
    el.select(null);
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });

  it('keeps the window of start and end: a story begins at its first event there, a selected event elsewhere stays selected; a link moves it', async () => {
    const story = await timeline({ story: '', start: '2024-12-05', end: '2024-12-07' });
    expect(story.selected).to.equal('e4');
    expect(story.visibleRange!.start.toISOString().slice(0, 10)).to.equal('2024-12-05');
    const selected = await timeline({ selected: 'e1', start: '2024-12-05', end: '2024-12-07' });
    expect(selected.selected).to.equal('e1');
    expect(selected.visibleRange!.start.toISOString().slice(0, 10)).to.equal('2024-12-05');
    history.replaceState(null, '', '#sitrep-e1');
    const linked = await timeline({ 'link-hash': '', start: '2024-12-05', end: '2024-12-07' });
    expect(linked.selected).to.equal('e1');
    expect(linked.visibleRange!.start.getTime()).to.be.below(Date.UTC(2024, 10, 27));
  });

  it('with link-hash, follows the hash when it changes (back, forward, links)', async () => {
    const el = await timeline({ 'link-hash': '' });
    location.hash = '#sitrep-e2';
    await waitUntil(() => el.selected === 'e2', 'followed the hash');
    location.hash = '#sitrep-nothing-like-this';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.selected).to.equal('e2');
  });

  it('with link-hash, a link to an event lands the reader on it, as a link to an element does', async () => {
    history.replaceState(null, '', '#sitrep-e5');
    const page = await fixture<HTMLDivElement>(html`<div><div style="height: 3000px"></div><div style="width: 800px"><sitrep-timeline link-hash .data=${smallDataset}></sitrep-timeline></div><div style="height: 3000px"></div></div>`);
    const el = page.querySelector('sitrep-timeline')!;
    await waitUntil(() => el.selected === 'e5' && root(el).querySelector('[part~="mark"]'), 'drawn');
    await el.updateComplete;
    const mark = root(el).querySelector('[part~="mark"][data-event-id="e5"]')!.getBoundingClientRect();
    expect(mark.top).to.be.within(0, innerHeight - mark.height);
    window.scrollTo(0, 0);
    location.hash = '#sitrep-e2';
    await waitUntil(() => el.selected === 'e2', 'followed the hash');
    await el.updateComplete;
    expect(root(el).querySelector('[part~="mark"][data-event-id="e2"]')!.getBoundingClientRect().top).to.be.within(0, innerHeight);
    window.scrollTo(0, 0);
  });

  it('ignores the hash without link-hash', async () => {
    history.replaceState(null, '', '#sitrep-e5');
    const el = await timeline();
    expect(el.selected).to.equal(undefined);
  });

  it('says when a dataset has no events', async () => {
    const el = await timeline({}, { version: 1, title: 'Nothing yet', events: [] });
    expect(root(el).querySelector('.empty')!.textContent).to.contain('There are no events to show.');
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
  });

  it('names the kind of error and offers to try again for network, HTTP and timeout errors', async () => {
    clearDatasetCache();
    const realFetch = window.fetch;
    let calls = 0;
    // The first request and its two automatic retries fail with 503; the reader's retry reaches the real file.
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      return calls <= 3
        ? Promise.resolve(new Response('busy', { status: 503, statusText: 'Service Unavailable', headers: { 'Retry-After': '0' } }))
        : realFetch(input, init);
    }) as typeof fetch;
    try {
      const el = await timeline({ src: '/data/syria-2024.json' }, null);
      const error = root(el).querySelector('[part~="error"]')!;
      expect(error.querySelector('.kind')!.textContent).to.equal('The server did not send the data.');
      expect(error.textContent).to.contain('503');
      expect(error.textContent).to.contain('after 3 tries');
      const retry = error.querySelector('button')!;
      expect(retry.textContent).to.equal('Try again');
      retry.click();
      await waitUntil(() => root(el).querySelector('[part~="mark"], [part~="cluster"]'), 'loaded on retry', { timeout: 5000 });
      expect(calls).to.equal(4);
      expect(root(el).querySelector('[part~="error"]')).to.equal(null);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('offers no retry for data that cannot be shown', async () => {
    const el = await timeline({}, { version: 1, title: 'Bad', events: [{ id: 'x' }] });
    expect(root(el).querySelector('[part~="error"] .kind')!.textContent).to.equal('The data file has no events that can be shown.');
    expect(root(el).querySelector('[part~="error"] button')).to.equal(null);
  });
});

describe('<sitrep-timeline> print', () => {
  it('opens the list for printing and hides the controls', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><sitrep-timeline .data=${smallDataset}></sitrep-timeline></div>`);
    const el = wrapper.querySelector('sitrep-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="mark"]'), 'drawn');
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.shadowRoot!.querySelector('details.list')!.hasAttribute('open')).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('details.list')!.hasAttribute('open')).to.equal(false);
  });
});
