/**
 * From text (or an object) in any supported format to a validated dataset. Never throws.
 *
 * A clean native JSON file is read here (`clean.ts`); a native file with problems and the other
 * formats by the readers of `formats.ts`, which `readers.ts` provides (statically, except in the
 * self-contained bundle, which loads them on first use: there `loadDataset` waits for them).
 */
import type { Imported } from './formats.js';
import { syncReaders, type FormatReaders } from './readers.js';
import { readCleanDataset } from './clean.js';
import { isRecord } from './rules.js';
import { runSteps, type Steps } from './steps.js';
import type { DataIssue, Dataset, Format, LoadErrorKind } from './types.js';

/** Why loading ended without a dataset. `aborted` only when the caller's signal aborted. */
export interface LoadError {
  readonly kind: LoadErrorKind | 'aborted';
  /** One sentence for the reader or the developer: what failed and what to check. */
  readonly message: string;
  readonly issues: readonly DataIssue[];
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  /** The address that was loaded, when there was one. */
  readonly url?: string;
}

/** A dataset with the issues found in it, or the reason there is none. */
export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly issues: readonly DataIssue[] }
  | { readonly ok: false; readonly error: LoadError };

/** Options for {@link parseDataset}. */
export interface ParseOptions {
  /** The format; `auto` (default) decides from the content type, the extension, then the content. */
  readonly format?: Format;
  /** The response's `Content-Type`, used by `auto`. */
  readonly contentType?: string;
  /** Where the text came from, used by `auto` (extension) and in messages. */
  readonly url?: string;
}

/** Decides the format of a text: forced, else content type, else extension, else the first character. */
export function detectFormat(text: string, options: ParseOptions = {}): Exclude<Format, 'auto'> {
  if (options.format && options.format !== 'auto') return options.format;
  // Servers often label files wrongly (CSV as JSON, JSON as text/plain), so a label or an
  // extension is believed only when the first character does not contradict it.
  const first = text.trimStart()[0];
  const looksJson = first === '{' || first === '[';
  const type = (options.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if ((type === 'application/json' || type.endsWith('+json')) && looksJson) return 'sitrep';
  if ((type === 'text/csv' || type === 'text/tab-separated-values') && !looksJson) return 'csv';
  const path = (options.url ?? '').split(/[?#]/)[0]!.toLowerCase();
  if (path.endsWith('.json') && looksJson) return 'sitrep';
  if ((path.endsWith('.csv') || path.endsWith('.tsv')) && !looksJson) return 'csv';
  return looksJson ? 'sitrep' : 'csv';
}

/** Kinds of file that are not text data, by their first bytes or their content type, with what to do instead. */
const NOT_DATA: readonly { test: (text: string, type: string) => boolean; says: string }[] = [
  {
    test: (text, type) => text.startsWith('PK\u0003\u0004') || type.includes('spreadsheetml') || type === 'application/zip',
    says: 'is a zipped file, probably an Excel or Numbers workbook: save the sheet as CSV (UTF-8) and use that file',
  },
  { test: (text, type) => text.startsWith('%PDF') || type === 'application/pdf', says: 'is a PDF document, not data: export the table as CSV' },
  {
    test: (text, type) => /^(image|audio|video|font)\//.test(type) || text.startsWith('\u0089PNG') || text.startsWith('\ufffdPNG') || text.startsWith('GIF8'),
    says: 'is a picture or media file, not data: check the path to the data file',
  },
  // A NUL character never occurs in text data; it marks a binary file decoded as text.
  { test: (text) => text.slice(0, 4096).includes('\u0000'), says: 'is a binary file (an old .xls workbook, perhaps), not text data: save the sheet as CSV (UTF-8)' },
];

/** Why a text cannot be data at all (a web page, a workbook, a picture), or undefined. */
function notData(text: string, contentType: string | undefined, url: string | undefined): string | undefined {
  const where = url ?? 'the data';
  if (/^\s*<(!doctype|html|head|body)\b/i.test(text)) return `${url ?? 'the address'} returned a web page, not data: check the path to the data file`;
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const kind = NOT_DATA.find((candidate) => candidate.test(text, type));
  return kind ? `${where} ${kind.says}${type ? ` (it was sent as ${type})` : ''}` : undefined;
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function parseJson(text: string, url?: string): { ok: true; value: unknown } | { ok: false; error: LoadError } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const offset = /position (\d+)/.exec(detail);
    const where = offset ? lineAndColumn(text, Number(offset[1])) : undefined;
    const located = where && !/\bline \d+/.test(detail) ? ` (line ${where.line}, column ${where.column})` : '';
    const endsEarly = /end of (JSON )?input|unterminated/i.test(detail) || (offset !== null && Number(offset[1]) >= text.trimEnd().length);
    const hint = endsEarly ? ' (the file ends too early: it may have been cut off while it was saved or sent)' : '';
    const message = `the data is not valid JSON${located}: ${detail}${hint}`;
    const issue: DataIssue = { severity: 'error', path: '$', message, ...(where ? { row: where.line } : {}) };
    return { ok: false, error: { kind: 'parse', message, issues: [issue], ...(url ? { url } : {}) } };
  }
}

/**
 * Reads a dataset from text in any supported format, or from an object in the native format,
 * and validates it. Problems in single items become issues; only when nothing can be shown is
 * the result an error (`parse` or `validation`).
 */
export function parseDataset(input: unknown, options: ParseOptions = {}): LoadResult {
  return (
    parseWith(input, options, syncReaders()) ??
    unreadable(
      'the reader of CSV, ACLED and TimelineJS data is not loaded yet: load this data with loadDataset or an element\'s src, which load that reader, or use parseDataset from sitrep/data',
      options.url,
    )
  );
}

/** A `parse` error: nothing can be read, for the reason given (with the spreadsheet row, when known). */
export function unreadable(message: string, url: string | undefined, row?: number): LoadResult {
  return { ok: false, error: { kind: 'parse', message, issues: [{ severity: 'error', message, ...(row ? { row } : {}) }], ...(url ? { url } : {}) } };
}

/** True when a parsed JSON value looks like a TimelineJS file (version 3, or version 2 to be rejected). */
export function isTimelineJsJson(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (isRecord(value.timeline) && Array.isArray(value.timeline.date)) return true;
  return Array.isArray(value.events) && value.events.some((slide) => isRecord(slide) && isRecord(slide.start_date));
}

/**
 * {@link parseDataset} with the given readers of the other formats; undefined when the input
 * needs them and `readers` is undefined (they are not loaded yet).
 */
export function parseWith(input: unknown, options: ParseOptions, readers: FormatReaders | undefined): LoadResult | undefined {
  return runSteps(parseSteps(input, options, readers));
}

/**
 * {@link parseWith} in steps: a spreadsheet is read a piece at a time (see `steps.ts`). Never
 * throws: an object handed over in code can throw while it is read (a getter, a Proxy), and that
 * becomes a `parse` error.
 */
export function* parseSteps(input: unknown, options: ParseOptions, readers: FormatReaders | undefined): Steps<LoadResult | undefined> {
  try {
    return yield* readSteps(input, options, readers);
  } catch (error) {
    return unreadable(`the data cannot be read: ${error instanceof Error ? error.message : typeof error}`, options.url);
  }
}

function* readSteps(input: unknown, options: ParseOptions, readers: FormatReaders | undefined): Steps<LoadResult | undefined> {
  const url = options.url;
  let value = input;
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (!text.trim()) return unreadable('the file is empty', url);
    const format = detectFormat(text, options);
    const message = notData(text, options.contentType, url);
    if (message) return unreadable(message, url);
    if (format === 'csv' || format === 'acled' || (format === 'timelinejs' && !/^\s*[{[]/.test(text))) {
      if (!readers) return undefined;
      const imported = yield* readers.readSpreadsheetSteps(text, url);
      return 'error' in imported ? unreadable(`the spreadsheet cannot be read: ${imported.error}`, url, 1) : fromImport(imported, url);
    }
    if (format !== 'sitrep' && format !== 'timelinejs') {
      return unreadable(`the "${format}" format cannot be read by this version of Sitrep; use the native JSON format (format="sitrep") or the spreadsheet CSV (format="csv")`, url);
    }
    const parsed = parseJson(text, url);
    if (!parsed.ok) return parsed;
    value = parsed.value;
  }
  if (options.format === 'timelinejs' || isTimelineJsJson(value)) return readers ? fromImport(readers.importTimelineJsJson(value), url) : undefined;
  // A clean file (most published ones) is read without the validator; the validator reads the
  // rest and says what is wrong where (in the self-contained bundle, it comes with the readers).
  const clean = readCleanDataset(value);
  if (clean) return { ok: true, dataset: clean, issues: [] };
  if (!readers) return undefined;
  const { dataset, issues } = yield* readers.validateSteps(value);
  if (dataset) return { ok: true, dataset, issues };
  const first = issues.find((issue) => issue.severity === 'error');
  const message = `the data cannot be shown: ${first?.message ?? 'it is not a dataset'}${first?.path ? ` (at ${first.path})` : ''}`;
  return { ok: false, error: { kind: 'validation', message, issues, ...(url ? { url } : {}) } };
}

/** The result of an importer as a load result: the dataset with its issues, or why nothing can be shown. */
function fromImport({ dataset, issues, fatal }: Imported, url: string | undefined): LoadResult {
  if (fatal) return { ok: false, error: { kind: 'parse', message: `the data cannot be read: ${fatal}`, issues: [{ severity: 'error', message: fatal }], ...(url ? { url } : {}) } };
  if (dataset) return { ok: true, dataset, issues };
  const first = issues.find((item) => item.severity === 'error');
  const message = `none of the rows can be shown${first ? `: ${first.message}` : ''}`;
  return { ok: false, error: { kind: 'validation', message, issues, ...(url ? { url } : {}) } };
}
