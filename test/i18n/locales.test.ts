import { expect } from '@open-wc/testing';
import { detailEnglish, type DetailStrings } from '../../src/components/timeline/timeline.detail.js';
import { issuesEnglish, type IssuesStrings } from '../../src/components/timeline/timeline.issues.js';
import { loadStrings, partStrings, stringsFor, stringsReady, type Strings } from '../../src/i18n/strings.js';

const TRANSLATED = ['ar', 'fa', 'he', 'fr'] as const;

/** Every string of a language: those of the parts loaded on demand too, as the parts read them. */
type AllStrings = Strings & DetailStrings & IssuesStrings;
const all = (lang: string): AllStrings => ({ ...partStrings(stringsFor(lang), detailEnglish), ...partStrings(stringsFor(lang), issuesEnglish) });

/**
 * Strings that are genuinely the same word as in English, by key (`group.key` inside a group).
 * Each must stay identical, so the list cannot hide a string left untranslated.
 */
const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  // French writes these labels with the same word as English, and lists and numbers as English does.
  fr: ['sources', 'type', 'actorTypes.coalition', 'sides.opposition', 'comma'],
  // The summary only joins its parts, and Hebrew punctuates and writes numbers as English does.
  he: ['summary', 'comma', 'label'],
  // A label ends with a colon, as in English.
  ar: ['label'],
  fa: ['label'],
};

type FunctionKey = { [K in keyof AllStrings]: AllStrings[K] extends (...args: never[]) => string ? K : never }[keyof AllStrings];

/** Every function of a dictionary, called with plain arguments (the type keeps the list complete). */
const CALLS: { readonly [K in FunctionKey]: (s: AllStrings, n: number) => string } = {
  eventCount: (s, n) => s.eventCount(n),
  summary: (s) => s.summary('C', 'R', 'L', 'S'),
  shownCount: (s, n) => s.shownCount(n),
  showing: (s) => s.showing('R', 'C'),
  selectedEvent: (s) => s.selectedEvent('T'),
  zoomedInto: (s) => s.zoomedInto('C'),
  clusterLabel: (s) => s.clusterLabel('C', 'R', 'L'),
  clusterLabelMoving: (s) => s.clusterLabelMoving('C', 'L'),
  storyCount: (s, n) => s.storyCount(n, n + 12),
  storyPosition: (s, n) => s.storyPosition(n, n + 12, 'T'),
  loadedOf: (s) => s.loadedOf('X', 'Y'),
  filteredTo: (s) => s.filteredTo('N', 'C'),
  showOnly: (s) => s.showOnly('N'),
  sourcesLine: (s, n) => s.sourcesLine(['A', 'B', 'C'], n),
  summaryRange: (s) => s.summaryRange('R'),
  lanesBy: (s, n) => s.lanesBy(n, 'B'),
  skipped: (s, n) => s.skipped(n, n + 40),
  problems: (s, n) => s.problems(n),
  unknownRoute: (s) => s.unknownRoute('I'),
  unknownActor: (s) => s.unknownActor('I'),
  activity: (s) => s.activity('U', 'R', 'B', 'C'),
  showOnTimeline: (s) => s.showOnTimeline('N'),
  updated: (s) => s.updated('W'),
  number: (s, n) => s.number(n),
  label: (s) => s.label('T'),
};

/** Counts that reach every plural category of the four languages. */
const COUNTS = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1000000];

/** Every text a dictionary can show: its strings, its groups and its sentences for many counts. */
function texts(s: AllStrings): Map<string, string> {
  const all = new Map<string, string>();
  for (const [key, value] of Object.entries(s)) {
    if (typeof value === 'string') all.set(key, value);
    else if (typeof value === 'object') for (const [inner, text] of Object.entries(value as Record<string, string>)) all.set(`${key}.${inner}`, text);
  }
  for (const [key, call] of Object.entries(CALLS) as [FunctionKey, (s: AllStrings, n: number) => string][]) {
    for (const n of COUNTS) all.set(`${key}(${n})`, call(s, n));
  }
  return all;
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

describe('interface languages', () => {
  it('a language not translated gets English at once, and there is nothing to load', async () => {
    expect(stringsReady('de')).to.equal(true);
    expect(await loadStrings('de')).to.equal(false);
    expect(stringsFor('de').timelineName).to.equal('Timeline');
    expect(stringsFor('de-CH').eventCount(2)).to.equal('2 events');
    expect(stringsFor(undefined).eventCount(1)).to.equal('1 event');
  });

  it('gives the same strings object each time for a locale, so the elements keep what they built from it', () => {
    // Regression: a language without a dictionary got new strings (and new Intl formatters) on every
    // call, so the timeline redid its lanes and words on every update, zoom frames included.
    expect(stringsFor('de')).to.equal(stringsFor('de'));
    expect(stringsFor('en-GB')).to.equal(stringsFor('en-GB'));
  });

  it('gives a part loaded on demand the same strings each time for a locale (they are merged once, not on every render)', () => {
    expect(partStrings(stringsFor('en'), detailEnglish)).to.equal(partStrings(stringsFor('en'), detailEnglish));
    expect(partStrings(stringsFor('ar'), issuesEnglish)).to.equal(partStrings(stringsFor('ar'), issuesEnglish));
    expect(partStrings(stringsFor('en'), detailEnglish)).not.to.equal(partStrings(stringsFor('en'), issuesEnglish));
  });

  it('a translated language reads English until it is loaded (once), then its own words', async () => {
    expect(stringsReady('he-IL')).to.equal(false);
    const before = stringsFor('he');
    expect(before.timelineName).to.equal('Timeline');
    expect(stringsFor('he'), 'the stand-in is kept until the load').to.equal(before);
    const first = loadStrings('he');
    expect(loadStrings('iw'), 'the old code iw shares the one load').to.equal(first);
    expect(await first).to.equal(true);
    expect(stringsReady('he')).to.equal(true);
    expect(stringsReady('iw')).to.equal(true);
    expect(stringsFor('he-IL').timelineName).to.equal('ציר זמן');
    expect(await loadStrings('he')).to.equal(true);
  });
});

describe('translated dictionaries', () => {
  const english = all('en');

  before(async () => {
    expect(await Promise.all(TRANSLATED.map((lang) => loadStrings(lang)))).to.deep.equal([true, true, true, true]);
  });

  for (const lang of TRANSLATED) {
    describe(lang, () => {
      it('has every key of English, translated, with groups of the same keys and functions of the same parameters', () => {
        const translated = all(lang);
        expect(stringsFor(lang), 'the dictionary is loaded').not.to.equal(stringsFor('en'));
        expect(Object.keys(translated).sort()).to.deep.equal(Object.keys(english).sort());
        const same = SAME_AS_ENGLISH[lang] ?? [];
        const compare = (key: string, mine: string, theirs: string) => {
          if (theirs === '') expect(mine, key).to.equal('');
          else if (same.includes(key)) expect(mine, `${key} is listed as the same word as English`).to.equal(theirs);
          else {
            expect(mine.trim(), key).not.to.equal('');
            expect(mine, `${key} is still English`).not.to.equal(theirs);
          }
        };
        for (const [key, value] of Object.entries(english)) {
          const mine = (translated as Record<string, unknown>)[key];
          if (typeof value === 'string') {
            expect(mine, key).to.be.a('string');
            compare(key, mine as string, value);
          } else if (typeof value === 'function') {
            expect(mine, key).to.be.a('function');
            expect((mine as (...args: unknown[]) => string).length, `${key} parameters`).to.equal(value.length);
          } else {
            const group = value as Record<string, string>;
            const ours = mine as Record<string, string>;
            expect(Object.keys(ours).sort(), key).to.deep.equal(Object.keys(group).sort());
            for (const [inner, text] of Object.entries(group)) compare(`${key}.${inner}`, ours[inner]!, text);
          }
        }
      });

      it('builds every sentence in its own words, for every count', () => {
        const translated = all(lang);
        const same = SAME_AS_ENGLISH[lang] ?? [];
        for (const [key, call] of Object.entries(CALLS) as [FunctionKey, (s: AllStrings, n: number) => string][]) {
          // Numbers are the locale's own (checked with the digits below): French 0 is English 0.
          if (key === 'number') continue;
          for (const n of COUNTS) {
            const mine = call(translated, n);
            expect(mine.trim(), `${key}(${n})`).not.to.equal('');
            if (same.includes(key)) expect(mine, `${key}(${n}) is listed as the same as English`).to.equal(call(english, n));
            else expect(mine, `${key}(${n}) is still English`).not.to.equal(call(english, n));
          }
        }
        expect(translated.sourcesLine([], 0), 'no sources, no line').to.equal('');
      });

      it('has a label for the Gregorian date shown beside another calendar', () => {
        expect(all(lang).gregorianNote).not.to.equal('');
        expect(all(lang).gregorianNote).not.to.equal(english.gregorianNote);
      });
    });
  }

  it('no text of any dictionary holds markup or bidi controls (isolation is the elements’ job)', () => {
    for (const lang of ['en', 'ar-EG', 'fa', 'he', 'fr']) {
      for (const [key, text] of texts(all(lang))) {
        expect(/[<>]/.test(text), `${lang} ${key}: ${text}`).to.equal(false);
        expect(BIDI_CONTROLS.test(text), `${lang} ${key} has a bidi control`).to.equal(false);
      }
    }
  });

  it('a group of events says what it does in words for any device: it is a visible button on phones, not a key to press', () => {
    // The phone layout's rows and the list show a group's name as their text: "Press Enter" read
    // wrong on a touch screen.
    for (const lang of ['en', 'ar-EG', 'fa', 'he', 'fr']) {
      const strings = stringsFor(lang);
      for (const text of [strings.clusterLabel('12 events', 'December 3, 2024', 'HTS'), strings.clusterLabelMoving('12 events', '')]) {
        expect(/Enter|Entrée/.test(text), `${lang}: ${text}`).to.equal(false);
      }
    }
  });

  it('counts reach Arabic and Persian readers in their own digits', () => {
    expect(all('ar-EG').eventCount(3)).to.contain('٣');
    expect(all('fa').eventCount(3)).to.contain('۳');
    expect(all('fa').eventCount(3)).not.to.contain('3');
    expect(all('ar-EG').storyCount(3, 12)).to.equal('٣ من ١٢');
    expect(all('fa').skipped(3, 40)).to.contain('۴۰');
    for (const lang of ['ar-EG', 'fa']) {
      for (const [key, text] of texts(all(lang))) {
        // keysHelp names the 0 key as it is printed on the keyboard.
        if (key !== 'keysHelp') expect(/[0-9]/.test(text), `${lang} ${key}: ${text}`).to.equal(false);
      }
    }
  });

  it('Arabic counts follow the Arabic plural: one and two in words, 3–10 plural, 11–99 singular accusative, hundreds singular', () => {
    const ar = all('ar-EG');
    expect(ar.eventCount(1)).to.equal('حدث واحد');
    expect(ar.eventCount(2)).to.equal('حدثان');
    expect(all('ar').eventCount(2)).to.equal('حدثان');
    expect(/[0-9٠-٩]/.test(all('ar').eventCount(2)), 'the dual needs no digit').to.equal(false);
    expect(ar.eventCount(3)).to.equal('٣ أحداث');
    expect(ar.eventCount(10)).to.equal('١٠ أحداث');
    expect(ar.eventCount(11)).to.equal('١١ حدثًا');
    expect(ar.eventCount(99)).to.equal('٩٩ حدثًا');
    expect(ar.eventCount(100)).to.equal('١٠٠ حدث');
    expect(ar.eventCount(103)).to.equal('١٠٣ أحداث');
    expect(ar.eventCount(111)).to.equal('١١١ حدثًا');
    expect(ar.problems(2)).to.equal('عُثر على مشكلتين في البيانات.');
    expect(ar.problems(11)).to.equal('عُثر على ١١ مشكلةً في البيانات.');
    expect(ar.lanesBy(2, ar.groupBy.actor!)).to.equal('في مسارين حسب الطرف');
    expect(ar.lanesBy(5, ar.groupBy.type!)).to.equal('في ٥ مسارات حسب نوع الحدث');
  });

  it('Hebrew writes one and two in words; French takes the singular for 0 and 1', () => {
    const he = all('he');
    expect(he.eventCount(1)).to.equal('אירוע אחד');
    expect(he.eventCount(2)).to.equal('שני אירועים');
    expect(he.eventCount(3)).to.equal('3 אירועים');
    expect(he.problems(2)).to.equal('נמצאו שתי בעיות בנתונים.');
    const fr = all('fr');
    expect(fr.eventCount(0)).to.equal('0 événement');
    expect(fr.eventCount(1)).to.equal('1 événement');
    expect(fr.eventCount(2)).to.equal('2 événements');
    expect(fr.eventCount(1000000)).to.match(/^1\s000\s000 d’événements$/);
    expect(fr.skipped(1, 40)).to.equal('1 événement sur 40 a été ignoré dans les données.');
    expect(fr.skipped(3, 40)).to.equal('3 événements sur 40 ont été ignorés dans les données.');
  });

  it('joins names as each language joins a list', () => {
    expect(all('fr').sourcesLine(['AFP', 'Reuters'], 0)).to.equal('Sources\u00a0: AFP et Reuters');
    expect(all('fr').sourcesLine(['AFP', 'Reuters'], 3)).to.equal('Sources\u00a0: AFP, Reuters et 3 autres');
    expect(all('ar-EG').sourcesLine(['AFP', 'Reuters'], 3)).to.equal('المصادر: AFP وReuters و٣ مصادر أخرى');
    expect(all('he').sourcesLine(['AFP', 'Reuters'], 3)).to.equal('מקורות: AFP, Reuters ועוד 3');
  });

  it('each language is written in its own script and punctuation', () => {
    for (const [key, text] of texts(all('ar-EG'))) {
      expect(/[یکۀ]/.test(text), `ar ${key}: Persian letters`).to.equal(false);
      expect(/[,;?]/.test(text), `ar ${key}: Latin punctuation`).to.equal(false);
    }
    for (const [key, text] of texts(all('fa'))) {
      expect(/[يكى]/.test(text), `fa ${key}: Arabic ya or kaf`).to.equal(false);
      expect(/[,;?]/.test(text), `fa ${key}: Latin punctuation`).to.equal(false);
      expect(/(^|\s)ن?می /.test(text), `fa ${key}: می without its zero-width non-joiner`).to.equal(false);
    }
    expect(all('fa').filtersCleared).to.contain('می\u200cشوند');
    for (const [key, text] of texts(all('he'))) {
      // Niqqud and cantillation marks (the maqaf, U+05BE, is punctuation and allowed).
      expect(/[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/.test(text), `he ${key}: niqqud`).to.equal(false);
    }
    for (const [key, text] of texts(all('fr'))) {
      expect(/['"]/.test(text), `fr ${key}: straight quotes or apostrophes`).to.equal(false);
      expect(/(^|[^\u00a0\u202f])[:;?!]/.test(text), `fr ${key}: no no-break space before : ; ? !`).to.equal(false);
      expect(/«(?!\u00a0)|(?<!\u00a0)»/.test(text), `fr ${key}: guillemets without no-break spaces`).to.equal(false);
    }
  });
});
