import { expect } from '@open-wc/testing';
import { createTicks } from '../../src/layout/ticks.js';
import { createTimeScale } from '../../src/layout/time-scale.js';

const extent = { min: Date.UTC(2024, 10, 27), max: Date.UTC(2024, 11, 22) };

describe('createTicks', () => {
  it('labels days under month names across a month boundary', () => {
    const x = createTimeScale(extent, [0, 900]);
    const { minor, major } = createTicks(x, 900, 'en');
    expect(minor.length).to.be.within(6, 14);
    expect(major.map((tick) => tick.label)).to.deep.equal(['November 2024', 'December 2024']);
    expect(minor.every((tick) => /^\d{1,2}$/.test(tick.label))).to.equal(true);
  });

  it('never lets two month labels run into each other, even on a phone', () => {
    for (const width of [280, 320, 390]) {
      const { major } = createTicks(createTimeScale(extent, [0, width]), width, 'en');
      for (let index = 1; index < major.length; index++) {
        expect(major[index]!.x - major[index - 1]!.x, `width ${width}`).to.be.above(major[index - 1]!.label.length * 7);
      }
      expect(major.at(-1)!.label).to.equal('December 2024');
    }
  });

  it('keeps the first month\'s name in Arabic and Persian where it fits, as in English (regression: Arabic letters counted as wide as Latin)', () => {
    const shown = { min: Date.UTC(2024, 10, 26), max: Date.UTC(2024, 11, 22) };
    for (const locale of ['en', 'ar-SY', 'fa']) {
      const { major } = createTicks(createTimeScale(shown, [0, 600]), 600, locale);
      expect(major, locale).to.have.length(2);
    }
  });

  it('labels days as days after years were labelled (regression: formats of different fields shared a cache entry)', () => {
    const years = createTimeScale({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2024, 0, 1) }, [0, 900]);
    expect(createTicks(years, 900, 'en').major[0]!.label).to.match(/^\d{4}$/);
    const days = createTicks(createTimeScale(extent, [0, 900]), 900, 'en');
    expect(days.minor.every((tick) => /^\d{1,2}$/.test(tick.label))).to.equal(true);
  });

  it('keeps about one label per 72 px at any width', () => {
    for (const width of [320, 600, 1200, 2400]) {
      const { minor } = createTicks(createTimeScale(extent, [0, width]), width, 'en');
      expect(minor.length, `width ${width}`).to.be.within(2, Math.floor(width / 44));
    }
  });

  it('formats through Intl in the given language, with native digits where the language uses them', () => {
    const x = createTimeScale(extent, [0, 900]);
    const arabic = createTicks(x, 900, 'ar-EG');
    expect(arabic.major[1]!.label).to.match(/ديسمبر/);
    expect(arabic.minor[0]!.label).to.match(/[٠-٩]/);
    expect(createTicks(x, 900, 'fa').minor[0]!.label).to.match(/[۰-۹]/);
  });

  it('labels calendar days in UTC, so a reader\'s zone never shifts them', () => {
    const x = createTimeScale(extent, [0, 900]);
    const ticks = createTicks(x, 900, 'en', 'America/Los_Angeles');
    const first = ticks.minor[0]!;
    expect(new Date(first.value).getUTCHours()).to.equal(0);
    expect(first.label).to.equal(String(new Date(first.value).getUTCDate()));
  });

  it('stops at days for data without times of day, however far it is zoomed', () => {
    const x = createTimeScale(extent, [0, 1280]).domain([new Date(Date.UTC(2024, 11, 4)), new Date(Date.UTC(2024, 11, 10))]);
    const { minor } = createTicks(x, 1280, 'en', 'Asia/Damascus', 72, 'day');
    expect(minor.map((tick) => tick.label)).to.deep.equal(['4', '5', '6', '7', '8', '9', '10']);
  });

  it('switches to hours when zoomed into a day, shown in the display time zone', () => {
    const day = { min: Date.UTC(2024, 11, 8), max: Date.UTC(2024, 11, 8, 12) };
    const x = createTimeScale(day, [0, 900]).domain([new Date(day.min), new Date(day.max)]);
    const { minor } = createTicks(x, 900, 'en-GB', 'Asia/Damascus');
    expect(minor[0]!.label).to.match(/^0?3:00$/);
  });
});
