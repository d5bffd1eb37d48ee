import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SitrepRouteChip, SitrepTimeline } from '../../src/index.js';
import { clearDatasetCache } from '../../src/model/load.js';

const shadow = (el: Element) => el.shadowRoot!;
const marks = (el: SitrepTimeline) => [...shadow(el).querySelectorAll('[part~="mark"]')];
const axisText = (el: SitrepTimeline) => [...shadow(el).querySelectorAll('[part~="axis"] text')].map((text) => text.textContent ?? '').join(' ');
const drawn = (el: SitrepTimeline) => waitUntil(() => marks(el).length > 0, 'marks drawn', { timeout: 5000 });

describe('calendars in the elements', () => {
  beforeEach(() => clearDatasetCache());

  it('writes a Persian timeline in the Solar Hijri calendar, with events at the same places', async () => {
    const gregorian = await fixture<SitrepTimeline>(html`<sitrep-timeline lang="fa" calendar="gregory" style="width: 900px" src="/data/syria-2024.json"></sitrep-timeline>`);
    const persian = await fixture<SitrepTimeline>(html`<sitrep-timeline lang="fa" style="width: 900px" src="/data/syria-2024.json"></sitrep-timeline>`);
    await drawn(gregorian);
    await drawn(persian);
    expect(axisText(persian)).to.contain('آذر');
    expect(axisText(persian)).not.to.contain('دسامبر');
    expect(axisText(gregorian)).to.contain('دسامبر');
    const place = (el: SitrepTimeline) => marks(el).map((mark) => mark.getAttribute('cx') ?? mark.getAttribute('x'));
    expect(place(persian)).to.deep.equal(place(gregorian));
  });

  it('gives the Gregorian date beside the Solar Hijri one in the detail of an event', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline lang="fa" style="width: 900px" src="/data/syria-2024.json"></sitrep-timeline>`);
    await drawn(el);
    const fall = el.events.find((event) => event.when.min === Date.UTC(2024, 11, 8))!;
    el.select(fall.id);
    await el.updateComplete;
    const meta = shadow(el).querySelector('[part~="detail"] .meta')!.textContent!;
    expect(meta).to.contain('۱۸ آذر ۱۴۰۳');
    expect(shadow(el).querySelector('[part~="detail"] .gregorian')!.textContent).to.contain('دسامبر').and.contain('۲۰۲۴');
  });

  it('follows a change of the calendar attribute, and names no Gregorian date when it is the calendar', async () => {
    const el = await fixture<SitrepTimeline>(html`<sitrep-timeline lang="en" style="width: 900px" src="/data/syria-2024.json"></sitrep-timeline>`);
    await drawn(el);
    expect(axisText(el)).to.contain('December');
    el.setAttribute('calendar', 'islamic-umalqura');
    await el.updateComplete;
    expect(axisText(el)).to.contain('Jumada');
    el.select(el.events[0]!.id);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="detail"] .gregorian')).not.to.equal(null);
    el.removeAttribute('calendar');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="detail"] .gregorian')).to.equal(null);
  });

  it('writes a route chip date in the calendar asked for', async () => {
    const el = await fixture<SitrepRouteChip>(html`<sitrep-route-chip lang="fa" from="Hmeimim" to="Moscow" mode="air" date="2024-12-08"></sitrep-route-chip>`);
    expect(shadow(el).textContent).to.contain('آذر');
    el.calendar = 'gregory';
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('دسامبر');
  });
});
