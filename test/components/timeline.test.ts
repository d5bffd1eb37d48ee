import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SitrepTimeline } from '../../src/index.js';
import { clearDatasetCache } from '../../src/model/load.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import type { SitrepErrorEvent, SitrepLoadEvent, SitrepSelectEvent } from '../../src/events/events.js';

const marks = (el: SitrepTimeline) => [...el.shadowRoot!.querySelectorAll<SVGElement>('[part~="mark"]')];
const part = (el: SitrepTimeline, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const loaded = (el: SitrepTimeline) => waitUntil(() => marks(el).length > 0, 'marks drawn', { timeout: 5000 });

describe('<sitrep-timeline>', () => {
  beforeEach(() => clearDatasetCache());

  it('loads src, draws one mark per event with its id, and fires sitrep-load', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline style="width: 900px"></sitrep-timeline>`);
    const load = oneEvent(el, 'sitrep-load') as Promise<SitrepLoadEvent>;
    el.src = '/data/syria-2024.json';
    const { detail } = await load;
    await el.updateComplete;
    expect(detail.issues).to.deep.equal([]);
    expect(marks(el).length).to.equal(detail.dataset.events.length);
    expect(marks(el).map((mark) => mark.dataset.eventId).sort()).to.deep.equal(el.events.map((event) => event.id).sort());
  });

  it('fires sitrep-load once the data is drawn, so a listener can zoom or select at once', async () => {
    clearDatasetCache();
    const el = document.createElement('sitrep-timeline');
    el.style.width = '900px';
    const seen = new Promise<{ marks: number }>((resolve) =>
      el.addEventListener('sitrep-load', () => {
        el.zoomTo('2024-12-06', '2024-12-09');
        resolve({ marks: marks(el).length });
      }),
    );
    el.src = '/data/syria-2024.json';
    document.body.append(el);
    const { marks: drawnAtLoad } = await seen;
    await el.updateComplete;
    expect(drawnAtLoad, 'marks drawn when sitrep-load fires').to.be.greaterThan(0);
    expect(el.visibleRange!.start.toISOString().slice(0, 10)).to.equal('2024-12-06');
    el.remove();
  });

  it('shows a loading message until the data arrives', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline src="/data/syria-2024.json"></sitrep-timeline>`);
    const status = part(el, 'status');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(status?.textContent).to.contain('Loading');
    await loaded(el);
    expect(part(el, 'status')).to.equal(null);
  });

  it('takes .data over src', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline src="/data/syria-2024.json" .data=${smallDataset}></sitrep-timeline>`);
    await loaded(el);
    expect(marks(el).length).to.equal(6);
  });

  it('lists the events as text with machine-readable dates (part list)', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${smallDataset}></sitrep-timeline>`);
    await loaded(el);
    const items = [...part(el, 'list')!.querySelectorAll('li')];
    expect(items.map((item) => item.dataset.eventId)).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-11-27');
    expect(items[2]!.textContent).to.contain('approximate');
    expect(items[3]!.textContent).to.contain('uncertain');
  });

  it('numbers the list in the digits the page\'s language writes its numbers in', async () => {
    const styles: string[] = [];
    for (const lang of ['fa', 'ar-EG', 'en']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><sitrep-timeline .data=${smallDataset}></sitrep-timeline></div>`);
      const el = wrapper.querySelector('sitrep-timeline')!;
      await loaded(el);
      styles.push(getComputedStyle(part(el, 'list')!).listStyleType);
    }
    expect(styles).to.deep.equal(['persian', 'arabic-indic', 'decimal']);
  });

  it('has an accessible name and a one-sentence summary', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${smallDataset}></sitrep-timeline>`);
    await loaded(el);
    expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Small fixture');
    const summary = el.shadowRoot!.getElementById('summary')!.textContent!;
    expect(summary).to.match(/^6 events from November 27 – December 8, 2024, in 3 lanes by actor\.$/);
    expect(el.shadowRoot!.querySelector('.plot svg')!.getAttribute('aria-labelledby')).to.equal('summary');
  });

  it('passes an axe check', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${smallDataset}></sitrep-timeline>`);
    await loaded(el);
    await expect(el).to.be.accessible();
  });

  it('draws inexact dates visibly inexact', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${smallDataset}></sitrep-timeline>`);
    await loaded(el);
    const byId = (id: string) => el.shadowRoot!.querySelector(`[data-event-id="${id}"]`)!;
    expect(byId('e3').classList.contains('inexact')).to.equal(true);
    expect(byId('e1').classList.contains('inexact')).to.equal(false);
    expect(getComputedStyle(byId('e3')).fillOpacity).to.not.equal(getComputedStyle(byId('e1')).fillOpacity);
  });

  it('places marks at UTC days whatever the reader\'s time zone', async () => {
    // This browser runs in America/Los_Angeles (see web-test-runner.config.js).
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline style="width: 800px" .data=${smallDataset}></sitrep-timeline>`);
    await loaded(el);
    const range = el.visibleRange!;
    const x = (t: number) => ((t - range.start.getTime()) / (range.end.getTime() - range.start.getTime())) * 800;
    const mark = el.shadowRoot!.querySelector('[data-event-id="e1"]')!;
    // Spans are inset by 1 px so back-to-back days stay apart.
    expect(Number(mark.getAttribute('x')) - 1).to.be.closeTo(x(Date.UTC(2024, 10, 27)), 0.5);
  });

  it('selects on click: sitrep-select with the event, selected reflected, a second click clears', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${smallDataset}></sitrep-timeline>`);
    await loaded(el);
    const mark = el.shadowRoot!.querySelector<SVGElement>('[data-event-id="e2"]')!;
    setTimeout(() => mark.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    const chosen = (await oneEvent(el, 'sitrep-select')) as SitrepSelectEvent;
    expect(chosen.detail.event!.id).to.equal('e2');
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('e2');
    expect(part(el, 'detail')!.textContent).to.contain('City entered');
    setTimeout(() => el.shadowRoot!.querySelector<SVGElement>('[data-event-id="e2"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    const cleared = (await oneEvent(el, 'sitrep-select')) as SitrepSelectEvent;
    expect(cleared.detail.event).to.equal(null);
  });

  it('select(id) from code changes the selection without firing sitrep-select', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${smallDataset}></sitrep-timeline>`);
    await loaded(el);
    let fired = 0;
    el.addEventListener('sitrep-select', () => fired++);
    el.select('e4');
    await el.updateComplete;
    expect([el.selected, fired]).to.deep.equal(['e4', 0]);
    expect(part(el, 'detail')!.textContent).to.contain('Ally evacuates');
  });

  it('shows only http(s) links among the sources of the selected event', async () => {
    const data = structuredClone(smallDataset) as typeof smallDataset;
    (data.events[0] as { sources: { name: string; url?: string }[] }).sources = [{ name: 'Evil', url: 'javascript:alert(1)' }, { name: 'Fine', url: 'https://example.org/a' }];
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${data} selected="e1"></sitrep-timeline>`);
    await loaded(el);
    const links = [...part(el, 'detail')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.org/a']);
    expect(part(el, 'detail')!.textContent).to.contain('Evil');
  });

  it('renders markup in data as text', async () => {
    const data = structuredClone(smallDataset) as typeof smallDataset;
    data.events[0]!.title = '<img src=x onerror="window.__pwned=1">Offensive';
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${data} selected="e1"></sitrep-timeline>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(el, 'detail')!.querySelector('h3')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">Offensive');
  });

  it('runs time right to left under dir="rtl" on an ancestor, with labels at the right', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><sitrep-timeline style="width: 800px" .data=${smallDataset}></sitrep-timeline></div>`);
    const el = wrapper.querySelector('sitrep-timeline')!;
    await loaded(el);
    const x = (id: string) => el.shadowRoot!.querySelector(`[data-event-id="${id}"]`)!.getBoundingClientRect().left;
    expect(x('e1')).to.be.above(x('e6'));
    // Labels hug the right edge and stay inside the drawing.
    const svgBox = el.shadowRoot!.querySelector('.plot svg')!.getBoundingClientRect();
    for (const label of el.shadowRoot!.querySelectorAll('[part~="label"], [part~="axis"] text')) {
      const box = label.getBoundingClientRect();
      expect(box.right, label.textContent!).to.be.at.most(svgBox.right + 0.5);
      expect(box.left, label.textContent!).to.be.at.least(svgBox.left - 0.5);
    }
    const firstLabel = el.shadowRoot!.querySelector('[part~="label"]')!.getBoundingClientRect();
    expect(svgBox.right - firstLabel.right).to.be.below(8);
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
  });

  it('formats dates in the inherited language, with its digits', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar-EG"><sitrep-timeline .data=${smallDataset}></sitrep-timeline></div>`);
    const el = wrapper.querySelector('sitrep-timeline')!;
    await loaded(el);
    expect(part(el, 'axis')!.textContent).to.match(/[٠-٩]/);
    expect(part(el, 'list')!.querySelector('time')!.textContent).to.match(/نوفمبر/);
  });

  it('names lanes in the page language when the data has the name', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar"><sitrep-timeline .data=${smallDataset}></sitrep-timeline></div>`);
    const el = wrapper.querySelector('sitrep-timeline')!;
    await loaded(el);
    // The label's own text (the side follows it in a tspan).
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="label"]')].map((label) => label.textContent!.replace(/ · .*/, ''));
    expect(labels).to.include('تحالف المعارضة');
    expect(labels).to.include('Foreign ally');
  });

  it('shows an error state and fires sitrep-error when the URL fails', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline></sitrep-timeline>`);
    const failed = oneEvent(el, 'sitrep-error') as Promise<SitrepErrorEvent>;
    el.src = '/data/not-there.json';
    const { detail } = await failed;
    expect(detail.kind).to.equal('http');
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('404');
    expect(marks(el)).to.have.length(0);
  });

  it('fires sitrep-error with kind validation when nothing in the data can be shown', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline></sitrep-timeline>`);
    const failed = oneEvent(el, 'sitrep-error') as Promise<SitrepErrorEvent>;
    el.data = { version: 1, title: 'Bad', events: [{ id: 'x', date: 'soon' }] };
    const { detail } = await failed;
    expect(detail.kind).to.equal('validation');
    expect(detail.issues.some((issue) => issue.path === '$.events[0].title')).to.equal(true);
  });

  it('draws what is valid and says how many items were skipped', async () => {
    const data = structuredClone(smallDataset) as { events: Record<string, unknown>[] };
    data.events[1]!.date = 'last Tuesday';
    data.events[1]!.type = 'skirmish';
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${data}></sitrep-timeline>`);
    await loaded(el);
    expect(marks(el)).to.have.length(5);
    const note = el.shadowRoot!.querySelector('.skipped')!;
    // Two errors in one event: one event skipped.
    expect(note.textContent).to.contain('1 of 6 events in the data was skipped');
    expect(note.textContent).to.contain('$.events[1].date');
    expect(el.issues.map((issue) => issue.path)).to.include('$.events[1].type');
  });

  it('reports a hole in a list handed over as .data where it is, and draws the rest', async () => {
    const data = structuredClone(smallDataset) as { events: unknown[] };
    // What `delete events[1]` leaves: a hole, which map and forEach would pass over without a word.
    delete data.events[1];
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${data}></sitrep-timeline>`);
    await loaded(el);
    expect(marks(el)).to.have.length(5);
    expect(el.issues.map((issue) => issue.path)).to.deep.equal(['$.events[1]']);
    expect(el.shadowRoot!.querySelector('.skipped')!.textContent).to.contain('1 of 6 events in the data was skipped');
  });

  it('copies the list of problems as plain text, and says when the clipboard refuses', async () => {
    const data = structuredClone(smallDataset) as { events: Record<string, unknown>[] };
    data.events[1]!.date = 'last Tuesday';
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${data}></sitrep-timeline>`);
    await loaded(el);
    const note = el.shadowRoot!.querySelector<HTMLDetailsElement>('.skipped')!;
    const opened = oneEvent(note, 'toggle');
    note.open = true;
    await opened;
    const button = [...note.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Copy the list')!;
    const clipboard = navigator.clipboard as Clipboard & { writeText: (text: string) => Promise<void> };
    let copied = '';
    clipboard.writeText = async (text: string) => void (copied = text);
    try {
      button.click();
      await waitUntil(() => copied !== '', 'copied');
      await el.updateComplete;
      expect(copied.split('\n')[0]).to.equal('1 of 6 events in the data was skipped.');
      expect(copied).to.contain('$.events[1].date');
      expect(copied).to.contain('last Tuesday');
      expect(note.querySelector('[role="status"]')!.textContent).to.equal('The list was copied.');
      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      button.click();
      await waitUntil(() => note.querySelector('[role="status"]')!.textContent!.includes('could not be copied'), 'refusal shown');
    } finally {
      delete (clipboard as Partial<Clipboard>).writeText;
    }
  });

  it('keeps the layout when only the selection changes', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${smallDataset}></sitrep-timeline>`);
    await loaded(el);
    const before = el.visibleRange;
    el.select('e2');
    await el.updateComplete;
    expect(el.visibleRange).to.deep.equal(before);
    const lanes = el.shadowRoot!.querySelectorAll('[part~="lane"]');
    el.groupBy = 'type';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="lane"]').length).to.not.equal(lanes.length);
  });

  it('draws an unknown group-by (a typo such as "actors") as the default, lanes, colours, summary and phone rows alike', async () => {
    const drawnWith = async (groupBy: string, width: number) => {
      const el = await fixture<SitrepTimeline>(html`<sitrep-timeline group-by=${groupBy} style=${`width: ${width}px`} .data=${smallDataset}></sitrep-timeline>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="mark"]'), 'drawn', { timeout: 5000 });
      await el.updateComplete;
      const root = el.shadowRoot!;
      return {
        labels: [...root.querySelectorAll('[part~="label"], .vertical .who')].map((label) => label.textContent),
        colours: [...root.querySelectorAll('[part~="mark"], .vertical .key')].map((item) => getComputedStyle(item).fill + getComputedStyle(item).borderInlineStartColor),
        summary: root.getElementById('summary')!.textContent,
      };
    };
    for (const width of [900, 375]) {
      const typo = await drawnWith('actors', width);
      expect(typo.summary).to.contain(width > 600 ? 'in 3 lanes by actor' : 'in time order');
      expect(typo).to.deep.equal(await drawnWith('actor', width));
    }
  });

  it('follows a change of src, dropping the older data', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline .data=${smallDataset}></sitrep-timeline>`);
    await loaded(el);
    el.data = undefined;
    el.src = '/data/syria-2024.json';
    await waitUntil(() => marks(el).length > 6, 'new data drawn', { timeout: 5000 });
    expect(el.events.some((event) => event.id === 'e1')).to.equal(false);
  });

  it('survives removal while loading and loads when put back', async () => {
    const el = document.createElement('sitrep-timeline');
    el.src = '/data/syria-2024.json';
    document.body.append(el);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    document.body.append(el);
    await loaded(el);
    el.remove();
  });

  it('reads an inline <script type="application/json"> named by src="#id"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <script type="application/json" id="timeline-inline">${JSON.stringify(smallDataset)}</script>
      <sitrep-timeline src="#timeline-inline"></sitrep-timeline>
    </div>`);
    const el = wrapper.querySelector('sitrep-timeline')!;
    await loaded(el);
    expect(marks(el)).to.have.length(6);
  });
});

describe('<sitrep-timeline> bidirectional text', () => {
  it('isolates text from the data where it meets the interface, so English reads right inside Arabic', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar-SY" style="width: 380px"><sitrep-timeline selected="e4" .data=${smallDataset}></sitrep-timeline></div>`);
    const el = wrapper.querySelector('sitrep-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.vertical .row'), 'rows');
    const detail = el.shadowRoot!.querySelector('[part~="detail"]')!;
    expect(detail.querySelector('h3')!.getAttribute('dir')).to.equal('auto');
    // An English title in an RTL page resolves to left-to-right on its own.
    expect(getComputedStyle(detail.querySelector('h3')!).direction).to.equal('ltr');
    expect(el.shadowRoot!.querySelector('li[data-event-id="e1"] .what bdi')!.textContent).to.equal('Offensive begins');
  });
});

describe('<sitrep-timeline> from a spreadsheet', () => {
  it('loads the spreadsheet CSV by its extension, and names skipped rows by their row number', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline src="/data/syria-2024-sample.csv"></sitrep-timeline>`);
    await waitUntil(() => el.events.length > 0, 'loaded', { timeout: 5000 });
    expect(el.events.length).to.equal(14);
    expect(el.issues).to.deep.equal([]);
    const broken = await fixture<SitrepTimeline>(html`<div>
      <script type="text/csv" id="broken-sheet">date,title
2024-12-06,Good row
12/06/24,US date
2024-12-08,Another good row</script>
      <sitrep-timeline src="#broken-sheet"></sitrep-timeline>
    </div>`);
    const timeline = broken.querySelector('sitrep-timeline')!;
    await waitUntil(() => timeline.events.length > 0, 'loaded');
    await timeline.updateComplete;
    expect(timeline.events.map((event) => event.title)).to.deep.equal(['Good row', 'Another good row']);
    const note = timeline.shadowRoot!.querySelector('.skipped')!;
    expect(note.textContent).to.contain('1 of 3 events in the data was skipped');
    expect(note.textContent).to.contain('Row 3, column date');
    // The row is named once, by the message, not again in front of it.
    expect(note.querySelector('li')!.textContent!.trim()).to.match(/^Row 3, column date: "12\/06\/24"/);
  });
});
