/**
 * Our date scanner against the `edtf` package (a maintained EDTF implementation, not shipped
 * because of its size) on every form both read: the same interval, precision and qualifiers.
 */
import { describe, expect, it } from 'vitest';
import edtf from 'edtf';
import { parseEdtf } from '../../src/model/dates.js';

const PRECISION = { 1: 'year', 2: 'month', 3: 'day' } as const;

const CORPUS = [
  '2024', '1999', '2024-12', '2024-02', '2023-02', '2023-02-14', '2023-02-28', '2100-02-28', '1900-03-01', '2024-02-29', '2023-12-31', '2024-12-06', '2024-02-29', '2000-12-31', '1970-01-01',
  '2024-12-06?', '2024-12-06~', '2024-12-06%', '2024-12?', '2024~',
  '2024-12-06/2024-12-08', '2024-11-27/2024-12-21', '2024-11/2024-12', '2024/2025', '2024-11-29?/2024-11-30',
  '2024-12-06/2024-12-07~', '2024-12-XX', '2024-XX', '202X', '20XX',
  '2024-12-06T04:30:00Z', '2024-12-06T04:30:00+03:00', '2024-12-06T23:59:59-05:00',
  '[2024-12-06, 2024-12-07]', '{2024-12-06, 2024-12-07}',
];

/** Unspecified digits: edtf reports the precision written (2024-12-XX: day); we report the one known (month). */
const KNOWN_PRECISION = new Set(['2024-12-XX', '2024-XX', '202X', '20XX']);

describe('parseEdtf agrees with the edtf package', () => {
  for (const text of CORPUS) {
    it(`"${text}"`, () => {
      const ours = parseEdtf(text);
      expect(ours.ok, ours.ok ? '' : ours.message).toBe(true);
      if (!ours.ok) return;
      const theirs = edtf(text);
      expect(ours.span.min).toBe(theirs.min);
      // edtf's max is the last millisecond covered; ours is exclusive. A date-time is a point in both.
      expect(ours.span.timed ? ours.span.max : ours.span.max - 1).toBe(theirs.max);
      if (theirs.type === 'Date' && !ours.span.timed && !KNOWN_PRECISION.has(text)) {
        expect(ours.span.precision).toBe(PRECISION[theirs.precision as 1 | 2 | 3]);
        expect(ours.span.uncertain).toBe(Boolean(theirs.uncertain?.value));
        expect(ours.span.approximate).toBe(Boolean(theirs.approximate?.value));
      }
    });
  }

  it('both reject what EDTF does not allow', () => {
    for (const text of ['2024-13-01', '2024-12-06 12:00', '06/12/2024', '2024-12-32']) {
      expect(parseEdtf(text).ok, text).toBe(false);
      expect(() => edtf(text), text).toThrow();
    }
  });

  it('we also reject days that do not exist, which edtf accepts', () => {
    expect(() => edtf('2023-02-29')).not.toThrow();
    expect(parseEdtf('2023-02-29').ok).toBe(false);
  });

  it('a {a..b} list covers every day of the range (edtf ends it with the first day)', () => {
    const ours = parseEdtf('{2024-12-06..2024-12-08}');
    expect(ours.ok && ours.span.max).toBe(Date.UTC(2024, 11, 9));
    expect(edtf('{2024-12-06..2024-12-08}').max).toBe(Date.UTC(2024, 11, 7) - 1);
  });
});
