import { expect } from '@open-wc/testing';
import { formatDays, formatSpan } from '../../src/i18n/format-date.js';
import { parseEdtf } from '../../src/model/dates.js';

const span = (text: string) => {
  const parsed = parseEdtf(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.span;
};

describe('formatSpan', () => {
  it('writes a day, a range of days, a month, a year and an open end as readers see them', () => {
    expect(formatSpan(span('2024-12-08'), 'en-GB')).to.equal('8 December 2024');
    expect(formatSpan(span('2024-12-06/2024-12-08'), 'en-GB')).to.match(/^6\s?–\s?8 December 2024$/);
    expect(formatSpan(span('2024-11-30/2024-12-02'), 'en-GB')).to.match(/^30 November\s–\s2 December 2024$/);
    expect(formatSpan(span('2024-12'), 'en-GB')).to.equal('December 2024');
    expect(formatSpan(span('2024-11/2024-12'), 'en-GB')).to.match(/^November\s–\sDecember 2024$/);
    expect(formatSpan(span('2024'), 'en-GB')).to.equal('2024');
    expect(formatSpan(span('2024-12-08/..'), 'en-GB')).to.equal('8 December 2024');
    expect(formatSpan(span('2024-12-08T04:30Z'), 'en-GB')).to.match(/^8 December 2024(,| at) 04:30 UTC$/);
  });

  it('gives the same text the second time, in each language, for spans that share a start but not an end', () => {
    const day = span('2024-12-08');
    const range = span('2024-12-08/2024-12-09');
    for (let round = 0; round < 2; round++) {
      expect(formatSpan(day, 'en-GB')).to.equal('8 December 2024');
      expect(formatSpan(range, 'en-GB')).to.match(/^8\s?–\s?9 December 2024$/);
      expect(formatSpan(day, 'fr')).to.equal('8 décembre 2024');
    }
  });
});

describe('formatDays', () => {
  const DAY = 86_400_000;

  it('writes every range of days as Intl formatRange does, in languages of other calendars, digits and orders', () => {
    const locales = ['en', 'en-GB', 'ar', 'ar-SA', 'fa', 'he', 'he-u-ca-hebrew', 'fr', 'de', 'ru', 'ja', 'zh', 'ko', 'th-u-ca-buddhist', 'ja-u-ca-japanese', 'zh-u-ca-chinese', 'tr', 'pt-BR', 'hi', 'ur'];
    // Ranges within a day's month, across months and across years, from 1999 to 2026.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const ranges: [number, number][] = [];
    for (let i = 0; i < 120; i++) {
      const first = Math.floor(Date.UTC(1999, 0, 1) / DAY + random() * 10_000);
      const length = [1, 3, 12, 27, 40, 90, 200, 400, 900][i % 9]!;
      ranges.push([first, first + Math.floor(random() * length) + 1]);
    }
    ranges.push([Math.floor(Date.UTC(2024, 11, 31) / DAY), Math.floor(Date.UTC(2025, 0, 1) / DAY)]);
    for (const locale of locales) {
      const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (const [first, last] of ranges) {
        // formatDays takes the end as exclusive.
        expect(formatDays(first * DAY, (last + 1) * DAY, locale), `${locale} ${new Date(first * DAY).toISOString()} – ${new Date(last * DAY).toISOString()}`).to.equal(format.formatRange(first * DAY, last * DAY));
      }
      expect(formatDays(ranges[0]![0] * DAY, (ranges[0]![0] + 1) * DAY, locale)).to.equal(format.format(ranges[0]![0] * DAY));
    }
  });

  it('writes a range without formatRange once the pattern of the language is known (it costs twenty times the parts of a day)', () => {
    const original = Intl.DateTimeFormat.prototype.formatRange;
    let calls = 0;
    Intl.DateTimeFormat.prototype.formatRange = function (this: Intl.DateTimeFormat, ...args: Parameters<typeof original>) {
      calls++;
      return original.apply(this, args);
    };
    try {
      const start = Math.floor(Date.UTC(2031, 0, 1) / DAY);
      const texts = [];
      for (let i = 0; i < 60; i++) texts.push(formatDays((start + i * 5) * DAY, (start + i * 5 + 9) * DAY, 'en-GB'));
      expect(texts[0]).to.match(/^1\s?–\s?9 January 2031$/);
      expect(calls).to.equal(0);
    } finally {
      Intl.DateTimeFormat.prototype.formatRange = original;
    }
  });
});
