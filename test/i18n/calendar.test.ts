import { expect } from '@open-wc/testing';
import { calendarOf, gregorianLocale, isGregorian, withCalendar } from '../../src/i18n/calendar.js';
import { formatSpan } from '../../src/i18n/format-date.js';
import { parseEdtf } from '../../src/model/dates.js';

describe('calendars', () => {
  it("writes a Persian reader's dates in the Solar Hijri calendar by default, and the Gregorian one on request", () => {
    expect(calendarOf('fa')).to.equal('persian');
    expect(isGregorian('en')).to.equal(true);
    expect(withCalendar('fa', 'gregory')).to.equal('fa-u-ca-gregory');
    expect(withCalendar('ar', 'islamic-umalqura')).to.equal('ar-u-ca-islamic-umalqura');
    expect(gregorianLocale('fa')).to.equal('fa-u-ca-gregory');
  });

  it('ignores a calendar Intl does not know, and an empty one', () => {
    expect(withCalendar('fa', 'martian')).to.equal('fa');
    expect(withCalendar('en', '')).to.equal('en');
    expect(withCalendar('en', undefined)).to.equal('en');
  });

  it('writes the same day in each calendar', () => {
    const parsed = parseEdtf('2024-12-08');
    if (!parsed.ok) throw new Error('the date should parse');
    const span = { value: parsed.span };
    expect(formatSpan(span.value, 'en-GB')).to.equal('8 December 2024');
    expect(formatSpan(span.value, 'fa')).to.contain('آذر').and.contain('۱۴۰۳');
    expect(formatSpan(span.value, withCalendar('en', 'islamic-umalqura'))).to.contain('1446');
    expect(formatSpan(span.value, withCalendar('he', 'hebrew'))).to.contain('כסלו');
  });
});
