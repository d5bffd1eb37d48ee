import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SitrepTimeline } from '../../src/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const root = (el: SitrepTimeline) => el.shadowRoot!;
const drawnIds = (el: SitrepTimeline) => [...root(el).querySelectorAll('[part~="mark"]')].map((mark) => mark.getAttribute('data-event-id')).sort();
async function timeline(attributes: Record<string, string> = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  const el = document.createElement('sitrep-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = smallDataset;
  wrapper.append(el);
  await waitUntil(() => root(el).querySelector('.plot, .empty'), 'drawn');
  await el.updateComplete;
  return el;
}

describe('<sitrep-timeline> filters', () => {
  it('shows only the actors named in actors, and says how many are shown', async () => {
    const el = await timeline({ actors: 'ally' });
    expect(drawnIds(el)).to.deep.equal(['e4', 'e5']);
    expect(root(el).getElementById('summary')!.textContent).to.match(/^6 events .*; 2 shown\.$/);
  });

  it('shows only the types named in types, and combines filters', async () => {
    const el = await timeline({ types: 'battle,strategic', actors: 'rebels' });
    expect(drawnIds(el)).to.deep.equal(['e1', 'e2', 'e6']);
    el.types = 'battle';
    await el.updateComplete;
    expect(drawnIds(el)).to.deep.equal(['e1', 'e2']);
  });

  it('filters by query text, live', async () => {
    const el = await timeline();
    el.query = 'evacuat';
    await el.updateComplete;
    expect(drawnIds(el)).to.deep.equal(['e4']);
    el.query = '';
    await el.updateComplete;
    expect(drawnIds(el)).to.have.length(6);
  });

  it('keeps the time axis where it is while filtering', async () => {
    const el = await timeline();
    const before = el.visibleRange!;
    el.actors = 'army';
    await el.updateComplete;
    expect(el.visibleRange).to.deep.equal(before);
  });

  it('filters to an actor chosen in the detail panel, and choosing it again clears that', async () => {
    const el = await timeline({ selected: 'e1' });
    const chip = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="detail"] .chip')].find((button) => button.textContent!.includes('Rebel coalition'))!;
    chip().click();
    await el.updateComplete;
    expect(el.actors).to.equal('rebels');
    expect(drawnIds(el)).to.deep.equal(['e1', 'e2', 'e6']);
    expect(chip().getAttribute('aria-pressed')).to.equal('true');
    chip().click();
    await el.updateComplete;
    expect(el.actors).to.equal(undefined);
    expect(drawnIds(el)).to.have.length(6);
  });

  it('says when nothing matches, and offers to clear the filters', async () => {
    const el = await timeline({ query: 'no such thing' });
    const empty = root(el).querySelector('.empty')!;
    expect(empty.textContent).to.contain('No events match the filters.');
    expect(root(el).querySelector('.plot')).to.equal(null);
    empty.querySelector('button')!.click();
    await el.updateComplete;
    expect(drawnIds(el)).to.have.length(6);
  });
});
