/**
 * Property tests: whatever bytes a server sends, loading ends in a dataset with located issues or
 * a typed error, never in an exception; and tables written as CSV read back unchanged.
 *
 * Runs are seeded from the date so every day explores new inputs; a failure prints its seed and
 * path, which reproduce it (`fc.assert(..., { seed, path })`) and then become a fixture below.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvFormatRows, dsvFormat } from 'd3-dsv';
import { csvCuts, readCsvTableSteps } from '../../src/model/csv.js';
import { runSteps } from '../../src/model/steps.js';

const readCsvTable = (text: string) => runSteps(readCsvTableSteps(text));
import { loadDataset } from '../../src/model/load.js';
import { parseDataset } from '../../src/model/parse.js';
import type { LoadResult } from '../../src/model/parse.js';
import { LOAD_ERROR_KINDS } from '../../src/model/types.js';

const ERROR_KINDS = new Set<string>(LOAD_ERROR_KINDS);
const seed = Number(new Date().toISOString().slice(0, 10).replaceAll('-', ''));
const encoder = new TextEncoder();

/**
 * A loading result that keeps the promise: a dataset with well-formed issues, or a typed error
 * with a message. `served`: the bytes arrived, so the error is about them, never the network.
 */
function expectWellFormed(result: LoadResult, served = false): void {
  if (result.ok) {
    expect(result.dataset.events).to.be.an('array');
    for (const issue of result.issues) {
      expect(issue.message).to.be.a('string').and.not.equal('');
      if (issue.row !== undefined) expect(Number.isInteger(issue.row) && issue.row >= 1, `row ${issue.row}`).to.equal(true);
    }
  } else {
    expect(ERROR_KINDS.has(result.error.kind), result.error.kind).to.equal(true);
    if (served) expect(result.error.kind, result.error.message).to.be.oneOf(['parse', 'validation']);
    expect(result.error.message).to.be.a('string').and.not.equal('');
  }
}

let served = 0;
/** Loads `bytes` as if a server sent them at a fresh address ending in `extension`. */
function loadBytes(bytes: Uint8Array, extension: string, contentType = ''): Promise<LoadResult> {
  const fetch = (() => Promise.resolve(new Response(bytes.slice(), { status: 200, headers: contentType ? { 'content-type': contentType } : {} }))) as unknown as typeof globalThis.fetch;
  return loadDataset(`https://fuzz.example/${served++}/data.${extension}`, { fetch }) as Promise<LoadResult>;
}

// Invented rows in ACLED's current layout (real ACLED rows may not be redistributed).
const ACLED = [
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
  'XYZ1001,2024-12-06,2024,1,Political violence,Battles,Armed clash,Rebel Front,Allied Brigade,Rebel group,Military Forces of Testland,,State forces,State forces-Rebel group,,999,Middle East,Testland,North,,,Northtown,36.2,37.16,1,Agency A; Paper B,National,"Clashes near Northtown, with ""heavy"" fire.",4,,1733500000',
  'XYZ1002,15 December 2024,2024,3,Political violence,Violence against civilians,Attack,Unidentified Armed Group,,Political militia,Civilians,,Civilians,Political militia-Civilians,Civilian targeting,999,Middle East,Testland,East,,,Easton,34.0,40.0,2,Monitor C,Subnational,Attack reported.,1,,1733500000',
].join('\r\n');

/** The shipped files and an invented ACLED export, as bytes with the extension they are served under. */
async function fixtures(): Promise<{ name: string; bytes: Uint8Array; extension: string }[]> {
  const read = async (path: string) => new Uint8Array(await (await fetch(path)).arrayBuffer());
  return [
    { name: 'sitrep JSON', bytes: await read('/data/syria-2024.json'), extension: 'json' },
    { name: 'spreadsheet CSV', bytes: await read('/data/syria-2024-sample.csv'), extension: 'csv' },
    { name: 'TimelineJS JSON', bytes: await read('/data/syria-2024-timelinejs.json'), extension: 'json' },
    { name: 'ACLED CSV', bytes: encoder.encode(ACLED), extension: 'csv' },
  ];
}

/** The damage a file suffers on its way: cut short, a byte flipped, a BOM inserted, a quote deleted, a row repeated. */
type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'bom'; at: number }
  | { kind: 'delete-quote'; nth: number }
  | { kind: 'duplicate-row'; nth: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('bom' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete-quote' as const), nth: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-row' as const), nth: fc.nat() }),
);

/** Applies mutations in order; positions wrap around the current length. */
function mutate(source: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = source;
  for (const change of mutations) {
    const length = Math.max(bytes.length, 1);
    switch (change.kind) {
      case 'truncate':
        bytes = bytes.slice(0, change.at % length);
        break;
      case 'flip': {
        bytes = bytes.slice();
        if (bytes.length) bytes[change.at % length] ^= 1 << change.bit;
        break;
      }
      case 'bom': {
        const at = change.at % (bytes.length + 1);
        bytes = new Uint8Array([...bytes.subarray(0, at), 0xef, 0xbb, 0xbf, ...bytes.subarray(at)]);
        break;
      }
      case 'delete-quote': {
        const quotes = bytes.reduce<number[]>((found, byte, index) => (byte === 34 ? (found.push(index), found) : found), []);
        if (quotes.length) {
          const at = quotes[change.nth % quotes.length]!;
          bytes = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + 1)]);
        }
        break;
      }
      case 'duplicate-row': {
        const ends = bytes.reduce<number[]>((found, byte, index) => (byte === 10 ? (found.push(index + 1), found) : found), [0]);
        if (ends.length > 1) {
          const line = change.nth % (ends.length - 1);
          const row = bytes.subarray(ends[line]!, ends[line + 1]!);
          bytes = new Uint8Array([...bytes.subarray(0, ends[line + 1]!), ...row, ...bytes.subarray(ends[line + 1]!)]);
        }
        break;
      }
    }
  }
  return bytes;
}

describe('fuzzing the loaders (fast-check)', () => {
  it('loads any bytes as a dataset with issues or a typed error, whatever the extension and content type', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom('json', 'csv', 'txt'),
        fc.constantFrom('', 'application/json', 'text/csv', 'text/html'),
        async (bytes, extension, contentType) => expectWellFormed(await loadBytes(bytes, extension, contentType), true),
      ),
      { seed, numRuns: 300 },
    );
  });

  it('reads any text that starts like a known file as a dataset with issues or a typed error', () => {
    const start = fc.constantFrom('date,title\n', 'year,month,day,headline\n', '{"events":[', '{"version":1,"events":[{"id":', '{"events":[{"start_date":{"year":', 'event_date,event_type,actor1\n', '"');
    fc.assert(
      fc.property(start, fc.string({ unit: 'binary', maxLength: 600 }), fc.constantFrom('auto', 'sitrep', 'csv', 'timelinejs', 'acled') as fc.Arbitrary<'auto'>, (head, rest, format) =>
        expectWellFormed(parseDataset(head + rest, { format })),
      ),
      { seed, numRuns: 1000 },
    );
  });

  it('loads every damaged copy of the shipped files and of an ACLED export without throwing', async () => {
    const files = await fixtures();
    for (const file of files) {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => expectWellFormed(await loadBytes(mutate(file.bytes, mutations), file.extension), true)),
        { seed, numRuns: file.bytes.length > 20_000 ? 60 : 250 },
      );
    }
  });

  it('reads tables written as CSV back unchanged: quotes, separators, line breaks and any Unicode in cells', () => {
    const name = fc.stringMatching(/^[a-z][a-z_]{0,11}$/);
    const table = fc
      .uniqueArray(name, { minLength: 0, maxLength: 5 })
      .map((names) => ['date', 'title', ...names.filter((n) => n !== 'date' && n !== 'title')])
      .chain((header) =>
        fc.record({
          header: fc.constant(header),
          rows: fc.array(
            fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { minLength: header.length, maxLength: header.length }).filter((cells) => cells.some((cell) => cell.trim() !== '')),
            { maxLength: 8 },
          ),
        }),
      );
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const read = readCsvTable(csvFormatRows([header, ...rows]));
        if ('error' in read) throw new Error(read.error);
        expect(read.header).to.deep.equal(header);
        expect(read.rows.map((row) => row.cells)).to.deep.equal(rows);
        expect(read.rows.map((row) => row.row)).to.deep.equal(rows.map((_, index) => index + 2));
        expect(read.issues).to.deep.equal([]);
      }),
      { seed, numRuns: 500 },
    );
  });

  it('reads a CSV text cut into pieces into exactly the rows d3-dsv reads from the whole: quotes anywhere, CR, LF and CRLF, blank rows', () => {
    // Every cut that csvCuts allows is taken (pieces of one character or more), so a cut inside a
    // quoted cell, between \r and \n or after a skipped character would show as a different row.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ',', ';', '"', '""', '\n', '\r', '\r\n', ' '), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.constantFrom(',', ';'), fc.integer({ min: 1, max: 6 }), (csv, separator, size) => {
        const format = dsvFormat(separator);
        const rows: string[][] = [];
        let from = 0;
        for (const cut of csvCuts(csv, 0, separator, size)) {
          expect(cut).to.be.above(from);
          rows.push(...format.parseRows(csv.slice(from, cut)));
          from = cut;
        }
        rows.push(...format.parseRows(csv.slice(from)));
        expect(rows).to.deep.equal(format.parseRows(csv));
      }),
      { seed, numRuns: 3000 },
    );
  });

  it('reads a spreadsheet in pieces of any size into the same table, row numbers and issues as in one piece', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', 'é'), maxLength: 6 });
    const body = fc.array(fc.array(cell, { minLength: 0, maxLength: 4 }).map((cells) => cells.join(',')), { maxLength: 12 });
    fc.assert(
      fc.property(body, fc.constantFrom('\n', '\r\n'), fc.integer({ min: 1, max: 30 }), (lines, newline, size) => {
        const csv = ['date,title,notes', ...lines].join(newline);
        expect(runSteps(readCsvTableSteps(csv, size))).to.deep.equal(readCsvTable(csv));
      }),
      { seed, numRuns: 1000 },
    );
  });
});
