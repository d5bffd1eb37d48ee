import { expect } from '@open-wc/testing';
import syria from '../../data/syria-2024.json';
import { filterEvents, foldText, splitList } from '../../src/model/filter.js';
import { validateDataset } from '../../src/model/validate.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const small = validateDataset(smallDataset).dataset!;
const story = validateDataset(syria).dataset!;

describe('filterEvents', () => {
  it('returns the dataset\'s own events when nothing is filtered', () => {
    expect(filterEvents(small, {})).to.equal(small.events);
    expect(filterEvents(small, { actors: [], types: [], query: '  ' })).to.equal(small.events);
  });

  it('keeps events involving any of the actors, of any of the types', () => {
    expect(filterEvents(small, { actors: ['ally'] }).map((event) => event.id)).to.deep.equal(['e4', 'e5']);
    expect(filterEvents(small, { types: ['battle'] }).map((event) => event.id)).to.deep.equal(['e1', 'e2']);
    expect(filterEvents(small, { actors: ['rebels', 'army'], types: ['strategic'] }).map((event) => event.id)).to.deep.equal(['e3', 'e6']);
  });

  it('matches text in titles, summaries, and actor and place names, ignoring case and accents', () => {
    expect(filterEvents(small, { query: 'ENTERED' }).map((event) => event.id)).to.deep.equal(['e2']);
    expect(filterEvents(small, { query: 'north city' }).map((event) => event.id)).to.deep.equal(['e1', 'e2']);
    expect(filterEvents(small, { query: 'foreign' }).map((event) => event.id)).to.deep.equal(['e4', 'e5']);
    expect(filterEvents(small, { query: 'تحالف' }).map((event) => event.id)).to.deep.equal(['e1', 'e2', 'e6']);
  });

  it('finds the story\'s evacuation by an Arabic or Persian actor name', () => {
    const bySpelling = filterEvents(story, { query: 'hayat tahrir' }).length;
    expect(bySpelling).to.be.above(3);
    expect(filterEvents(story, { query: "Hay'at Tahrir" }).length).to.equal(bySpelling);
    expect(filterEvents(story, { query: 'evacuat' }).length).to.be.above(0);
  });

  it('foldText removes accents, Arabic diacritics and apostrophes', () => {
    expect(foldText("Hay'at Taḥrīr al-Shām")).to.equal('hayat tahrir al-sham');
    expect(foldText('حِزْبُ اللّٰه')).to.equal(foldText('حزب الله'));
    expect(foldText('أحمد')).to.equal(foldText('احمد'));
  });

  it('splitList reads comma-separated attribute values', () => {
    expect(splitList(' hts, saa ,,')).to.deep.equal(['hts', 'saa']);
    expect(splitList(undefined)).to.deep.equal([]);
  });
});
