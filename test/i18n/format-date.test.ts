import { expect } from '@open-wc/testing';
import { formatSpan } from '../../src/i18n/format-date.js';
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
