import { expect } from '@open-wc/testing';
import { calendarDay, calendarMonthStart, calendarMonths, calendarYears } from '../../src/layout/calendar-ticks.js';
import { createTicks } from '../../src/layout/ticks.js';
import { createTimeScale } from '../../src/layout/time-scale.js';

const day = (year: number, month: number, date: number) => Date.UTC(year, month - 1, date);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

describe('calendar months and years', () => {
  it('finds where Solar Hijri months begin (1 Azar 1403 = 21 November 2024, 1 Dey = 21 December)', () => {
    expect(calendarDay(day(2024, 12, 6), 'fa')).to.deep.equal({ year: 1403, month: 9, day: 16 });
    expect(iso(calendarMonthStart(day(2024, 12, 6), 'fa'))).to.equal('2024-11-21');
    expect(calendarMonths(day(2024, 11, 1), day(2025, 1, 31), 'fa').map(iso)).to.deep.equal(['2024-11-21', '2024-12-21', '2025-01-20']);
  });

  it('finds Umm al-Qura months, 29 or 30 days long, and Nowruz as the Persian new year', () => {
    const months = calendarMonths(day(2024, 11, 1), day(2025, 3, 1), 'ar-SA-u-ca-islamic-umalqura');
    expect(months.map(iso)).to.deep.equal(['2024-11-03', '2024-12-02', '2025-01-01', '2025-01-31']);
    expect(calendarYears(day(2023, 1, 1), day(2026, 1, 1), 'fa').map(iso)).to.deep.equal(['2023-03-21', '2024-03-20', '2025-03-21']);
  });

  it('takes every third month from the start of the year, so quarters fall where readers expect', () => {
    const quarters = calendarMonths(day(2024, 3, 1), day(2025, 3, 1), 'fa', 3).map((time) => calendarDay(time, 'fa').month);
    expect(quarters).to.deep.equal([1, 4, 7, 10]);
  });
});

describe('createTicks in another calendar', () => {
  const offensive = { min: day(2024, 11, 27), max: day(2024, 12, 22) };

  it('names the Persian months where they begin, not where Gregorian months do', () => {
    const x = createTimeScale(offensive, [0, 900]);
    const { minor, major } = createTicks(x, 900, 'fa');
    expect(major.map((tick) => iso(tick.value))).to.deep.equal(['2024-11-21', '2024-12-21']);
    expect(major.map((tick) => tick.label)).to.deep.equal(['۱۴۰۳ آذر', '۱۴۰۳ دی']);
    // Days are the Persian days of the month, in Persian digits: 27 November is 7 Azar.
    expect(minor[0]!.label).to.match(/^[۰-۹]+$/);
    expect(x(major[1]!.value)).to.be.closeTo(x(day(2024, 12, 21)), 0.5);
  });

  it('keeps the Gregorian axis when the calendar attribute asks for it', () => {
    const x = createTimeScale(offensive, [0, 900]);
    const { major } = createTicks(x, 900, 'fa-u-ca-gregory');
    expect(major.map((tick) => iso(tick.value))).to.deep.equal(['2024-11-01', '2024-12-01']);
  });

  it('labels months and years of the calendar over two years, without crowding', () => {
    const x = createTimeScale({ min: day(2023, 6, 1), max: day(2025, 6, 1) }, [0, 900]);
    const { minor, major } = createTicks(x, 900, 'fa');
    expect(major.map((tick) => calendarDay(tick.value, 'fa').month)).to.deep.equal([1, 1, 1]);
    expect(minor.length).to.be.within(4, 14);
    for (const tick of minor) expect(calendarDay(tick.value, 'fa').day).to.equal(1);
  });
});
