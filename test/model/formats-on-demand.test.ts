import { expect } from '@open-wc/testing';
import { loadReaders as loadOnDemand, syncReaders as loadedOnDemand } from '../../src/bundle/readers.js';
import { parseText, type ReaderSource } from '../../src/model/load.js';
import { parseDataset, parseWith } from '../../src/model/parse.js';
import * as formats from '../../src/model/formats.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const csv = 'date,title,actors\n2024-12-06,Evacuation from Damascus,IRGC\n2024-12-08,Fall of Damascus,HTS\n';
const timelineJs = JSON.stringify({ title: { text: { headline: 'Syria' } }, events: [{ start_date: { year: 2024, month: 12, day: 8 }, text: { headline: 'Damascus falls' } }] });
const native = JSON.stringify(smallDataset);

/** A source of readers that are not loaded until asked for, as in the self-contained bundle. */
function onDemand(load: () => Promise<typeof formats>) {
  let loaded: typeof formats | undefined;
  let asked = 0;
  const source: ReaderSource = {
    syncReaders: () => loaded,
    loadReaders: () => {
      asked++;
      return load().then((readers) => (loaded = readers));
    },
  };
  return { source, asked: () => asked };
}

/** The readers of CSV, ACLED and TimelineJS may come on demand (the bundle's sitrep-formats.js); native JSON never waits for them. */
describe('readers of the other formats, on demand', () => {
  it('parseWith reads native JSON without the readers, and says when a text needs them', () => {
    expect(parseWith(native, { url: 'a.json' }, undefined)?.ok).to.equal(true);
    expect(parseWith(csv, { url: 'a.csv' }, undefined)).to.equal(undefined);
    expect(parseWith(timelineJs, { url: 'a.json' }, undefined)).to.equal(undefined);
    expect(parseWith(JSON.parse(timelineJs), {}, undefined)).to.equal(undefined);
    expect(parseWith(csv, { url: 'a.csv' }, formats)?.ok).to.equal(true);
  });

  it('parseDataset still reads every format synchronously', () => {
    const spreadsheet = parseDataset(csv, { url: 'events.csv' });
    expect(spreadsheet.ok && spreadsheet.dataset.events.length).to.equal(2);
    const slides = parseDataset(timelineJs);
    expect(slides.ok && slides.dataset.title).to.equal('Syria');
  });

  it('loads the readers for CSV and TimelineJS, once, and not for native JSON', async () => {
    const { source, asked } = onDemand(() => Promise.resolve(formats));
    expect((await parseText(native, { url: 'https://example.org/a.json' }, source)).ok).to.equal(true);
    expect(asked()).to.equal(0);
    const spreadsheet = await parseText(csv, { url: 'https://example.org/events.csv' }, source);
    expect(spreadsheet.ok && spreadsheet.dataset.title).to.equal('Events');
    expect(asked()).to.equal(1);
    const slides = await parseText(timelineJs, { url: 'https://example.org/slides.json' }, source);
    expect(slides.ok && slides.dataset.events.length).to.equal(1);
    expect(asked()).to.equal(1);
  });

  it('turns readers that cannot be loaded into a parse error naming the data file, never a rejection', async () => {
    const { source } = onDemand(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    const result = await parseText(csv, { url: 'https://example.org/events.csv' }, source);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.error.kind).to.equal('parse');
    expect(result.error.url).to.equal('https://example.org/events.csv');
    expect(result.error.message).to.include('https://example.org/events.csv could not be read').and.include('Failed to fetch dynamically imported module');
  });

  it('the bundle\'s loader names sitrep-formats.js when it cannot be loaded, and tries again the next time', async () => {
    let error: Error | undefined;
    await loadOnDemand(() => Promise.reject(new Error('404'))).catch((caught: Error) => (error = caught));
    expect(error?.message).to.include('sitrep-formats.js').and.include('beside sitrep.js').and.include('404');
    expect(loadedOnDemand()).to.equal(undefined);
    const readers = await loadOnDemand();
    expect(readers.readSpreadsheetSteps).to.be.a('function');
    expect(loadedOnDemand()).to.equal(readers);
  });
});
