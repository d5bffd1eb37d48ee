import { expect } from '@open-wc/testing';
import { parseEdtf, resolveOpenEnds } from '../../src/model/dates.js';
import type { TimeSpan } from '../../src/model/types.js';
import { validateDataset } from '../../src/model/validate.js';
import { smallDataset } from '../fixtures/small-dataset.js';

function span(text: string, timeZone?: string): TimeSpan {
  const result = parseEdtf(text, { timeZone });
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.message}`);
  return result.span;
}
function message(text: string): string {
  const result = parseEdtf(text);
  if (result.ok) throw new Error(`expected ${text} to fail`);
  return result.message;
}

describe('parseEdtf', () => {
  it('parseEdtf("2024") covers the whole UTC year at year precision', () => {
    const s = span('2024');
    expect([s.min, s.max, s.precision]).to.deep.equal([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1), 'year']);
  });

  it('parseEdtf("2024-12") covers December 2024 at month precision', () => {
    const s = span('2024-12');
    expect([s.min, s.max, s.precision]).to.deep.equal([Date.UTC(2024, 11, 1), Date.UTC(2025, 0, 1), 'month']);
  });

  it('parseEdtf("2024-12-06") covers one UTC day, whatever the browser zone', () => {
    // The test browser runs in America/Los_Angeles: a local parse would shift the day.
    const s = span('2024-12-06');
    expect([s.min, s.max, s.precision, s.timed]).to.deep.equal([Date.UTC(2024, 11, 6), Date.UTC(2024, 11, 7), 'day', false]);
  });

  it('honours offsets: 2024-12-06T04:30+03:00 is 01:30 UTC, a point in time', () => {
    const s = span('2024-12-06T04:30+03:00');
    expect([s.min, s.max, s.precision, s.timed]).to.deep.equal([Date.UTC(2024, 11, 6, 1, 30), Date.UTC(2024, 11, 6, 1, 30), 'minute', true]);
    expect(span('2024-12-06T04:30Z').min).to.equal(Date.UTC(2024, 11, 6, 4, 30));
    expect(span('2024-12-06T04:30-0530').min).to.equal(Date.UTC(2024, 11, 6, 10, 0));
    expect(span('2024-12-06T04:30:15.250+01').min).to.equal(Date.UTC(2024, 11, 6, 3, 30, 15, 250));
  });

  it('reads a date-time without offset in the dataset time zone, else UTC', () => {
    expect(span('2024-12-06T04:30', 'Asia/Damascus').min).to.equal(Date.UTC(2024, 11, 6, 1, 30));
    expect(span('2024-07-01T12:00', 'Europe/Berlin').min).to.equal(Date.UTC(2024, 6, 1, 10, 0));
    expect(span('2024-12-06T04:30').min).to.equal(Date.UTC(2024, 11, 6, 4, 30));
  });

  it('reads ? as uncertain, ~ as approximate and % as both', () => {
    expect([span('2024-12-06?').uncertain, span('2024-12-06?').approximate]).to.deep.equal([true, false]);
    expect([span('2024-12-06~').uncertain, span('2024-12-06~').approximate]).to.deep.equal([false, true]);
    expect([span('2024-12%').uncertain, span('2024-12%').approximate]).to.deep.equal([true, true]);
    expect(span('2024-12-06~').min).to.equal(Date.UTC(2024, 11, 6));
  });

  it('reads intervals, with a qualifier on either end', () => {
    const s = span('2024-12-06/2024-12-08');
    expect([s.min, s.max, s.precision, s.startBound, s.endBound]).to.deep.equal([Date.UTC(2024, 11, 6), Date.UTC(2024, 11, 9), 'day', 'known', 'known']);
    const q = span('2024-11-29?/2024-11-30');
    expect([q.uncertain, q.approximate, q.min]).to.deep.equal([true, false, Date.UTC(2024, 10, 29)]);
    expect(span('2024-11/2024-12-15').precision).to.equal('month');
  });

  it('marks open (..) and unknown (empty) ends and keeps every bound finite', () => {
    const open = span('2024-12-06/..');
    expect([open.endBound, open.min, open.max]).to.deep.equal(['open', Date.UTC(2024, 11, 6), Date.UTC(2024, 11, 7)]);
    const unknownStart = span('/2024-12-08');
    expect([unknownStart.startBound, unknownStart.min, unknownStart.max]).to.deep.equal(['unknown', Date.UTC(2024, 11, 8), Date.UTC(2024, 11, 9)]);
    expect(span('../2024-12').startBound).to.equal('open');
    for (const s of [open, unknownStart]) expect(Number.isFinite(s.min) && Number.isFinite(s.max)).to.equal(true);
  });

  it('resolveOpenEnds runs an open end to the edge of the extent, never an unknown one', () => {
    const extent = { min: Date.UTC(2024, 10, 27), max: Date.UTC(2024, 11, 22) };
    expect(resolveOpenEnds(span('2024-12-06/..'), extent).max).to.equal(extent.max);
    expect(resolveOpenEnds(span('../2024-12-06'), extent).min).to.equal(extent.min);
    expect(resolveOpenEnds(span('2024-12-06/'), extent).max).to.equal(Date.UTC(2024, 11, 7));
  });

  it('reads unspecified digits: 2024-12-XX is the month, 202X the decade', () => {
    expect([span('2024-12-XX').min, span('2024-12-XX').max, span('2024-12-XX').precision]).to.deep.equal([Date.UTC(2024, 11, 1), Date.UTC(2025, 0, 1), 'month']);
    expect([span('202X').min, span('202X').max]).to.deep.equal([Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1)]);
  });

  it('reads sets: [a, b] is one of them (uncertain), {a..b} all of them', () => {
    const oneOf = span('[2024-12-06, 2024-12-07]');
    expect([oneOf.min, oneOf.max, oneOf.uncertain]).to.deep.equal([Date.UTC(2024, 11, 6), Date.UTC(2024, 11, 8), true]);
    const all = span('{2024-12-06..2024-12-08}');
    expect([all.min, all.max, all.uncertain]).to.deep.equal([Date.UTC(2024, 11, 6), Date.UTC(2024, 11, 9), false]);
  });

  it('reads every day of common and leap years, and no day that does not exist', () => {
    // Regression: days of February in common years were rejected after the 1st.
    for (const year of [1900, 2000, 2023, 2024, 2100]) {
      for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) {
        const text = new Date(day).toISOString().slice(0, 10);
        expect(span(text).min, text).to.equal(day);
      }
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      expect(parseEdtf(`${year}-02-29`).ok, `${year}-02-29`).to.equal(leap);
    }
    expect(parseEdtf('2024-04-31').ok).to.equal(false);
  });

  it('reads years before 100 as written, not as 19xx', () => {
    expect(span('0050-06-01').min).to.equal(new Date('0050-06-01T00:00:00Z').getTime());
  });

  it('reads unspecified digits of years before 100 as written: 00XX is 0–99, 001X is 10–19', () => {
    const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
    expect([span('00XX').min, span('00XX').max]).to.deep.equal([at('0000-01-01'), at('0100-01-01')]);
    expect([span('001X').min, span('001X').max]).to.deep.equal([at('0010-01-01'), at('0020-01-01')]);
    expect([span('009X').min, span('009X').max]).to.deep.equal([at('0090-01-01'), at('0100-01-01')]);
  });

  it('reads date-times of years 0–99 as written, with an offset or in the dataset time zone (year 0 is 1 BC)', () => {
    expect(span('0050-06-01T12:00Z').min).to.equal(Date.parse('0050-06-01T12:00:00Z'));
    expect(span('0050-06-01T12:00+01:00').min).to.equal(Date.parse('0050-06-01T11:00:00Z'));
    expect(span('0050-06-01T12:00', 'UTC').min).to.equal(Date.parse('0050-06-01T12:00:00Z'));
    // Before standard time, zones keep their local mean time: Damascus +2:25:12, New York −4:56:02.
    expect(span('0050-06-01T12:00', 'Asia/Damascus').min).to.equal(Date.parse('0050-06-01T09:34:48Z'));
    expect(span('0000-06-01T12:00', 'Asia/Damascus').min).to.equal(Date.parse('0000-06-01T09:34:48Z'));
    expect(span('0000-06-01T12:00', 'UTC').min).to.equal(Date.parse('0000-06-01T12:00:00Z'));
    // The wall clock of New York is still in 1 BC (year 0) at this instant.
    expect(span('0001-01-01T00:30', 'America/New_York').min).to.equal(Date.parse('0001-01-01T05:26:02Z'));
  });

  it('rejects offsets with minutes past 59 or hours past ±14, and keeps the valid ones', () => {
    for (const offset of ['+00:99', '+0060', '-05:75', '+14:01', '-15:00', '+15']) {
      expect(message(`2024-12-06T04:30${offset}`), offset).to.contain('offset');
    }
    expect(span('2024-12-06T04:30+14:00').min).to.equal(Date.UTC(2024, 11, 5, 14, 30));
    expect(span('2024-12-06T04:30-14:00').min).to.equal(Date.UTC(2024, 11, 6, 18, 30));
    expect(span('2024-12-06T04:30+05:59').min).to.equal(Date.UTC(2024, 11, 5, 22, 31));
  });

  it('reports an event whose offset is out of range at its date, and leaves that event out', () => {
    const raw = structuredClone(smallDataset) as unknown as { events: Record<string, unknown>[] };
    raw.events[2]!.date = '2024-12-06T04:30+00:99';
    const { dataset, issues } = validateDataset(raw);
    const issue = issues.find((found) => found.path === '$.events[2].date');
    expect([issue?.severity, issue?.value]).to.deep.equal(['error', '2024-12-06T04:30+00:99']);
    expect(dataset!.events.length).to.equal(smallDataset.events.length - 1);
  });

  it('rejects impossible dates with a message that names the problem', () => {
    expect(message('2024-13-01')).to.contain('month 13 does not exist');
    expect(message('2023-02-29')).to.contain('February 2023 has no day 29');
    expect(message('2024-12-06T25:00Z')).to.contain('out of range');
    expect(message('2024-12-06/2024-12-01')).to.contain('ends before it starts');
  });

  it('explains the usual mistakes: a space before the time, day-first dates, a qualifier in the middle', () => {
    expect(message('2024-12-06 12:00')).to.contain('2024-12-06T12:00');
    expect(message('06/12/2024')).to.contain('year first');
    expect(message('2024-?12-06')).to.contain('after the whole date');
    expect(message('December 6, 2024')).to.contain('expected EDTF');
    expect(message('')).to.contain('empty');
    expect(message('../..')).to.contain('no known end');
  });

  it('never throws, whatever the input', () => {
    const inputs: unknown[] = [null, 42, {}, '2024-', '-2024', '2024--06', '[', '{2024..}', '2024-12-06T', '😀', 'Y170000002', '2024-21', '/', '..'];
    for (const input of inputs) expect(() => parseEdtf(input as string)).not.to.throw();
    for (const input of inputs) expect(parseEdtf(input as string).ok, String(input)).to.equal(false);
  });
});
