import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SitrepRouteChip, SitrepTimeline } from '../../src/index.js';
import { SitrepErrorEvent, type SitrepRouteSelectEvent } from '../../src/events/events.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).querySelector('.chip > .trigger, .chip > .static')!.textContent!.replace(/\s+/g, ' ').trim();

/** A timeline with the id given and a chip of the route "ally-out" linked to it (`for`), both drawn. */
async function linked(id: string): Promise<{ timeline: SitrepTimeline; chip: SitrepRouteChip }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px">
    <sitrep-timeline id=${id} .data=${smallDataset}></sitrep-timeline>
    <sitrep-route-chip for=${id} route="ally-out" .data=${smallDataset}></sitrep-route-chip>
  </div>`);
  const timeline = wrapper.querySelector<SitrepTimeline>('sitrep-timeline')!;
  const chip = wrapper.querySelector<SitrepRouteChip>('sitrep-route-chip')!;
  await waitUntil(() => timeline.events.length && root(chip).querySelector('.trigger'), 'ready');
  return { timeline, chip };
}

describe('<sitrep-route-chip>', () => {
  it('shows origin → destination, the mode as an icon with a text alternative, the date and the status, from data', async () => {
    const el = await fixture<SitrepRouteChip>(html`<sitrep-route-chip route="ally-out" .data=${smallDataset}></sitrep-route-chip>`);
    await waitUntil(() => root(el).querySelector('.place'), 'drawn');
    expect(text(el)).to.equal('Capital → to North City December 6, 2024 reported');
    const icon = root(el).querySelector('[part~="icon"]')!;
    expect([icon.getAttribute('role'), icon.getAttribute('aria-label')]).to.deep.equal(['img', 'by air']);
    expect(root(el).querySelector('time')!.getAttribute('datetime')).to.equal('2024-12-06');
  });

  it('stands alone from inline attributes, without any data', async () => {
    const el = await fixture<SitrepRouteChip>(html`<sitrep-route-chip from="Hmeimim" to="Moscow" mode="air" date="2024-12-08" status="confirmed"></sitrep-route-chip>`);
    expect(text(el)).to.equal('Hmeimim → to Moscow December 8, 2024 confirmed');
    expect(root(el).querySelector('[part~="status"]')!.classList.contains('status-confirmed')).to.equal(true);
  });

  it('gives every status its own mark besides its colour, and every mode its own icon', async () => {
    const marks = new Set<string>();
    for (const status of ['reported', 'confirmed', 'disputed', 'denied']) {
      const el = await fixture<SitrepRouteChip>(html`<sitrep-route-chip from="A" to="B" mode="land" status=${status}></sitrep-route-chip>`);
      const mark = getComputedStyle(root(el).querySelector('.status .mark')!);
      marks.add(`${mark.borderStyle}|${mark.borderRadius}|${mark.backgroundImage !== 'none'}|${mark.backgroundColor}`);
    }
    expect(marks.size).to.equal(4);
    const icons = new Set<string>();
    for (const mode of ['air', 'land', 'sea']) {
      const el = await fixture<SitrepRouteChip>(html`<sitrep-route-chip from="A" to="B" mode=${mode}></sitrep-route-chip>`);
      icons.add(root(el).querySelector('[part~="icon"] path')!.getAttribute('d')!);
    }
    expect(icons.size).to.equal(3);
  });

  it('points the arrow the way the text runs: right to left under dir="rtl"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar-SY"><sitrep-route-chip from="دمشق" to="طهران" mode="air" date="2024-12-06"></sitrep-route-chip></div>`);
    const el = wrapper.querySelector('sitrep-route-chip')!;
    expect(root(el).querySelector('.arrow')!.textContent).to.equal('←');
    expect(root(el).querySelector('time')!.textContent).to.match(/[٠-٩]/);
  });

  it('writes a time in its time-zone, else in the dataset\'s timeZone, else in UTC', async () => {
    const inline = await fixture<SitrepRouteChip>(html`<sitrep-route-chip from="A" to="B" date="2024-12-06T04:30Z" time-zone="Asia/Damascus"></sitrep-route-chip>`);
    expect(text(inline)).to.match(/7:30\sAM GMT\+3/);
    inline.removeAttribute('time-zone');
    await inline.updateComplete;
    expect(text(inline)).to.match(/4:30\sAM UTC/);
    const timed = { ...smallDataset, routes: [{ ...smallDataset.routes[0], date: '2024-12-06T04:30Z' }] };
    const fromData = await fixture<SitrepRouteChip>(html`<sitrep-route-chip route="ally-out" .data=${timed}></sitrep-route-chip>`);
    await waitUntil(() => root(fromData).querySelector('time'), 'drawn');
    expect(text(fromData)).to.match(/7:30\sAM GMT\+3/);
  });

  it('says so when the route is not in the data', async () => {
    const el = await fixture<SitrepRouteChip>(html`<sitrep-route-chip route="nowhere" .data=${smallDataset}></sitrep-route-chip>`);
    await waitUntil(() => root(el).querySelector('[part~="error"]'), 'message');
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.contain('No route "\u2068nowhere\u2069"');
  });

  it('fires sitrep-error (kind validation) once when the route is not in the data it loaded, and never inline', async () => {
    const seen: string[] = [];
    const record = (event: Event) => seen.push(event instanceof SitrepErrorEvent ? `error ${event.detail.kind}: ${event.detail.message}` : event.type);
    const wrapper = await fixture<HTMLDivElement>(html`<div @sitrep-load=${record} @sitrep-error=${record}>
      <sitrep-route-chip route="nowhere" .data=${smallDataset}></sitrep-route-chip>
      <sitrep-route-chip from="A" to="B"></sitrep-route-chip>
    </div>`);
    const el = wrapper.querySelector<SitrepRouteChip>('sitrep-route-chip')!;
    await waitUntil(() => root(el).querySelector('[part~="error"]'), 'error state');
    el.requestUpdate();
    await el.updateComplete;
    expect(seen).to.deep.equal(['sitrep-load', 'error validation: No route "nowhere" in the data.']);
  });

  it('opens its details on activation, with only http(s) links', async () => {
    const data = structuredClone(smallDataset) as typeof smallDataset & { routes: Record<string, unknown>[] };
    data.routes[0]!.note = 'Reported by one outlet.';
    data.routes[0]!.sources = [{ name: 'Good', url: 'https://example.org/r' }, { name: 'Bad', url: 'javascript:alert(1)' }];
    const el = await fixture<SitrepRouteChip>(html`<sitrep-route-chip route="ally-out" .data=${data}></sitrep-route-chip>`);
    await waitUntil(() => root(el).querySelector('.trigger'), 'trigger');
    const button = root(el).querySelector<HTMLElement>('.trigger')!;
    const panel = root(el).querySelector<HTMLElement>('[part~="detail"]')!;
    expect(panel.matches(':popover-open')).to.equal(false);
    button.click();
    expect(panel.matches(':popover-open')).to.equal(true);
    expect(panel.textContent).to.contain('Reported by one outlet.');
    expect([...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/r']);
    expect(panel.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(panel.textContent).to.contain('Foreign ally');
  });

  it('wraps like text inside a sentence, each line of a long chip with its own border', async () => {
    const wrapper = await fixture<HTMLParagraphElement>(html`<p style="width: 220px; font: 16px/1.6 serif">
      Some left by air <sitrep-route-chip from="Damascus International Airport" to="Tehran Imam Khomeini Airport" mode="air" date="2024-12-06" status="reported"></sitrep-route-chip> that morning.
    </p>`);
    const chip = wrapper.querySelector('sitrep-route-chip')!;
    const fragments = root(chip).querySelector('.static')!.getClientRects();
    expect(fragments.length).to.be.above(1);
    expect(fragments[0]!.left).to.be.above(wrapper.getBoundingClientRect().left + 20);
  });

  it('opens and closes from the keyboard (Enter and Space), like a button', async () => {
    const el = await fixture<SitrepRouteChip>(html`<sitrep-route-chip route="ally-out" .data=${smallDataset}></sitrep-route-chip>`);
    await waitUntil(() => root(el).querySelector('.trigger'), 'trigger');
    const trigger = root(el).querySelector<HTMLElement>('.trigger')!;
    const panel = root(el).querySelector<HTMLElement>('[part~="detail"]')!;
    expect([trigger.getAttribute('role'), trigger.tabIndex]).to.deep.equal(['button', 0]);
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    expect(panel.matches(':popover-open')).to.equal(true);
    await sendKeys({ press: 'Space' });
    expect(panel.matches(':popover-open')).to.equal(false);
  });

  it('with for, highlights the route\'s events on the timeline and selects the first; fires sitrep-route-select only on activation', async () => {
    const { timeline, chip } = await linked('linked');
    let fired = 0;
    chip.addEventListener('sitrep-route-select', () => fired++);
    chip.route = 'ally-out';
    await chip.updateComplete;
    expect(fired).to.equal(0);
    const button = root(chip).querySelector<HTMLElement>('.trigger')!;
    setTimeout(() => button.click());
    const chosen = (await oneEvent(chip, 'sitrep-route-select')) as SitrepRouteSelectEvent;
    expect(chosen.detail.routeId).to.equal('ally-out');
    await timeline.updateComplete;
    expect([timeline.highlightRoute, timeline.selected]).to.deep.equal(['ally-out', 'e4']);
    expect(root(timeline).querySelector('[data-event-id="e4"]')!.classList.contains('highlighted')).to.equal(true);
    // It has details, so activation also opens them.
    expect(root(chip).querySelector('[part~="detail"]')!.matches(':popover-open')).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.click();
    await timeline.updateComplete;
    expect(timeline.highlightRoute).to.equal(undefined);
    expect(fired).to.equal(1);
  });

  it('shows its open or pressed state with an outline, which forced colours keep (they take shadows away), under a full focus ring', async () => {
    const { timeline, chip } = await linked('pressed');
    const button = root(chip).querySelector<HTMLElement>('.trigger')!;
    const outline = () => `${getComputedStyle(button).outlineStyle} ${getComputedStyle(button).outlineWidth}`;
    expect(getComputedStyle(button).outlineStyle).to.equal('none');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await timeline.updateComplete;
    // The route's details open (a chip with details is a disclosure: aria-expanded).
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // Focused from the keyboard: the focus ring, at its full width, over the pressed state's outline.
    expect(button.matches(':focus-visible') ? outline() : 'not focused').to.equal('solid 3px');
    button.blur();
    expect([button.getAttribute('aria-expanded'), outline()]).to.deep.equal(['true', 'solid 1px']);
    try {
      await emulateMedia({ forcedColors: 'active' });
      expect([getComputedStyle(button).boxShadow, outline()]).to.deep.equal(['none', 'solid 1px']);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('takes a press in the first 300 ms of the page, when its details were never closed', async () => {
    const chip = await fixture<SitrepRouteChip>(html`<sitrep-route-chip .data=${smallDataset} route="ally-out"></sitrep-route-chip>`);
    await waitUntil(() => root(chip).querySelector('.trigger'), 'drawn');
    // A page opened a moment ago: performance.now() counts from the page's start.
    const now = performance.now;
    performance.now = () => 120;
    try {
      let fired = 0;
      chip.addEventListener('sitrep-route-select', () => fired++);
      root(chip).querySelector<HTMLElement>('.trigger')!.click();
      expect(fired).to.equal(1);
      expect(root(chip).querySelector('[part~="detail"]')!.matches(':popover-open')).to.equal(true);
    } finally {
      performance.now = now;
    }
  });
});
