/**
 * The spreadsheet format of SPEC.md (`format="csv"`): one row per event, a header row first,
 * columns in any order and any case. Every problem is located by its spreadsheet row (the header
 * is row 1) and column, in words a journalist understands; rows with errors are skipped.
 *
 * Parsing uses d3-dsv's `parseRows` (safe under a strict Content-Security-Policy; `csvParse`
 * is not) with the checks it leaves out: the separator is detected, a byte-order mark removed,
 * and an unterminated quote or a row of the wrong length reported instead of silently repaired.
 */
import { dsvFormat } from 'd3-dsv';
import { parseEdtf } from './dates.js';
import { NamedItems } from './named-items.js';
import { finishDataset, ID_PATTERN, ownValue, safeUrl, showsText } from './rules.js';
import { STEP_ROWS, type Steps } from './steps.js';
import { EVENT_TYPES, STATUSES, type Actor, type ConflictEvent, type DataIssue, type Dataset, type EventType, type Place, type Status } from './types.js';

/** The columns of the spreadsheet format. */
export const CSV_COLUMNS = ['id', 'date', 'end_date', 'title', 'summary', 'type', 'actors', 'place', 'lat', 'lon', 'source', 'source_url', 'status'] as const;
type Column = (typeof CSV_COLUMNS)[number];

const SEPARATORS = [',', ';', '\t', '|'] as const;
const SEPARATOR_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' };

/** A CSV file read into rows, with the problems of its shape. */
export interface CsvTable {
  readonly header: readonly string[];
  /** Data rows, each with its spreadsheet row number (the header is row 1). */
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
  readonly separator: string;
  readonly issues: DataIssue[];
}

const issue = (severity: DataIssue['severity'], row: number | undefined, column: string | undefined, message: string, value?: unknown): DataIssue => ({
  severity,
  message,
  ...(row !== undefined ? { row } : {}),
  ...(column !== undefined ? { column } : {}),
  ...(value !== undefined ? { value } : {}),
});

/**
 * The first rows of the text as d3-dsv reads them with this separator (see {@link csvCuts}),
 * each with its line break and where it starts: to find the header.
 */
function firstLines(text: string, count: number, separator: string): { line: string; start: number }[] {
  const lines: { line: string; start: number }[] = [];
  let start = 0;
  for (const end of csvCuts(text, 0, separator, 1)) {
    lines.push({ line: text.slice(start, end), start });
    start = end;
    if (lines.length === count) return lines;
  }
  if (start < text.length) lines.push({ line: text.slice(start), start });
  return lines;
}

/** A header this library reads: the spreadsheet format's, TimelineJS's, or an ACLED export's. */
function knownHeader(names: readonly string[]): boolean {
  const has = (name: string) => names.includes(name);
  return (has('date') && has('title')) || (has('year') && has('headline')) || (has('event_date') && has('event_type'));
}

/**
 * The header line (among the first five: exports may start with a note) and its separator: the
 * separator that finds a known header, the one giving most columns among several.
 */
function detectSeparator(text: string): { separator: string; unsure: boolean; skip: number; start: number } | undefined {
  // Where a quote opens a cell depends on the separator, and so where the rows end.
  const linesBySeparator = SEPARATORS.map((separator) => firstLines(text, 5, separator));
  for (let lineIndex = 0; lineIndex < 5; lineIndex++) {
    let best: { separator: string; columns: number; start: number } | undefined;
    let candidates = 0;
    for (const [index, separator] of SEPARATORS.entries()) {
      const line = linesBySeparator[index]![lineIndex];
      // A header names two columns at least, so it holds its separator ("date","title" would
      // otherwise read as one with any separator, d3-dsv skipping whatever follows a closing quote).
      if (!line?.line.includes(separator)) continue;
      const names = (dsvFormat(separator).parseRows(line.line)[0] ?? []).map((name) => name.trim().toLowerCase());
      if (!knownHeader(names)) continue;
      candidates++;
      if (!best || names.length > best.columns) best = { separator, columns: names.length, start: line.start };
    }
    if (best) return { separator: best.separator, unsure: candidates > 1, skip: lineIndex, start: best.start };
  }
  return undefined;
}


/** Characters of a CSV text parsed in one step of {@link readCsvTableSteps}: about 2,000 rows of an ACLED export. */
const PIECE = 1 << 20;

/**
 * Where a CSV text can be cut into pieces that d3-dsv's `parseRows` reads, one after the other,
 * into exactly the rows it reads from the whole text: just after a line break that ends a row,
 * every `size` characters or more. The rows are found as d3-dsv finds them: a quote opens a
 * quoted cell only at the start of a cell, `""` in one is a quote, the character after the
 * closing quote is skipped, and a row ends at \n, \r or \r\n. Searches jump from quote to quote
 * and from line break to line break, so a cut costs far less than parsing.
 *
 * Returns where a quote opens a cell that is never closed, if one does: d3-dsv reads the rest of
 * the text into that cell, the last of the last row.
 */
export function* csvCuts(text: string, from: number, separator: string, size = PIECE): Generator<number, number | undefined, void> {
  const separatorCode = separator.charCodeAt(0);
  // The next \n, \r and " at or after where each was last looked for (Infinity: none left).
  let newline = -1;
  let cr = -1;
  let quote = -1;
  const find = (char: string, cached: number, at: number): number => {
    if (cached >= at) return cached;
    const found = text.indexOf(char, at);
    return found < 0 ? Infinity : found;
  };
  let pieceStart = from;
  let cell = from;
  while (cell < text.length) {
    let end: number;
    if (text.charCodeAt(cell) === 34) {
      // A quoted cell: up to the quote that is not doubled.
      let close = cell + 1;
      for (;;) {
        quote = find('"', quote, close);
        if (quote === Infinity) return cell;
        close = quote;
        if (text.charCodeAt(close + 1) !== 34) break;
        close += 2;
      }
      const after = text.charCodeAt(close + 1);
      if (after !== 10 && after !== 13) {
        cell = close + 2;
        continue;
      }
      end = close + (after === 13 && text.charCodeAt(close + 2) === 10 ? 3 : 2);
    } else {
      newline = find('\n', newline, cell);
      cr = find('\r', cr, cell);
      const lineBreak = Math.min(newline, cr);
      // A quote right after a separator, before the line break, opens a quoted cell of this row.
      quote = find('"', quote, cell);
      while (quote < lineBreak && text.charCodeAt(quote - 1) !== separatorCode) quote = find('"', quote, quote + 1);
      if (quote < lineBreak) {
        cell = quote;
        continue;
      }
      if (lineBreak === Infinity) return;
      end = lineBreak + (text.charCodeAt(lineBreak) === 13 && text.charCodeAt(lineBreak + 1) === 10 ? 2 : 1);
    }
    cell = end;
    if (end - pieceStart >= size && end < text.length) {
      yield end;
      pieceStart = end;
    }
  }
}

/**
 * Reads the text of a CSV file into a header and rows, reporting what the parser would silently
 * repair. In steps: the text is parsed a piece at a time (see `steps.ts`).
 */
export function* readCsvTableSteps(input: string, pieceSize = PIECE): Steps<CsvTable | { readonly error: string }> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { error: 'the file is empty' };
  const detected = detectSeparator(text);
  if (!detected) {
    const header = (firstLines(text, 1, ',')[0]?.line ?? '').replace(/[\r\n]+$/, '').slice(0, 120);
    return {
      error: `the first row must name the columns, including "date" and "title" (found: "${header}"); if the columns are separated by something other than a comma, semicolon or tab, save the sheet as CSV again`,
    };
  }
  const { separator, unsure, skip, start } = detected;
  const issues: DataIssue[] = [];
  if (skip > 0) issues.push(issue('warning', skip, undefined, `The ${skip === 1 ? 'first line was' : `first ${skip} lines were`} not the header and ${skip === 1 ? 'is' : 'are'} ignored`));
  if (unsure) {
    issues.push(
      issue('warning', 1, undefined, `The columns were read as separated by a ${SEPARATOR_NAMES[separator]}; if the table looks wrong, save the sheet as CSV with commas`),
    );
  }
  const format = dsvFormat(separator);
  const records: string[][] = [];
  const parse = (piece: string) => {
    for (const record of format.parseRows(piece)) records.push(record);
  };
  let from = start;
  const cuts = csvCuts(text, start, separator, pieceSize);
  let cut = cuts.next();
  for (; !cut.done; cut = cuts.next()) {
    parse(text.slice(from, cut.value));
    from = cut.value;
    yield;
  }
  parse(text.slice(from));
  const header = records[0]!.map((name) => name.trim());
  // A quote never closed: d3-dsv reads the rest of the file into the last cell of the last row.
  let unterminatedRow: number | undefined;
  if (cut.value !== undefined) {
    unterminatedRow = records.length + skip;
    const column = records.length > 1 ? header[records.at(-1)!.length - 1] || undefined : undefined;
    issues.push(
      issue(
        'error',
        unterminatedRow,
        column,
        `Row ${unterminatedRow}${column ? `, column ${column}` : ''}: a quote (") opens a cell and is never closed, so the rest of the file is read as one cell; close the quote`,
      ),
    );
  }
  const rows: { row: number; cells: string[] }[] = [];
  for (let index = 1; index < records.length; index++) {
    if (index % STEP_ROWS === 0) yield;
    const cells = records[index]!;
    const row = index + 1 + skip;
    if (row === unterminatedRow) continue;
    // Empty rows (often trailing, or left by deleted rows) are not events.
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (cells.length !== header.length) {
      const extra = cells.slice(header.length).some((cell) => cell.trim() !== '');
      if (cells.length < header.length || extra) {
        issues.push(
          issue(
            'warning',
            row,
            undefined,
            `Row ${row} has ${cells.length} cells but the header names ${header.length} columns${extra ? '; the cells beyond the last column are ignored' : '; the missing cells are read as empty'}`,
          ),
        );
      }
    }
    rows.push({ row, cells });
  }
  // Most rows out of step with the header: the separator is probably not the one the sheet used.
  const ragged = rows.filter(({ cells }) => cells.length !== header.length).length;
  if (rows.length >= 2 && ragged > rows.length / 2 && !unsure) {
    issues.push(
      issue('warning', 1, undefined, `Most rows do not have as many cells as the header (${ragged} of ${rows.length}): the columns were read as separated by a ${SEPARATOR_NAMES[separator]}; is that the separator the sheet uses?`),
    );
  }
  return { header, rows, separator, issues };
}

/** ACLED's names and common spellings of the six event types. */
const TYPE_NAMES: Record<string, EventType> = {
  battle: 'battle',
  battles: 'battle',
  explosion: 'explosion',
  explosions: 'explosion',
  'explosions/remote violence': 'explosion',
  'remote violence': 'explosion',
  'violence against civilians': 'violence-against-civilians',
  'violence-against-civilians': 'violence-against-civilians',
  protest: 'protest',
  protests: 'protest',
  riot: 'riot',
  riots: 'riot',
  'strategic development': 'strategic',
  'strategic developments': 'strategic',
  strategic: 'strategic',
};

function readType(value: string): EventType | undefined {
  return ownValue(TYPE_NAMES, value.trim().toLowerCase().replace(/\s+/g, ' '));
}

/** Hints for the dates spreadsheets produce most often, in the words of the issue. */
function dateHint(value: string): string {
  if (/^\d{5}(\.\d+)?$/.test(value)) return 'this looks like a spreadsheet date number; format the column as text dates such as 2024-12-06';
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(value)) return 'day and month are ambiguous here; write the year first, such as 2024-12-06';
  if (/\b(circa|c\.|about|around|approx)/i.test(value)) return 'write an approximate date with ~ after it, such as 2024-12-06~';
  return 'write it as 2024-12-06 (or 2024-12, or 2024-12-06/2024-12-08 for several days)';
}

/**
 * Turns the rows of a spreadsheet into a dataset: actors and places are created from the names
 * used (ids derived from the names, stable across loads), a missing id is derived from the row.
 * In steps (see `steps.ts`).
 */
export function* importSpreadsheetSteps(table: CsvTable, title: string): Steps<{ dataset: Dataset | null; issues: DataIssue[] }> {
  const issues = [...table.issues];
  const columns = new Map<Column, number>();
  const known = new Set<string>(CSV_COLUMNS);
  table.header.forEach((raw, index) => {
    const name = raw.toLowerCase().replace(/\s+/g, '_');
    if (name === '') {
      issues.push(issue('warning', 1, undefined, `Column ${index + 1} has no name in the header row, so it is ignored`));
      return;
    }
    if (!known.has(name)) {
      issues.push(issue('warning', 1, raw, `Column "${raw}" is not one this format reads (${CSV_COLUMNS.join(', ')}); it is ignored`));
      return;
    }
    if (columns.has(name as Column)) {
      issues.push(issue('warning', 1, raw, `Column "${raw}" appears twice; the first one is used`));
      return;
    }
    columns.set(name as Column, index);
  });

  const actors = new NamedItems<Actor>();
  const places = new NamedItems<Place>();
  const eventIds = new Set<string>();
  const events: ConflictEvent[] = [];

  let count = 0;
  for (const { row, cells } of table.rows) {
    if (++count % STEP_ROWS === 0) yield;
    const cell = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const error = (column: Column | undefined, message: string, value?: string) => issues.push(issue('error', row, column, `Row ${row}${column ? `, column ${column}` : ''}: ${message}`, value));
    const warn = (column: Column, message: string, value?: string) => issues.push(issue('warning', row, column, `Row ${row}, column ${column}: ${message}`, value));

    let ok = true;
    const title = cell('title');
    if (!showsText(title)) {
      error('title', 'the title is empty; every event needs one');
      ok = false;
    }
    const start = cell('date');
    const end = cell('end_date');
    let when: ConflictEvent['when'] | undefined;
    if (!start) {
      error('date', 'the date is empty; every event needs one, such as 2024-12-06');
      ok = false;
    } else {
      const parsed = parseEdtf(end ? `${start}/${end}` : start);
      if (parsed.ok) when = parsed.span;
      else {
        const startParsed = parseEdtf(start);
        if (!startParsed.ok) error('date', `"${start}" is not a date this file can read; ${dateHint(start)}`, start);
        else if (end && !parseEdtf(end).ok) error('end_date', `"${end}" is not a date this file can read; ${dateHint(end)}`, end);
        else error('end_date', `the event ends (${end}) before it starts (${start})`, end);
        ok = false;
      }
    }
    let type: EventType = 'strategic';
    const typeText = cell('type');
    if (typeText) {
      const read = readType(typeText);
      if (read) type = read;
      else {
        error('type', `"${typeText}" is not an event type; use one of ${EVENT_TYPES.join(', ')} (or ACLED's names)`, typeText);
        ok = false;
      }
    }
    let id = cell('id');
    if (id && !ID_PATTERN.test(id)) {
      error('id', `"${id}" cannot be an id: use letters, digits and - _ . : without spaces`, id);
      ok = false;
    }
    if (!id) id = `row-${row}`;
    if (eventIds.has(id)) {
      error('id', `the id "${id}" is used by an earlier row; ids must be unique`, id);
      ok = false;
    }
    if (!ok || !when) continue;
    eventIds.add(id);

    const actorRefs: string[] = [];
    for (const name of cell('actors').split(';').map((part) => part.trim()).filter(Boolean)) {
      const actorId = actors.idFor(name.toLowerCase(), name, (id) => ({ id, name, names: {}, aliases: [] }));
      if (!actorRefs.includes(actorId)) actorRefs.push(actorId);
    }

    let placeRef: string | undefined;
    const placeName = cell('place');
    const latText = cell('lat');
    const lonText = cell('lon');
    const lat = latText ? Number(latText) : undefined;
    const lon = lonText ? Number(lonText) : undefined;
    const coordinatesOk = lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !Number.isNaN(lat) && !Number.isNaN(lon);
    if ((latText || lonText) && !coordinatesOk) warn(latText && lonText ? 'lat' : latText ? 'lon' : 'lat', 'give both lat and lon as numbers (such as 36.2 and 37.16); the coordinates are ignored', `${latText},${lonText}`);
    if (placeName) {
      placeRef = places.idFor(placeName.toLowerCase(), placeName, (id) => ({ id, name: placeName, names: {}, ...(coordinatesOk ? { lat: lat!, lon: lon! } : {}) }));
      // A place is made where it is first named; coordinates given later complete it, or are reported when they differ.
      const place = places.byId.get(placeRef)!;
      if (coordinatesOk && (place.lat !== lat || place.lon !== lon)) {
        if (place.lat === undefined) places.byId.set(placeRef, { ...place, lat: lat!, lon: lon! });
        else warn('lat', `${placeName} is at ${place.lat}, ${place.lon} in an earlier row; these coordinates are ignored`, `${latText},${lonText}`);
      }
    }

    const sourceName = cell('source');
    const sourceUrl = cell('source_url');
    const url = sourceUrl ? safeUrl(sourceUrl) : undefined;
    if (sourceUrl && !url) warn('source_url', 'only http: and https: addresses are shown as links; this one is dropped', sourceUrl);
    const sources = sourceName || url ? [{ name: sourceName || (url ? new URL(url).hostname : ''), ...(url ? { url } : {}) }] : [];

    let status: Status | undefined;
    const statusText = cell('status').toLowerCase();
    if (statusText) {
      if ((STATUSES as readonly string[]).includes(statusText)) status = statusText as Status;
      else warn('status', `"${cell('status')}" is not a status; use one of ${STATUSES.join(', ')}; it is ignored`, cell('status'));
    }

    events.push({
      id,
      date: end ? `${start}/${end}` : start,
      when,
      title,
      summary: cell('summary') || undefined,
      type,
      subtype: undefined,
      actors: actorRefs,
      place: placeRef,
      routes: [],
      status,
      fatalities: undefined,
      displayDate: undefined,
      sources,
      corrections: [],
    });
  }

  // Nothing to show because of errors (rows with errors, or a quote never closed that took them all).
  if (events.length === 0 && issues.some((item) => item.severity === 'error')) return { dataset: null, issues };
  return {
    dataset: finishDataset({ title, actorById: actors.byId, placeById: places.byId, routeById: new Map(), events }),
    issues,
  };
}
