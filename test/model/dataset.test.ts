import { expect } from '@open-wc/testing';
import syria from '../../data/syria-2024.json';
import { validateDataset } from '../../src/model/validate.js';

/** The shipped story: data/syria-2024.json. */
describe('data/syria-2024.json', () => {
  const { dataset, issues } = validateDataset(syria);

  it('validates with 0 errors and 0 warnings', () => {
    expect(issues.map((issue) => `${issue.severity} ${issue.path}: ${issue.message}`)).to.deep.equal([]);
  });

  it('has at least 40 events, all between 27 November and 21 December 2024', () => {
    expect(dataset!.events.length).to.be.at.least(40);
    for (const event of dataset!.events) {
      expect(event.when.min, event.id).to.be.at.least(Date.UTC(2024, 10, 27));
      expect(event.when.min, event.id).to.be.below(Date.UTC(2024, 11, 22));
    }
  });

  it('has at least 15 actors, each with an Arabic name, and Persian names for the Iranian ones', () => {
    expect(dataset!.actors.length).to.be.at.least(15);
    for (const actor of dataset!.actors) expect(actor.names.ar, actor.id).to.be.a('string');
    for (const id of ['iran', 'irgc-qf']) expect(dataset!.actorById.get(id)!.names.fa, id).to.be.a('string');
  });

  it('names every actor and place in Arabic, Persian and Hebrew, each in its own script', () => {
    // Persian writes ی and ک where Arabic writes ي and ك: an Arabic spelling on a Persian page is a wrong name.
    const scripts = { ar: /^[\p{Script=Arabic}\d\s()/–,.-]+$/u, fa: /^[^يك]*$/u, he: /^[\p{Script=Hebrew}\d\s()/–,.'-]+$/u };
    for (const item of [...dataset!.actors, ...dataset!.places]) {
      for (const [tag, script] of Object.entries(scripts)) {
        expect(item.names[tag], `${item.id} ${tag}`).to.match(script);
        if (tag !== 'he') expect(item.names[tag], `${item.id} ${tag}`).to.match(/\p{Script=Arabic}/u);
      }
    }
  });

  it('has at least 20 places with coordinates', () => {
    expect(dataset!.places.length).to.be.at.least(20);
    for (const place of dataset!.places) expect(Number.isFinite(place.lat) && Number.isFinite(place.lon), place.id).to.equal(true);
  });

  it('has at least 12 routes, including the four evacuation routes of 6 December', () => {
    expect(dataset!.routes.length).to.be.at.least(12);
    const evacuation = {
      'evac-air-tehran': ['air', 'tehran'],
      'evac-land-lebanon': ['land', 'beirut'],
      'evac-land-iraq': ['land', 'baghdad'],
      'evac-land-latakia': ['land', 'latakia'],
    };
    for (const [id, [mode, to]] of Object.entries(evacuation)) {
      const route = dataset!.routeById.get(id);
      expect(route, id).not.to.equal(undefined);
      expect([route!.mode, route!.to, route!.when.min], id).to.deep.equal([mode, to, Date.UTC(2024, 11, 6)]);
    }
  });

  it('gives every event at least one source with an http(s) link', () => {
    for (const event of dataset!.events) expect(event.sources.some((source) => /^https?:\/\//.test(source.url ?? '')), event.id).to.equal(true);
  });

  it('keeps conflicting reports visible: disputed or denied items, and uncertain or approximate dates', () => {
    const contested = [...dataset!.events, ...dataset!.routes].filter((item) => item.status === 'disputed' || item.status === 'denied');
    expect(contested.length).to.be.at.least(4);
    const inexact = dataset!.events.filter(({ when }) => when.uncertain || when.approximate || when.max - when.min > 86_400_000);
    expect(inexact.length).to.be.at.least(6);
  });
});
