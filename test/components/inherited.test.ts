import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SitrepActorCard, SitrepTimeline } from '../../src/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;
/** Persian digits, which `fa` uses (CLDR's `ar` now defaults to Latin digits). */
const PERSIAN_DIGIT = /[\u06f0-\u06f9]/;

describe('lang and dir followed after the first render', () => {
  it('follows a change of dir and lang on an ancestor', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en" dir="ltr" style="width: 900px"><sitrep-timeline .data=${smallDataset}></sitrep-timeline></div>`);
    const el = page.querySelector<SitrepTimeline>('sitrep-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="mark"]'), 'drawn');
    expect(base(el).getAttribute('dir')).to.equal('ltr');
    expect(PERSIAN_DIGIT.test(el.shadowRoot!.querySelector('[part~="axis"]')!.textContent!)).to.equal(false);
    page.setAttribute('dir', 'rtl');
    page.setAttribute('lang', 'fa');
    await waitUntil(() => base(el).getAttribute('dir') === 'rtl', 'mirrored');
    await el.updateComplete;
    expect(base(el).getAttribute('lang')).to.equal('fa');
    expect(PERSIAN_DIGIT.test(el.shadowRoot!.querySelector('[part~="axis"]')!.textContent!), 'Persian digits on the axis').to.equal(true);
  });

  it('follows its own lang, and an ancestor inside another component\'s shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('section');
    wrapper.setAttribute('lang', 'en');
    const card = document.createElement('sitrep-actor-card') as SitrepActorCard;
    card.data = smallDataset;
    card.setAttribute('actor', 'rebels');
    wrapper.append(card);
    shadow.append(wrapper);
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="name"]'), 'card drawn');
    expect(card.shadowRoot!.querySelector('[part~="name"]')!.textContent).to.equal('Rebel coalition');
    wrapper.setAttribute('lang', 'ar');
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="name"]')!.textContent === 'تحالف المعارضة', 'Arabic name from the shadow-root ancestor');
    card.setAttribute('lang', 'en');
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="name"]')!.textContent === 'Rebel coalition', 'own lang wins');
  });
});
