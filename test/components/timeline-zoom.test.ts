import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SitrepTimeline } from '../../src/index.js';
import type { SitrepRangeChangeEvent, SitrepSelectEvent } from '../../src/events/events.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const root = (el: SitrepTimeline) => el.shadowRoot!;
const span = (el: SitrepTimeline) => el.visibleRange!.end.getTime() - el.visibleRange!.start.getTime();
const button = (el: SitrepTimeline, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part~="controls"] button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === label)!;
async function ready(el: SitrepTimeline) {
  await waitUntil(() => root(el).querySelector('[part~="mark"], [part~="cluster"]'), 'drawn', { timeout: 5000 });
  await el.updateComplete;
}
async function timeline(data: unknown = smallDataset, attributes: Record<string, string> = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  const el = document.createElement('sitrep-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  wrapper.append(el);
  await ready(el);
  return el;
}
function burst(count: number, date = '2024-12-03') {
  return {
    ...smallDataset,
    events: [
      ...smallDataset.events,
      ...Array.from({ length: count }, (_, index) => ({
        id: `b${index}`, date, title: `Burst ${index}`, type: 'battle', actors: ['rebels'], sources: [{ name: 's', url: 'https://example.org' }],
      })),
    ],
  };
}
/** A 320 px horizontal timeline with ten events spread over five days: clusters there, marks once zoomed into those days. */
async function narrowSpread() {
  const spread = {
    ...smallDataset,
    events: [
      ...smallDataset.events,
      ...Array.from({ length: 10 }, (_, index) => ({
        id: `s${index}`, date: `2024-12-0${index % 5 + 1}`, title: `Spread ${index}`, type: 'battle', actors: ['rebels'], sources: [{ name: 's', url: 'https://e.org' }],
      })),
    ],
  };
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><sitrep-timeline layout="horizontal" .data=${spread}></sitrep-timeline></div>`);
  const el = wrapper.querySelector('sitrep-timeline')!;
  await ready(el);
  return el;
}
function press(el: SitrepTimeline, key: string, options: KeyboardEventInit = {}) {
  const target = root(el).activeElement as HTMLElement;
  if (!target) throw new Error(`focus left the timeline before "${key}"`);
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...options }));
  return el.updateComplete;
}
const focusedKey = (el: SitrepTimeline) => root(el).activeElement?.getAttribute('data-key');

describe('<sitrep-timeline> zoom, pan and keyboard', () => {
  it('zooms in and out with the buttons, within the limits, and fires sitrep-range-change', async () => {
    const el = await timeline();
    const full = span(el);
    expect(button(el, 'Zoom out').disabled).to.equal(true);
    setTimeout(() => button(el, 'Zoom in').click());
    const change = (await oneEvent(el, 'sitrep-range-change')) as SitrepRangeChangeEvent;
    await el.updateComplete;
    expect(span(el)).to.be.closeTo(full / 2, 1000);
    expect(change.detail.end.getTime() - change.detail.start.getTime()).to.be.closeTo(full / 2, 1000);
    for (let i = 0; i < 20; i++) button(el, 'Zoom in').click();
    await el.updateComplete;
    // The fixture has a timed event, so the deepest zoom is two hours (two days without times).
    expect(span(el)).to.equal(2 * 3_600_000);
    expect(button(el, 'Zoom in').disabled).to.equal(true);
    button(el, 'Show all').click();
    await el.updateComplete;
    expect(span(el)).to.equal(full);
  });

  it('changes the range from code without firing sitrep-range-change', async () => {
    const el = await timeline();
    let fired = 0;
    el.addEventListener('sitrep-range-change', () => fired++);
    el.zoomTo('2024-12-01', '2024-12-05');
    await el.updateComplete;
    expect(el.visibleRange!.start.getTime()).to.equal(Date.UTC(2024, 11, 1));
    expect(el.visibleRange!.end.getTime()).to.equal(Date.UTC(2024, 11, 6));
    el.zoomTo(new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2030, 0, 1)));
    await el.updateComplete;
    expect(el.visibleRange!.start.getTime()).to.be.at.least(Date.UTC(2024, 10, 26));
    el.fit();
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('starts on the window of start and end', async () => {
    const el = await timeline(smallDataset, { start: '2024-12-05', end: '2024-12-08' });
    expect([el.visibleRange!.start.getTime(), el.visibleRange!.end.getTime()]).to.deep.equal([Date.UTC(2024, 11, 5), Date.UTC(2024, 11, 9)]);
    expect(root(el).querySelector('[data-event-id="e1"]')).to.equal(null);
    expect(root(el).querySelector('[data-event-id="e4"]')).not.to.equal(null);
  });

  it('pans by dragging, and a drag does not select', async () => {
    const el = await timeline();
    el.zoomTo('2024-12-01', '2024-12-04');
    await el.updateComplete;
    const before = el.visibleRange!.start.getTime();
    const plot = root(el).querySelector<HTMLElement>('.plot')!;
    const box = plot.getBoundingClientRect();
    let selected = 0;
    el.addEventListener('sitrep-select', () => selected++);
    const at = (x: number) => ({ clientX: box.left + x, clientY: box.top + 80, pointerId: 1, button: 0, bubbles: true, composed: true });
    plot.dispatchEvent(new PointerEvent('pointerdown', at(400)));
    plot.dispatchEvent(new PointerEvent('pointermove', at(300)));
    plot.dispatchEvent(new PointerEvent('pointermove', at(200)));
    plot.dispatchEvent(new PointerEvent('pointerup', at(200)));
    plot.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    // Content dragged left by 200 px shows later times.
    expect(el.visibleRange!.start.getTime()).to.be.above(before);
    expect(selected).to.equal(0);
  });

  it('zooms with Ctrl + wheel and pans with a horizontal wheel, but leaves a plain wheel to the page', async () => {
    const el = await timeline();
    const plot = root(el).querySelector<HTMLElement>('.plot')!;
    const full = span(el);
    const plain = new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true, composed: true });
    plot.dispatchEvent(plain);
    await el.updateComplete;
    expect([plain.defaultPrevented, span(el)]).to.deep.equal([false, full]);
    expect(root(el).querySelector('.hint')!.hasAttribute('hidden')).to.equal(false);
    const pinch = new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, clientX: plot.getBoundingClientRect().left + 400, bubbles: true, cancelable: true, composed: true });
    plot.dispatchEvent(pinch);
    await el.updateComplete;
    expect(pinch.defaultPrevented).to.equal(true);
    expect(span(el)).to.be.below(full / 2);
    const start = el.visibleRange!.start.getTime();
    plot.dispatchEvent(new WheelEvent('wheel', { deltaX: 120, bubbles: true, cancelable: true, composed: true }));
    await el.updateComplete;
    expect(el.visibleRange!.start.getTime()).to.be.above(start);
  });

  it('zooms in on double-click', async () => {
    const el = await timeline();
    const full = span(el);
    root(el).querySelector('.plot')!.dispatchEvent(new MouseEvent('dblclick', { clientX: 500, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(span(el)).to.be.closeTo(full / 2, 1000);
  });

  it('walks the events with a roving tab stop: one in the tab order, arrows in time, Home and End', async () => {
    const el = await timeline();
    const stops = root(el).querySelectorAll('[part~="mark"][tabindex="0"], [part~="cluster"][tabindex="0"]');
    expect(stops).to.have.length(1);
    expect(stops[0]!.getAttribute('data-key')).to.equal('e1');
    (stops[0] as SVGElement).focus();
    await press(el, 'ArrowRight');
    expect(focusedKey(el)).to.equal('e2');
    await press(el, 'ArrowDown');
    expect(focusedKey(el)).to.equal('e3');
    await press(el, 'ArrowUp');
    await press(el, 'ArrowLeft');
    expect(focusedKey(el)).to.equal('e1');
    await press(el, 'End');
    expect(focusedKey(el)).to.equal('e6');
    await press(el, 'Home');
    expect(focusedKey(el)).to.equal('e1');
    expect(root(el).querySelectorAll('[tabindex="0"][data-key]')).to.have.length(1);
  });

  it('Enter selects the focused event and Escape clears it, firing sitrep-select', async () => {
    const el = await timeline();
    (root(el).querySelector('.plot [tabindex="0"]') as SVGElement).focus();
    setTimeout(() => press(el, 'Enter'));
    const chosen = (await oneEvent(el, 'sitrep-select')) as SitrepSelectEvent;
    expect(chosen.detail.event!.id).to.equal('e1');
    await el.updateComplete;
    expect(root(el).querySelector('[data-event-id="e1"]')!.getAttribute('aria-pressed')).to.equal('true');
    setTimeout(() => press(el, 'Escape'));
    const cleared = (await oneEvent(el, 'sitrep-select')) as SitrepSelectEvent;
    expect(cleared.detail.event).to.equal(null);
  });

  it('Enter on the selected event leaves it selected, firing nothing; a click clears it', async () => {
    const el = await timeline();
    (root(el).querySelector('.plot [tabindex="0"]') as SVGElement).focus();
    await press(el, 'Enter');
    expect(el.selected).to.equal('e1');
    const chosen: unknown[] = [];
    el.addEventListener('sitrep-select', (event) => chosen.push((event as SitrepSelectEvent).detail.event?.id ?? null));
    await press(el, 'Enter');
    await press(el, ' ');
    expect([el.selected, chosen]).to.deep.equal(['e1', []]);
    root(el).querySelector<SVGElement>('[data-event-id="e1"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect([el.selected, chosen]).to.deep.equal([undefined, [null]]);
  });

  it('Home, End and the story\'s previous and next fire sitrep-range-change when they move the view', async () => {
    const el = await timeline(smallDataset, { start: '2024-11-26', end: '2024-11-28' });
    const moves: number[] = [];
    el.addEventListener('sitrep-range-change', (event) => moves.push((event as SitrepRangeChangeEvent).detail.start.getTime()));
    (root(el).querySelector('.plot [tabindex="0"]') as SVGElement).focus();
    await press(el, 'End');
    expect(moves).to.deep.equal([el.visibleRange!.start.getTime()]);
    expect(el.visibleRange!.end.getTime()).to.be.above(Date.UTC(2024, 11, 8));
    await press(el, 'Home');
    expect(moves).to.have.length(2);
    expect(moves[1]).to.equal(el.visibleRange!.start.getTime());

    const story = await timeline(smallDataset, { story: '', start: '2024-11-26', end: '2024-11-28' });
    const storyMoves: number[] = [];
    story.addEventListener('sitrep-range-change', (event) => storyMoves.push((event as SitrepRangeChangeEvent).detail.start.getTime()));
    const next = [...root(story).querySelectorAll<HTMLButtonElement>('[part~="story"] button')].find((b) => b.textContent!.includes('Next'))!;
    for (let step = 0; step < 5; step++) {
      next.click();
      await story.updateComplete;
    }
    expect(story.selected).to.equal('e6');
    expect(storyMoves.length).to.be.at.least(2);
    expect(storyMoves.at(-1)).to.equal(story.visibleRange!.start.getTime());
    const byReader = storyMoves.length;
    story.next();
    story.previous();
    story.select('e1');
    await story.updateComplete;
    expect(story.visibleRange!.start.getTime()).to.be.below(Date.UTC(2024, 10, 27));
    expect(storyMoves.length, 'methods fire no event').to.equal(byReader);
  });

  it('showing everything, selecting or jumping to an event near the edge leaves the view as it is, and zooming out stays off', async () => {
    // Without the open-ended event, the first and the last lie at the edges of the whole.
    const el = await timeline({ ...smallDataset, events: smallDataset.events.filter((event) => event.id !== 'e6') });
    const whole = [el.visibleRange!.start.getTime(), el.visibleRange!.end.getTime()];
    (root(el).querySelector('.plot [tabindex="0"]') as SVGElement).focus();
    await press(el, 'End');
    expect(el.visibleRange!.end.getTime()).to.equal(whole[1]);
    el.select('e1');
    el.next();
    await el.updateComplete;
    expect([el.visibleRange!.start.getTime(), el.visibleRange!.end.getTime()]).to.deep.equal(whole);
    expect(button(el, 'Zoom out').disabled).to.equal(true);
  });

  it('moves into the next window when the arrows pass the edge', async () => {
    const el = await timeline(smallDataset, { start: '2024-11-26', end: '2024-11-28' });
    (root(el).querySelector('.plot [tabindex="0"]') as SVGElement).focus();
    expect(focusedKey(el)).to.equal('e1');
    await press(el, 'ArrowRight');
    await el.updateComplete;
    expect(focusedKey(el)).to.equal('e2');
    expect(el.visibleRange!.end.getTime()).to.be.above(Date.UTC(2024, 10, 29));
  });

  it('zooms with + and - and pans with Shift + arrows and Page keys, following the screen in RTL', async () => {
    const el = await timeline();
    const full = span(el);
    (root(el).querySelector('.plot [tabindex="0"]') as SVGElement).focus();
    await press(el, '+');
    expect(span(el)).to.be.closeTo(full / 2, 1000);
    const start = el.visibleRange!.start.getTime();
    await press(el, 'ArrowRight', { shiftKey: true });
    expect(el.visibleRange!.start.getTime()).to.be.above(start);
    await press(el, 'PageUp');
    expect(el.visibleRange!.start.getTime()).to.be.below(start + 1);
    await press(el, '-');
    expect(span(el)).to.equal(full);

    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 800px"><sitrep-timeline .data=${smallDataset}></sitrep-timeline></div>`);
    const rtl = wrapper.querySelector('sitrep-timeline')!;
    await ready(rtl);
    (root(rtl).querySelector('.plot [tabindex="0"]') as SVGElement).focus();
    await press(rtl, 'ArrowLeft');
    expect(focusedKey(rtl)).to.equal('e2');
    rtl.zoomTo('2024-12-01', '2024-12-04');
    await rtl.updateComplete;
    const rtlStart = rtl.visibleRange!.start.getTime();
    (root(rtl).querySelector('.plot [tabindex="0"]') as SVGElement).focus();
    await press(rtl, 'ArrowLeft', { shiftKey: true });
    // In RTL, left on screen is later in time.
    expect(rtl.visibleRange!.start.getTime()).to.be.above(rtlStart);
  });

  it('keeps focus in the drawing when a pan moves the focused event out of view', async () => {
    const el = await timeline();
    el.zoomTo('2024-11-26', '2024-11-28');
    await el.updateComplete;
    (root(el).querySelector('.plot [tabindex="0"]') as SVGElement).focus();
    expect(focusedKey(el)).to.equal('e1');
    await press(el, 'PageDown');
    await press(el, 'PageDown');
    await el.updateComplete;
    expect(root(el).querySelector('.plot [data-event-id="e1"]') === null, 'e1 left the drawing').to.equal(true);
    expect(root(el).activeElement?.closest('.plot')).not.to.equal(null);
  });

  it('from the first change of the view until it rests, names clusters without dates; the list follows a single change and waits while changes come quickly', async () => {
    const el = await timeline(burst(40));
    const list = () => [...root(el).querySelectorAll('[part~="list"] li')].map((item) => item.getAttribute('data-event-id') ?? item.getAttribute('data-cluster'));
    const listAtRest = list();
    // One change: the first frame of a zoom costs as much as the next ones, so clusters drop their dates.
    el.zoomTo('2024-12-01', '2024-12-10');
    await el.updateComplete;
    const cluster = root(el).querySelector('[part~="cluster"]');
    expect(cluster, 'the burst is a cluster').not.to.equal(null);
    expect(cluster!.getAttribute('aria-label')).to.match(/^40 events, \u2068Rebel coalition\u2069/);
    expect(cluster!.getAttribute('aria-label')).not.to.match(/2024/);
    // The list lists what is shown after a single change.
    const listAfterOne = list();
    expect(listAfterOne, 'the list followed the change').not.to.deep.equal(listAtRest);
    // A second change in quick succession: the view is moving, and the list waits.
    el.zoomTo('2024-12-02', '2024-12-05');
    await el.updateComplete;
    expect(list(), 'the list waits').to.deep.equal(listAfterOne);
    // At rest: the list shows the new window, and clusters have their dates again.
    await waitUntil(() => list().join() !== listAfterOne.join(), 'the list caught up', { timeout: 1000 });
    expect(root(el).querySelector('[part~="cluster"]')!.getAttribute('aria-label')).to.match(/^40 events, December 3, 2024, \u2068Rebel coalition\u2069/);
  });

  it('draws a single change of the view at once and brings the list up to date after that frame, before updateComplete resolves', async () => {
    const el = await timeline(burst(40));
    const list = () => [...root(el).querySelectorAll('[part~="list"] li')].map((item) => item.getAttribute('data-event-id') ?? item.getAttribute('data-cluster'));
    const range = () => root(el).querySelector('[part~="cluster"]')?.getAttribute('aria-label');
    const listAtRest = list();
    const rangeAtRest = range();
    el.zoomTo('2024-12-01', '2024-12-10');
    // A task later, before the next frame: the drawing shows the new window, the list does not yet.
    await new Promise((resolve) => setTimeout(resolve));
    expect(range(), 'the drawing followed the change').not.to.equal(rangeAtRest);
    expect(list(), 'the list waits for the frame').to.deep.equal(listAtRest);
    await el.updateComplete;
    expect(list(), 'the list followed the change').not.to.deep.equal(listAtRest);
  });

  it('names a mark that a moving view brings out of a cluster by its title, and in full once the view rests', async () => {
    const el = await narrowSpread();
    const marks = () => [...root(el).querySelectorAll('.plot [part~="mark"]')];
    const before = new Set(marks().map((mark) => mark.getAttribute('data-event-id')));
    el.zoomTo('2024-12-01', '2024-12-05');
    await el.updateComplete;
    const appeared = marks().filter((mark) => !before.has(mark.getAttribute('data-event-id')));
    expect(appeared.length, 'marks came out of a cluster').to.be.above(0);
    for (const mark of appeared) expect(mark.getAttribute('aria-label')).to.match(/^Spread \d$/);
    const id = appeared[0]!.getAttribute('data-event-id');
    const label = () => root(el).querySelector(`.plot [part~="mark"][data-event-id="${id}"]`)?.getAttribute('aria-label');
    const moving = label();
    await waitUntil(() => label() !== moving, 'named in full at rest', { timeout: 1000 });
    expect(label()).to.match(/^Spread \d\. December \d, 2024\. \u2068Rebel coalition\u2069$/);
  });

  it('draws a dense burst as a focusable cluster with its count, and Enter zooms into it', async () => {
    const el = await timeline(burst(12, '2024-12-03'));
    const cluster = root(el).querySelector<SVGGElement>('[part~="cluster"]')!;
    expect(Number(cluster.getAttribute('data-count'))).to.be.at.least(12);
    expect(cluster.getAttribute('role')).to.equal('button');
    expect(cluster.getAttribute('aria-label')).to.match(/^1\d events, /);
    expect(cluster.textContent!.trim()).to.match(/^1\d$/);
    const before = span(el);
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(span(el)).to.be.below(before);
  });

  it('sets apart a cluster that holds the selected event, or events of the highlighted route, as their marks would be', async () => {
    const data = burst(12, '2024-12-03');
    const el = await timeline({ ...data, events: data.events.map((event) => (event.id === 'b5' ? { ...event, routes: ['ally-out'] } : event)) });
    const cluster = () => root(el).querySelector<SVGGElement>('[part~="cluster"]')!;
    const stroke = () => getComputedStyle(cluster().querySelector('rect')!).strokeWidth;
    expect([cluster().classList.contains('selected'), cluster().classList.contains('highlighted'), stroke()]).to.deep.equal([false, false, '1.5px']);
    el.select('b3');
    await el.updateComplete;
    expect([cluster().classList.contains('selected'), stroke()]).to.deep.equal([true, '2.5px']);
    el.select(null);
    el.highlightRoute = 'ally-out';
    await el.updateComplete;
    expect([cluster().classList.contains('selected'), cluster().classList.contains('highlighted'), stroke()]).to.deep.equal([false, true, '3px']);
  });

  it('resolves a cluster into marks when zoomed in far enough', async () => {
    const el = await narrowSpread();
    expect(root(el).querySelectorAll('[part~="cluster"]').length).to.be.above(0);
    el.zoomTo('2024-12-01', '2024-12-05');
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part~="cluster"]')).to.have.length(0);
    expect(root(el).querySelectorAll('[part~="mark"][data-event-id^="s"]')).to.have.length(10);
  });

  it('keeps the list alternative bounded: a cluster is one item', async () => {
    const el = await timeline(burst(30));
    const items = root(el).querySelectorAll('[part~="list"] li');
    const clusters = root(el).querySelectorAll('[part~="cluster"]').length;
    const marks = root(el).querySelectorAll('[part~="mark"]').length;
    expect(items.length).to.equal(clusters + marks);
    expect(items.length).to.be.below(36);
  });

  it('says what is shown: the summary counts the events in the window', async () => {
    const el = await timeline();
    el.zoomTo('2024-12-05', '2024-12-08');
    await el.updateComplete;
    expect(root(el).getElementById('summary')!.textContent).to.match(/^6 events .*; 3 shown\.$/);
  });

  it('gives every control and mark a pointer target of at least 24 by 24 px or 24 px of spacing', async () => {
    const el = await timeline(burst(8));
    for (const b of root(el).querySelectorAll('[part~="controls"] button')) {
      const box = b.getBoundingClientRect();
      expect(box.width >= 24 && box.height >= 24, b.textContent!).to.equal(true);
    }
    const targets = [...root(el).querySelectorAll('[part~="mark"], [part~="cluster"]')].map((node) => node.getBoundingClientRect());
    for (const a of targets) {
      if (a.width >= 24 && a.height >= 24) continue;
      const centre = { x: a.left + a.width / 2, y: a.top + a.height / 2 };
      for (const b of targets) {
        if (a === b) continue;
        // The 24 px circle around an undersized target must not reach another target.
        const dx = Math.max(b.left - centre.x, 0, centre.x - b.right);
        const dy = Math.max(b.top - centre.y, 0, centre.y - b.bottom);
        expect(Math.hypot(dx, dy)).to.be.at.least(11.5);
      }
    }
  });
});
