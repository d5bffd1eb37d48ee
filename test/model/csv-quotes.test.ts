/**
 * Property test of quotes in the spreadsheet format: whatever the quotes, the table read is the
 * rows d3-dsv's `csvParseRows` reads from the whole text, and a quote never closed (d3-dsv reads
 * the rest of the text into its cell) is reported at the row where it opens.
 *
 * Runs are seeded from the date, as in `fuzz.test.ts`: a failure prints its seed and path.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvParseRows } from 'd3-dsv';
import { readCsvTableSteps } from '../../src/model/csv.js';
import { runSteps } from '../../src/model/steps.js';

const seed = Number(new Date().toISOString().slice(0, 10).replaceAll('-', ''));

describe('quotes in the spreadsheet format', () => {
  it('keeps exactly the rows d3-dsv reads from the whole text, and reports a quote never closed at its row, after a note with quotes too', () => {
    // The note has no comma or line break, so d3-dsv reads it as one row before the header.
    const note = fc.option(fc.string({ unit: fc.constantFrom('a', ' ', '"', ';'), maxLength: 8 }).map((text) => `Note${text}\n`));
    const body = fc.string({ unit: fc.constantFrom('a', '2024', ',', '"', '""', ' ', '\n', '\r\n', '\r'), maxLength: 30 });
    fc.assert(
      fc.property(note, body, fc.integer({ min: 1, max: 8 }), (before, rows, size) => {
        const text = `${before ?? ''}date,title\n${rows}`;
        const table = runSteps(readCsvTableSteps(text, size));
        if ('error' in table) throw new Error(table.error);
        const records = csvParseRows(text);
        // The text ends inside a quoted cell when a row added after it is read into that cell.
        const unclosed = csvParseRows(`${text}\n\u2603`).at(-1)?.join() !== '\u2603';
        const errors = table.issues.filter((item) => item.severity === 'error').map((item) => item.row);
        expect(errors).to.deep.equal(unclosed ? [records.length] : []);
        const skip = before === null ? 0 : 1;
        const expected = records
          .map((cells, index) => ({ row: index + 1, cells }))
          .slice(1 + skip, unclosed ? -1 : undefined)
          .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
        expect(table.rows).to.deep.equal(expected);
      }),
      { seed, numRuns: 3000 },
    );
  });
});
