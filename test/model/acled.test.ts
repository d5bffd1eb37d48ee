import { expect } from '@open-wc/testing';
import { acledDate, acledDay } from '../../src/model/acled.js';
import { parseDataset } from '../../src/model/parse.js';
import { parseEdtf } from '../../src/model/dates.js';

// Invented rows in ACLED's layouts (real ACLED rows may not be redistributed).
const CURRENT =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
const rowCurrent = [
  'XYZ1001,2024-12-06,2024,1,Political violence,Battles,Armed clash,Rebel Front,Allied Brigade; Local Group,Rebel group,Military Forces of Testland (2000-),,State forces,State forces-Rebel group,,999,Middle East,Testland,North,,,Northtown,36.2000,37.1600,1,Agency A; Paper B,National,"Clashes near Northtown, with ""heavy"" fire.",4,,1733500000',
  'XYZ1002,2024-12-10,2024,2,Strategic developments,Strategic developments,Change to group/activity,Foreign Forces of Otherland,,External/Other forces,,,,External/Other forces only,,999,Middle East,Testland,South,,,Southport,35.5000,35.8000,1,Paper B,International,Forces moved to the coast.,0,,1733500000',
  'XYZ1003,15 December 2024,2024,3,Political violence,Violence against civilians,Attack,Unidentified Armed Group (Testland),,Political militia,Civilians (Testland),,Civilians,Political militia-Civilians,Civilian targeting,999,Middle East,Testland,East,,,Easton,34.0,40.0,2,Monitor C,Subnational,Attack reported.,1,,1733500000',
].join('\n');

describe('ACLED exports (format="acled", or detected)', () => {
  it('reads the current 31-column layout: types, precision, actors with their kinds, places, sources, notes and fatalities', () => {
    const result = parseDataset(`${CURRENT}\n${rowCurrent}`, { url: 'https://x.example/acled-export.csv' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const { dataset, issues } = result;
    expect(issues).to.deep.equal([]);
    // Events come in time order; the month-precision one starts on 1 December.
    const [first, second, third] = ['XYZ1001', 'XYZ1002', 'XYZ1003'].map((id) => dataset.events.find((event) => event.id === id));
    expect([first!.id, first!.type, first!.subtype, first!.title]).to.deep.equal(['XYZ1001', 'battle', 'Armed clash', 'Armed clash in Northtown']);
    expect(first!.summary).to.equal('Clashes near Northtown, with "heavy" fire.');
    expect(first!.fatalities).to.deep.equal({ min: 4, max: 4 });
    expect(first!.sources).to.deep.equal([{ name: 'Agency A' }, { name: 'Paper B' }]);
    expect(first!.actors.map((id) => dataset.actorById.get(id)!.name)).to.deep.equal(['Rebel Front', 'Allied Brigade', 'Local Group', 'Military Forces of Testland (2000-)']);
    expect(dataset.actorById.get(first!.actors[0]!)!.type).to.equal('rebel');
    expect(dataset.actorById.get(first!.actors[3]!)!.type).to.equal('state');
    expect(dataset.placeById.get(first!.place!)).to.deep.include({ name: 'Northtown', lat: 36.2, lon: 37.16 });
    // Precision 2: the week around the recorded day, approximate.
    expect([second!.date, second!.when.approximate]).to.deep.equal(['2024-12-07~/2024-12-13~', true]);
    expect(dataset.actorById.get(second!.actors[0]!)!.type).to.equal('external');
    // Precision 3, and the export tool's "15 December 2024": the month.
    expect([third!.date, third!.when.precision, third!.type]).to.deep.equal(['2024-12', 'month', 'violence-against-civilians']);
  });

  it('reads older exports with numeric actor types', () => {
    const header = 'data_id,event_date,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,location,latitude,longitude,source,notes,fatalities';
    const result = parseDataset(`${header}\n55,2019-03-02,1,Protests,Peaceful protest,Protesters (Testland),6,,0,Capital,33.5,36.3,Paper,March,0`, { format: 'acled' });
    expect(result.ok && [result.dataset.events[0]!.id, result.dataset.events[0]!.type, result.dataset.actors[0]!.type]).to.deep.equal(['55', 'protest', 'other']);
  });

  it('reads legacy exports: UPPERCASE headers, old event types, named dates, a note line before the header', () => {
    const legacy = [
      '(Sample)',
      'GWNO,EVENT_ID_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,LOCATION,LATITUDE,LONGITUDE,SOURCE,NOTES,FATALITIES',
      '999,OLD1,01-January-2015,2015,1,Battle-Non-state actor overtakes territory,Rebels A,,2,Army B,,1,12,Testland,Hilltown,35,36,Wire,"Taken after fighting",3',
      '999,OLD2,02-January-2015,2015,1,Riots/Protests,Rioters (Testland),,5,,,0,50,Testland,Hilltown,35,36,Wire,Unrest,0',
      '999,OLD3,03-January-2015,2015,1,Remote violence,Army B,,1,,,0,10,Testland,Hilltown,35,36,Wire,Shelling,1',
    ].join('\n');
    const result = parseDataset(legacy, { url: 'https://x.example/legacy.csv' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((event) => [event.id, event.type, event.subtype ?? '', event.date])).to.deep.equal([
      ['OLD1', 'battle', 'Non-state actor overtakes territory', '2015-01-01'],
      ['OLD2', 'riot', '', '2015-01-02'],
      ['OLD3', 'explosion', '', '2015-01-03'],
    ]);
    expect(result.issues[0]!.message).to.equal('The first line was not the header and is ignored');
  });

  it('reports a row it cannot read, by row and column, and keeps the rest', () => {
    const header = 'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,location,latitude,longitude,source,notes,fatalities';
    const result = parseDataset(`${header}\nA1,2024-12-06,1,Battles,Armed clash,X,Rebel group,T,1,1,S,N,0\nA2,someday,1,Battles,Armed clash,X,Rebel group,T,1,1,S,N,0\nA3,2024-12-07,1,Parades,,X,Rebel group,T,1,1,S,N,0`, { format: 'acled' });
    expect(result.ok && result.dataset.events.map((event) => event.id)).to.deep.equal(['A1']);
    const issues = result.ok ? result.issues : [];
    expect(issues.map((issue) => [issue.row, issue.column])).to.deep.equal([
      [3, 'event_date'],
      [4, 'event_type'],
    ]);
  });

  it('makes an id of an event_id_cnty that is not one, and leaves out a count of deaths that is not one, each with a warning', () => {
    const header = 'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,location,latitude,longitude,source,notes,fatalities';
    const result = parseDataset(`${header}\nA 6 <b>,2024-12-06,1,Battles,Armed clash,X,Rebel group,T,1,1,S,N,-3\nA7,2024-12-07,1,Battles,Armed clash,X,Rebel group,T,1,1,S,N,2.5\nA8,2024-12-08,1,Battles,Armed clash,X,Rebel group,T,1,1,S,N,4`, { format: 'acled' });
    expect(result.ok && result.dataset.events.map((event) => [event.id, event.fatalities?.min])).to.deep.equal([['a-6-b', undefined], ['A7', undefined], ['A8', 4]]);
    expect(result.ok && result.issues.map((issue) => [issue.severity, issue.row, issue.column])).to.deep.equal([
      ['warning', 2, 'event_id_cnty'],
      ['warning', 2, 'fatalities'],
      ['warning', 3, 'fatalities'],
    ]);
  });

  it('finds nothing for cells named like what every object inherits ("constructor", "__proto__", "toString")', () => {
    const header = 'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,location,latitude,longitude,source,notes,fatalities';
    const rows = ['constructor', '__proto__', 'toString'].map((name, index) => `A${index},2024-12-06,1,${name},,X,${name},T,1,1,S,N,0`);
    const result = parseDataset(`${header}\nB1,2024-12-06,1,Battles,Armed clash,X,constructor,T,1,1,S,N,0\n${rows.join('\n')}`, { format: 'acled' });
    expect(result.ok && result.dataset.events.map((event) => [event.id, event.type, event.title])).to.deep.equal([['B1', 'battle', 'Armed clash in T']]);
    expect(result.ok && [...result.dataset.actorById.values()].map((actor) => typeof actor.type)).to.deep.equal(['undefined']);
    expect(result.ok && result.issues.map((issue) => [issue.row, issue.column])).to.deep.equal([[3, 'event_type'], [4, 'event_type'], [5, 'event_type']]);
  });

  it('turns time_precision into EDTF: day, week (±3 days, approximate), month (or an edge day, approximate)', () => {
    const day = acledDay('2024-12-15')!;
    expect([acledDate(day, '1'), acledDate(day, '2'), acledDate(day, '3')]).to.deep.equal(['2024-12-15', '2024-12-12~/2024-12-18~', '2024-12']);
    expect(acledDate(acledDay('31 December 2024')!, '3')).to.equal('2024-12-31~');
    expect(acledDay('06-Dec-2024')).to.deep.equal({ year: 2024, month: 12, day: 6 });
    expect(acledDay('2024/12/06')).to.equal(undefined);
  });

  it('rejects an impossible calendar date at its row and event_date column whatever the precision, and keeps the valid rows', () => {
    const header = 'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,location,latitude,longitude,source,notes,fatalities';
    const rows = [
      ['B1', '2024-13-45', '2'],
      ['B2', '31 February 2024', '2'],
      ['B3', '31 February 2024', '3'],
      ['B4', '99 Dec 2024', '3'],
      ['B5', '2024-02-30', '1'],
      ['B6', '2024-00-10', '3'],
      ['B7', '29 February 2024', '3'],
      ['B8', '2024-02-28', '2'],
      ['B9', '15 Feb 2024', '3'],
    ].map(([id, date, precision]) => `${id},${date},${precision},Battles,Armed clash,X,Rebel group,T,1,1,S,N,0`);
    const result = parseDataset(`${header}\n${rows.join('\n')}`, { format: 'acled' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.dataset.events.map((event) => [event.id, event.date]).sort()).to.deep.equal([
      ['B7', '2024-02-29~'],
      ['B8', '2024-02-25~/2024-03-02~'],
      ['B9', '2024-02'],
    ]);
    expect(result.issues.map((issue) => [issue.severity, issue.row, issue.column, issue.value])).to.deep.equal([
      ['error', 2, 'event_date', '2024-13-45'],
      ['error', 3, 'event_date', '31 February 2024'],
      ['error', 4, 'event_date', '31 February 2024'],
      ['error', 5, 'event_date', '99 Dec 2024'],
      ['error', 6, 'event_date', '2024-02-30'],
      ['error', 7, 'event_date', '2024-00-10'],
    ]);
  });

  it('acledDate gives an impossible day back as it is, for the reader to reject, at every precision', () => {
    for (const precision of ['1', '2', '3']) {
      for (const text of ['2024-13-45', '31 February 2024', '99 Dec 2024', '2023-02-29']) {
        const day = acledDay(text)!;
        expect(parseEdtf(acledDate(day, precision)).ok, `${text} at precision ${precision}`).to.equal(false);
      }
    }
  });

  it('acledDate reads years before 100 as written', () => {
    const day = { year: 50, month: 6, day: 1 };
    expect([acledDate(day, '1'), acledDate(day, '2'), acledDate(day, '3')]).to.deep.equal(['0050-06-01', '0050-05-29~/0050-06-04~', '0050-06-01~']);
    expect(acledDate({ year: 0, month: 2, day: 29 }, '3')).to.equal('0000-02-29~');
  });
});

describe('the shipped story in ACLED\'s layout (data/syria-2024-acled.csv, written from the native file)', () => {
  it('reads all 60 rows with no issue, and keeps each event\'s type, day, actors, place and sources', async () => {
    const [csv, native] = await Promise.all([fetch('/data/syria-2024-acled.csv').then((r) => r.text()), fetch('/data/syria-2024.json').then((r) => r.json())]);
    const acled = parseDataset(csv, { url: '/data/syria-2024-acled.csv' });
    const original = parseDataset(native);
    expect(acled.ok && original.ok).to.equal(true);
    if (!acled.ok || !original.ok) return;
    expect(acled.issues).to.deep.equal([]);
    expect(acled.dataset.events.length).to.equal(original.dataset.events.length);
    const byId = new Map(acled.dataset.events.map((event) => [event.id, event]));
    // Rows are numbered in the native file's order.
    original.dataset.events.forEach((event) => {
      const index = (native.events as { id: string }[]).findIndex((raw) => raw.id === event.id);
      const row = byId.get(`SRP${String(index + 1).padStart(4, '0')}`)!;
      expect(row.type, event.id).to.equal(event.type);
      expect(row.summary!.startsWith(event.title), event.id).to.equal(true);
      // The first day, or the week around it for an inexact date.
      expect(row.when.min, event.id).to.be.at.most(event.when.min);
      expect(row.when.max, event.id).to.be.at.least(event.when.min);
      const names = (dataset: typeof acled.dataset, ids: readonly string[]) => ids.map((id) => dataset.actorById.get(id)!.name).sort();
      expect(names(acled.dataset, row.actors), event.id).to.deep.equal(names(original.dataset, event.actors));
      expect(acled.dataset.placeById.get(row.place!)!.name, event.id).to.equal(original.dataset.placeById.get(event.place!)!.name);
      expect(row.sources.map((source) => source.name), event.id).to.deep.equal(event.sources.map((source) => source.name));
    });
  });
});
