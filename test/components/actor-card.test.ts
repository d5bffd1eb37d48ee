import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SitrepActorCard, SitrepTimeline } from '../../src/index.js';
import { SitrepErrorEvent, type SitrepActorSelectEvent } from '../../src/events/events.js';
import { clearDatasetCache } from '../../src/model/load.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const field = (el: HTMLElement, label: string) => {
  const term = [...root(el).querySelectorAll('dt')].find((dt) => dt.textContent === label);
  return term?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
};
async function card(attributes = 'actor="rebels"', wrapperAttributes = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (wrapperAttributes) for (const [name, value] of wrapperAttributes.split(' ').map((pair) => pair.split('='))) wrapper.setAttribute(name!, value!);
  const el = document.createElement('sitrep-actor-card');
  for (const [name, value] of attributes.split(' ').map((pair) => pair.split('='))) el.setAttribute(name!, value?.replace(/"/g, '') ?? '');
  el.data = smallDataset;
  wrapper.append(el);
  await waitUntil(() => root(el).querySelector('[part~="name"], [part~="error"]'), 'drawn');
  return el;
}

describe('<sitrep-actor-card>', () => {
  it('shows the name, other names, type, side, country, event count, first and last appearance, and the activity chart', async () => {
    const el = await card('actor="ally"');
    expect(root(el).querySelector('[part~="name"]')!.textContent).to.equal('Foreign ally');
    expect(field(el, 'Type')).to.equal('Foreign forces');
    expect(field(el, 'Side')).to.equal('Pro-government');
    expect(field(el, 'Country')).to.equal('Iran');
    expect(field(el, 'Events')).to.equal('2');
    expect(field(el, 'First')).to.equal('December 6, 2024');
    expect(field(el, 'Last')).to.equal('December 7, 2024');
    const chart = root(el).querySelector('[part~="chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.match(/^Foreign ally: Events per day, November 27 – December 8, 2024; busiest: December \d+, 2024 \(1 event\)\.$/);
    expect(chart.querySelectorAll('rect')).to.have.length(2);
  });

  it('lists as other names the main name, the name in its country\'s language and its aliases, not every translation', async () => {
    const translated = {
      ...smallDataset,
      actors: smallDataset.actors.map((actor) =>
        actor.id === 'ally' ? { ...actor, name: 'Quds Force', names: { ar: 'فيلق القدس', fa: 'نیروی قدس', he: 'כוח קודס', fr: 'Force Al-Qods' }, aliases: ['IRGC-QF'] } : actor,
      ),
    };
    const otherNames = async (lang: string) => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><sitrep-actor-card actor="ally" .data=${translated}></sitrep-actor-card></div>`);
      const el = wrapper.querySelector('sitrep-actor-card')!;
      await waitUntil(() => root(el).querySelector('[part~="name"]'), 'drawn');
      return { name: root(el).querySelector('[part~="name"]')!.textContent, others: [...root(el).querySelectorAll('.other-names bdi')].map((bdi) => bdi.textContent) };
    };
    // An Iranian actor (country IR): its Persian name, not the Arabic, Hebrew or French translations.
    expect(await otherNames('en')).to.deep.equal({ name: 'Quds Force', others: ['نیروی قدس', 'IRGC-QF'] });
    expect(await otherNames('fr')).to.deep.equal({ name: 'Force Al-Qods', others: ['Quds Force', 'نیروی قدس', 'IRGC-QF'] });
    expect(await otherNames('fa')).to.deep.equal({ name: 'نیروی قدس', others: ['Quds Force', 'IRGC-QF'] });
  });

  it('names the actor in the page language, with its other names listed, and the country in that language', async () => {
    const el = await card('actor="rebels"', 'lang=ar-SY');
    expect(root(el).querySelector('[part~="name"]')!.textContent).to.equal('تحالف المعارضة');
    expect(root(el).querySelector('.other-names')!.textContent).to.contain('Rebel coalition');
    const ally = await card('actor="ally"', 'lang=ar-SY');
    expect(field(ally, 'البلد')).to.equal('إيران');
    const german = await card('actor="ally"', 'lang=de');
    expect(field(german, 'First')).to.match(/Dezember/);
  });

  it('shows the side\'s colour and its name, so colour is never the only cue', async () => {
    const el = await card('actor="rebels"');
    const swatch = root(el).querySelector('[part~="swatch"]')!;
    expect(getComputedStyle(swatch).backgroundColor).to.equal('rgb(27, 127, 59)');
    expect(field(el, 'Side')).to.equal('Opposition');
  });

  it('keeps the swatches in forced colours (Windows High Contrast) and in print, in the side\'s colour as the timeline\'s marks', async () => {
    const el = await card('actor="rebels"');
    const colours = () => [...root(el).querySelectorAll('.swatch')].map((swatch) => getComputedStyle(swatch).backgroundColor);
    // The heading's swatch and the one beside the side's name.
    expect(colours()).to.deep.equal(['rgb(27, 127, 59)', 'rgb(27, 127, 59)']);
    // Printing leaves backgrounds out unless told: the swatches say they are to be printed.
    expect([...root(el).querySelectorAll('.swatch')].map((swatch) => getComputedStyle(swatch).printColorAdjust)).to.deep.equal(['exact', 'exact']);
    try {
      await emulateMedia({ forcedColors: 'active' });
      // Forced colours paint backgrounds over: the swatches vanished.
      expect(colours()).to.deep.equal(['rgb(27, 127, 59)', 'rgb(27, 127, 59)']);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('is printed whole: a full card is not split across two pages', async () => {
    const el = await card('actor="rebels"');
    expect(getComputedStyle(el).breakInside).to.equal('auto');
    try {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(el).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('renders one line inside a sentence when compact', async () => {
    const el = await card('actor="rebels" compact');
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(root(el).querySelector('[part~="name"]')!.textContent!.trim()).to.equal('Rebel coalition');
    // The side is said in words too (hidden text and tooltip), not by the swatch's colour alone.
    expect(root(el).querySelector('[part~="base"]')!.textContent!.trim()).to.equal('Rebel coalition, Opposition');
    expect(root(el).querySelector('[part~="base"]')!.getAttribute('title')).to.equal('Opposition');
    expect(root(el).querySelector('dl')).to.equal(null);
  });

  it('holds its place in a sentence while it loads: an inline ellipsis, not a box that splits the paragraph', async () => {
    clearDatasetCache();
    const paragraph = await fixture<HTMLParagraphElement>(html`<p style="width: 600px; line-height: 20px">Factions led by <sitrep-actor-card compact src="/data/syria-2024.json" actor="hts"></sitrep-actor-card> took Aleppo.</p>`);
    const el = paragraph.querySelector<SitrepActorCard>('sitrep-actor-card')!;
    await el.updateComplete;
    const base = root(el).querySelector('[part~="base"]')!;
    expect([base.classList.contains('loading'), getComputedStyle(base).display, base.textContent]).to.deep.equal([true, 'inline', '…']);
    const loading = paragraph.getBoundingClientRect().height;
    await waitUntil(() => root(el).querySelector('[part~="name"]'), 'loaded');
    expect([loading < 40, loading]).to.deep.equal([true, paragraph.getBoundingClientRect().height]);
  });

  it('says so when the actor is not in the data', async () => {
    const el = await card('actor="nobody"');
    expect(root(el).querySelector('[part~="error"]')!.textContent).to.contain('No actor "\u2068nobody\u2069"');
  });

  it('fires sitrep-error (kind validation) once per id when the actor is not in the data it loaded', async () => {
    const seen: string[] = [];
    const record = (event: Event) => seen.push(event instanceof SitrepErrorEvent ? `error ${event.detail.kind}: ${event.detail.message}` : event.type);
    const wrapper = await fixture<HTMLDivElement>(html`<div @sitrep-load=${record} @sitrep-error=${record}>
      <sitrep-actor-card actor="nobody" .data=${smallDataset}></sitrep-actor-card>
    </div>`);
    const el = wrapper.querySelector<SitrepActorCard>('sitrep-actor-card')!;
    await waitUntil(() => root(el).querySelector('[part~="error"]'), 'error state');
    el.requestUpdate();
    await el.updateComplete;
    el.actor = 'rebels';
    await el.updateComplete;
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
    el.actor = 'nobody else';
    await waitUntil(() => seen.length === 3, 'the second error');
    expect(seen).to.deep.equal(['sitrep-load', 'error validation: No actor "nobody" in the data.', 'error validation: No actor "nobody else" in the data.']);
  });

  it('with for, filters the timeline on choosing, clears on choosing again, and shows the selected state', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px">
      <sitrep-timeline id="story" .data=${smallDataset}></sitrep-timeline>
      <sitrep-actor-card for="story" actor="ally" .data=${smallDataset}></sitrep-actor-card>
    </div>`);
    const timeline = wrapper.querySelector<SitrepTimeline>('sitrep-timeline')!;
    const el = wrapper.querySelector<SitrepActorCard>('sitrep-actor-card')!;
    await waitUntil(() => timeline.events.length && root(el).querySelector('button'), 'ready');
    const button = root(el).querySelector('button')!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    setTimeout(() => button.click());
    const chosen = (await oneEvent(el, 'sitrep-actor-select')) as SitrepActorSelectEvent;
    expect(chosen.detail.actorId).to.equal('ally');
    await timeline.updateComplete;
    await el.updateComplete;
    expect(timeline.actors).to.equal('ally');
    expect(root(timeline).querySelectorAll('[part~="mark"]')).to.have.length(2);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.card')!.classList.contains('selected')).to.equal(true);
    button.click();
    await timeline.updateComplete;
    await el.updateComplete;
    expect(timeline.actors).to.equal(null);
    expect(root(timeline).querySelectorAll('[part~="mark"]')).to.have.length(6);
  });

  it('works from the keyboard: Tab to the compact card in the text, Enter filters the timeline', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px">
      <p>Factions led by <sitrep-actor-card compact for="keys" actor="rebels" .data=${smallDataset}></sitrep-actor-card> attacked.</p>
      <sitrep-timeline id="keys" .data=${smallDataset}></sitrep-timeline>
    </div>`);
    const timeline = wrapper.querySelector<SitrepTimeline>('sitrep-timeline')!;
    const el = wrapper.querySelector<SitrepActorCard>('sitrep-actor-card')!;
    await waitUntil(() => timeline.events.length && root(el).querySelector('button'), 'ready');
    const button = root(el).querySelector('button')!;
    expect(button.getAttribute('title')).to.equal('Show only \u2068Rebel coalition\u2069 on the timeline', 'the name isolated from the sentence');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await timeline.updateComplete;
    expect(timeline.actors).to.equal('rebels');
    await sendKeys({ press: 'Space' });
    await timeline.updateComplete;
    expect(timeline.actors).to.equal(null);
  });

  it('shows the selected state while the timeline\'s selected event involves the actor, without firing events', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px">
      <sitrep-timeline id="story2" .data=${smallDataset}></sitrep-timeline>
      <sitrep-actor-card for="story2" actor="army" .data=${smallDataset}></sitrep-actor-card>
    </div>`);
    const timeline = wrapper.querySelector<SitrepTimeline>('sitrep-timeline')!;
    const el = wrapper.querySelector<SitrepActorCard>('sitrep-actor-card')!;
    await waitUntil(() => timeline.events.length && root(el).querySelector('.card'), 'ready');
    let fired = 0;
    el.addEventListener('sitrep-actor-select', () => fired++);
    timeline.select('e1');
    await waitUntil(() => root(el).querySelector('.card.selected'), 'selected state');
    // An outline, which forced colours (Windows High Contrast) keep where they take shadows away.
    const card = root(el).querySelector('.card')!;
    try {
      await emulateMedia({ forcedColors: 'active' });
      expect([getComputedStyle(card).outlineStyle, getComputedStyle(card).outlineWidth]).to.deep.equal(['solid', '2px']);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
    timeline.select('e4');
    await waitUntil(() => !root(el).querySelector('.card.selected'), 'cleared');
    expect(getComputedStyle(card).outlineStyle).to.equal('none');
    expect(fired).to.equal(0);
  });

  it('shares one request among elements with the same src', async () => {
    clearDatasetCache();
    const before = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/data/syria-2024.json')).length;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px">
      <sitrep-timeline src="/data/syria-2024.json"></sitrep-timeline>
      <sitrep-actor-card src="/data/syria-2024.json" actor="hts"></sitrep-actor-card>
      <sitrep-route-chip src="/data/syria-2024.json" route="evac-air-tehran"></sitrep-route-chip>
    </div>`);
    const [timeline, cardElement, chip] = [...wrapper.children] as HTMLElement[];
    await waitUntil(() => root(cardElement!).querySelector('[part~="name"]') && root(chip!).querySelector('.place') && (timeline as SitrepTimeline).events.length, 'all loaded', { timeout: 5000 });
    const after = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/data/syria-2024.json')).length;
    expect(after - before).to.equal(1);
  });
});
