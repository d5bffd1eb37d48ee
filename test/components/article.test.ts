import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SitrepTimeline } from '../../src/index.js';

/** The article pages (index.html, index.ar.html, index.fa.html): every element loads from the shared data, with a clean console. */
for (const page of ['/index.html', '/index.ar.html', '/index.fa.html']) {
  describe(`article page ${page}`, () => {
    it('loads every element, with one request for the data and no console error', async () => {
      const messages: string[] = [];
      const original = { error: console.error, warn: console.warn };
      console.error = (...args: unknown[]) => messages.push(`error: ${args.join(' ')}`);
      console.warn = (...args: unknown[]) => messages.push(`warn: ${args.join(' ')}`);
      try {
        const source = await (await fetch(page)).text();
        const parsed = new DOMParser().parseFromString(source, 'text/html');
        const host = await fixture<HTMLDivElement>(html`<div style="width: 1280px"></div>`);
        host.lang = parsed.documentElement.lang;
        host.dir = parsed.documentElement.dir || 'ltr';
        host.append(...[...parsed.body.children].map((node) => document.importNode(node, true)));
        const timeline = host.querySelector<SitrepTimeline>('sitrep-timeline')!;
        await waitUntil(() => timeline.events.length === 60, 'timeline loaded', { timeout: 8000 });
        const cards = [...host.querySelectorAll('sitrep-actor-card')];
        const chips = [...host.querySelectorAll('sitrep-route-chip')];
        await waitUntil(() => cards.every((card) => card.shadowRoot!.querySelector('[part~="name"]')) && chips.every((chip) => chip.shadowRoot!.querySelector('.place')), 'all drawn', { timeout: 8000 });
        expect(cards.length).to.be.at.least(7);
        expect(chips.length).to.be.at.least(6);
        expect([...cards, ...chips, timeline].filter((element) => element.shadowRoot!.querySelector('[part~="error"]'))).to.have.length(0);
      } finally {
        console.error = original.error;
        console.warn = original.warn;
      }
      expect(messages).to.deep.equal([]);
    });
  });
}
