/**
 * The readers of the formats other than the native JSON: the spreadsheet CSV, ACLED exports and
 * TimelineJS (JSON and spreadsheet), and the full validator of the native format, which reads a
 * file that is not clean and says what is wrong where. Gathered behind one module so that the
 * self-contained bundle can load them on first use (see `readers.ts`).
 */
import { importAcledSteps, isAcledHeader } from './acled.js';
import { importSpreadsheetSteps, readCsvTableSteps } from './csv.js';
import type { Steps } from './steps.js';
import { importTimelineJsSheet, isTimelineJsHeader } from './timelinejs.js';
import type { DataIssue, Dataset } from './types.js';

export { importTimelineJsJson } from './timelinejs.js';
export { validateDataset, validateSteps } from './validate.js';

/** What an importer gives: the dataset (null when nothing can be shown), its issues, and why nothing can be read at all. */
export interface Imported {
  readonly dataset: Dataset | null;
  readonly issues: DataIssue[];
  readonly fatal?: string;
}

/** A title for a spreadsheet, which has none: its file name, else "Timeline" (a blob: or data: address names no file). */
function titleFromUrl(url: string | undefined): string {
  const name = /^(blob|data):/i.test(url ?? '') ? '' : ((url ?? '').split(/[?#]/)[0]!.split('/').pop() ?? '');
  let base = name;
  try {
    base = decodeURIComponent(name);
  } catch {
    // A stray % in the name: keep it as written.
  }
  base = base.replace(/\.(csv|tsv|txt)$/i, '').replace(/[-_]+/g, ' ').trim();
  // "syria-2024-acled.csv" reads as "Syria 2024 acled".
  return base ? base[0]!.toLocaleUpperCase() + base.slice(1) : 'Timeline';
}

/**
 * Reads a spreadsheet (the spreadsheet format, an ACLED export or a TimelineJS sheet, told apart
 * by the header), or says why its shape cannot be read. In steps (see `steps.ts`): a large
 * export is read without holding the page in one long task.
 */
export function* readSpreadsheetSteps(text: string, url: string | undefined): Steps<Imported | { readonly error: string }> {
  const table = yield* readCsvTableSteps(text);
  if ('error' in table) return table;
  const title = titleFromUrl(url);
  if (isAcledHeader(table.header)) return yield* importAcledSteps(table, title);
  return isTimelineJsHeader(table.header) ? importTimelineJsSheet(table, title) : yield* importSpreadsheetSteps(table, title);
}
