/**
 * Writes data/syria-2024-acled.csv: the shipped story's events in ACLED's current 31-column
 * export layout, so the story can be loaded the way a desk holding an ACLED export would.
 * Every row is written from data/syria-2024.json; none comes from ACLED, whose terms forbid
 * redistributing its rows. Run: node scripts/acled-sample.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { csvFormatRows } from 'd3-dsv';

const root = new URL('../', import.meta.url);
const dataset = JSON.parse(readFileSync(new URL('data/syria-2024.json', root), 'utf8'));

const HEADER = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
];

const EVENT_TYPES = {
  battle: 'Battles',
  explosion: 'Explosions/Remote violence',
  'violence-against-civilians': 'Violence against civilians',
  protest: 'Protests',
  riot: 'Riots',
  strategic: 'Strategic developments',
};
const DISORDER = { protest: 'Demonstrations', riot: 'Demonstrations', strategic: 'Strategic developments' };
/** ACLED's actor types; persons, coalitions and others have none, and stay untyped. */
const INTER = { state: 'State forces', rebel: 'Rebel group', militia: 'Political militia', external: 'External/Other forces', civilian: 'Civilians' };
const COUNTRIES = { SY: ['Syria', 760], IR: ['Iran', 364], LB: ['Lebanon', 422], IQ: ['Iraq', 368], RU: ['Russia', 643], IL: ['Israel', 376], TR: ['Turkey', 792] };

const actorById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
const placeById = new Map(dataset.places.map((place) => [place.id, place]));

const rows = dataset.events.map((event, index) => {
  const start = event.date.split('/')[0].replace(/[~?%]/g, '');
  // ACLED records one day; an inexact date is "within the week" (precision 2).
  const precision = /[~?%]/.test(event.date) ? '2' : '1';
  const actors = event.actors.map((id) => actorById.get(id)).filter(Boolean);
  const first = actors[0];
  const opponent = actors.find((actor) => actor.side && first?.side && actor.side !== first.side);
  // Actor 2 and its associates are those on another side than actor 1.
  const onFirstSide = (actor) => !actor.side || !first?.side || actor.side === first.side;
  const withFirst = actors.filter((actor) => actor !== first && onFirstSide(actor));
  const withOpponent = actors.filter((actor) => actor !== opponent && !onFirstSide(actor));
  const place = placeById.get(event.place);
  const [country, iso] = COUNTRIES[place?.country ?? 'SY'] ?? ['Syria', 760];
  const notes = event.summary ? `${event.title}. ${event.summary}` : event.title;
  return [
    `SRP${String(index + 1).padStart(4, '0')}`,
    start,
    start.slice(0, 4),
    precision,
    DISORDER[event.type] ?? 'Political violence',
    EVENT_TYPES[event.type],
    event.subtype ?? 'Other',
    first?.name ?? '',
    withFirst.map((actor) => actor.name).join('; '),
    INTER[first?.type] ?? '',
    opponent?.name ?? '',
    withOpponent.map((actor) => actor.name).join('; '),
    INTER[opponent?.type] ?? '',
    '',
    event.type === 'violence-against-civilians' ? 'Civilian targeting' : '',
    String(iso),
    'Middle East',
    country,
    '',
    '',
    '',
    place?.name ?? '',
    place ? place.lat.toFixed(4) : '',
    place ? place.lon.toFixed(4) : '',
    '1',
    event.sources.map((source) => source.name).join('; '),
    'International',
    notes,
    String(event.fatalities?.min ?? 0),
    '',
    '1735689600',
  ];
});

writeFileSync(new URL('data/syria-2024-acled.csv', root), `${csvFormatRows([HEADER, ...rows])}\n`);
console.log(`data/syria-2024-acled.csv: ${rows.length} rows`);
