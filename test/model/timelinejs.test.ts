import { expect } from '@open-wc/testing';
import { parseDataset } from '../../src/model/parse.js';
import { htmlToText, slideDateToEdtf } from '../../src/model/timelinejs.js';

const json = {
  title: { text: { headline: '<b>Syria</b> &amp; Iran, 2024', text: '<p>Title slide</p>' } },
  events: [
    { start_date: { year: '2024', month: '12', day: '6' }, text: { headline: 'Evacuation begins', text: '<p>Staff <i>leave</i>.</p>' }, group: 'Iran', unique_id: 'evac', media: { url: 'https://example.org/a', credit: 'The Times' } },
    { start_date: { year: 2024, month: 12, day: 7, hour: 9, minute: 30 }, end_date: { year: 2024, month: 12, day: 9 }, text: { headline: 'Denial' }, group: 'Iran', display_date: 'Morning of 7 December' },
    { start_date: { year: '2024', month: '12', day: '' }, text: { headline: 'December, month only' }, group: 'Rebels' },
    { start_date: { year: '' }, text: { headline: 'No year' } },
    { start_date: { year: '2024', month: '12', day: '8' }, text: { headline: 'Bad link' }, media: { url: 'javascript:alert(1)', credit: 'Trap' } },
  ],
  eras: [{ start_date: { year: 2024 }, end_date: { year: 2025 }, text: { headline: 'An era' } }],
};

describe('TimelineJS (format="timelinejs", or detected)', () => {
  it('reads version 3 JSON: parts as strings or numbers, empty parts absent, end dates, groups as lanes, display dates, the title slide', () => {
    const result = parseDataset(JSON.stringify(json), { url: 'https://x.example/timeline.json' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const { dataset, issues } = result;
    expect(dataset.title).to.equal('Syria & Iran, 2024');
    const byTitle = Object.fromEntries(dataset.events.map((event) => [event.title, event]));
    expect(byTitle['Evacuation begins']!).to.deep.include({ id: 'evac', date: '2024-12-06', summary: 'Staff leave .' });
    expect(byTitle['Evacuation begins']!.sources).to.deep.equal([{ name: 'The Times', url: 'https://example.org/a' }]);
    expect(byTitle['Denial']!.date).to.equal('2024-12-07T09:30/2024-12-09');
    expect(byTitle['Denial']!.displayDate).to.equal('Morning of 7 December');
    expect(byTitle['December, month only']!.when.precision).to.equal('month');
    expect(dataset.actors.map((actor) => actor.name)).to.deep.equal(['Iran', 'Rebels']);
    expect(byTitle['Bad link']!.sources).to.deep.equal([{ name: 'Trap' }]);
    const noYear = issues.find((issue) => issue.path === '$.events[3].start_date')!;
    expect(noYear.message).to.contain('the date has no year');
  });

  it('rejects version 2 files with a message that says so', () => {
    const result = parseDataset(JSON.stringify({ timeline: { headline: 'Old', type: 'default', startDate: '2011,3,23', date: [{ startDate: '2011,3,23', headline: 'x' }] } }));
    expect(!result.ok && [result.error.kind, result.error.message]).to.deep.equal([
      'parse',
      'the data cannot be read: this is a TimelineJS 2 file ({"timeline": {"date": [...]}}); open it in TimelineJS 3 or save it again in the TimelineJS 3 format ({"events": [...]})',
    ]);
  });

  it('reads its spreadsheet (version 3 columns): the title row names the dataset, eras are skipped', () => {
    const csv = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
      ',,,,,,,,,Syria 2024,Intro,,,,,title,,',
      '2024,11,27,,,,,,,Offensive begins,"<p>From Idlib, west of Aleppo</p>",https://example.org/o,Agency,,,,Rebels,',
      '2024,12,6,,2024,12,8,,Early December,Evacuation,,,,,,,Iran,',
      '2024,,,,2025,,,,,An era,,,,,,era,,',
    ].join('\n');
    const result = parseDataset(csv, { url: 'https://x.example/sheet.csv' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.dataset.title).to.equal('Syria 2024');
    expect(result.dataset.events.map((event) => [event.title, event.date, event.displayDate ?? ''])).to.deep.equal([
      ['Offensive begins', '2024-11-27', ''],
      ['Evacuation', '2024-12-06/2024-12-08', 'Early December'],
    ]);
    expect(result.dataset.events[0]!.summary).to.equal('From Idlib, west of Aleppo');
  });

  it('turns HTML into text and builds EDTF from parts', () => {
    expect(htmlToText('<p>One &lt;b&gt; <script>alert(1)</script>two&#39;s &#x41;</p>')).to.equal("One <b> two's A");
    expect(slideDateToEdtf({ year: '2024', month: '3', day: '9', hour: '7', minute: '' })).to.deep.equal({ edtf: '2024-03-09T07:00' });
    expect(slideDateToEdtf({ year: -500 })).to.deep.equal({ message: 'the year "-500" is not one this library reads (years 0–9999)' });
  });

  it('reads HTML left open in time that grows with its length only', () => {
    // Each of these took seconds when a pattern searched to the end from every "<".
    for (const html of ['<script>'.repeat(100_000), '<a'.repeat(300_000), '<style x>'.repeat(50_000), `<p>${'<'.repeat(400_000)}`]) {
      const started = performance.now();
      htmlToText(html);
      expect(performance.now() - started, html.slice(0, 12)).to.be.below(400);
    }
    expect(htmlToText('<p>Kept</p><STYLE>p { color: red }</style >then<script>never closed')).to.equal('Kept then');
    expect(htmlToText('a < b and c > d')).to.equal('a d');
  });

  it('writes a character reference beyond Unicode as the replacement character instead of failing', () => {
    expect(htmlToText('x&#99999999;y&#x110000;z&#0;')).to.equal('x\ufffdy\ufffdz\ufffd');
    expect(htmlToText('&constructor; &__proto__; &toString;')).to.equal('&constructor; &__proto__; &toString;');
    const result = parseDataset(JSON.stringify({ events: [{ start_date: { year: 2024 }, text: { headline: 'H &#99999999;' } }] }));
    expect(result.ok && result.dataset.events[0]!.title).to.equal('H \ufffd');
  });
});
