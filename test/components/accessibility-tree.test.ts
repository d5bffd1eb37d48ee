/**
 * What a screen reader is given: Playwright's accessibility snapshot (roles, names, states and
 * text, through the open shadow roots) of each element in fixed states, kept as reviewed files in
 * `test/snapshots/` and compared exactly (the `aria-snapshot` command of web-test-runner.config.js).
 *
 * After a deliberate change, `UPDATE_SNAPSHOTS=1 npx wtr --files test/components/accessibility-tree.test.ts`
 * rewrites the files; read the diff as a listener would before keeping it. In CI a missing file fails.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { SitrepRouteChip, SitrepTimeline } from '../../src/index.js';
import { loadStrings } from '../../src/i18n/strings.js';
import { clearDatasetCache } from '../../src/model/load.js';
import { smallDataset } from '../fixtures/small-dataset.js';

interface SnapshotResult {
  readonly status: 'match' | 'mismatch' | 'written' | 'missing';
  readonly actual: string;
  readonly expected?: string;
}

function ariaSnapshot(selector: string, name: string, readOnly = false): Promise<SnapshotResult> {
  return executeServerCommand<SnapshotResult, { selector: string; name: string; readOnly: boolean }>('aria-snapshot', { selector, name, readOnly });
}

/** The lines that differ between two texts (`-` stored, `+` now), from their longest common subsequence. */
function lineDiff(expected: string, actual: string, limit = 40): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  }
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || common[i + 1]![j]! >= common[i]![j + 1]!)) lines.push(`  - ${a[i++]} (line ${i})`);
    else lines.push(`  + ${b[j++]} (line ${j})`);
  }
  return lines.length > limit ? [...lines.slice(0, limit), `  … and ${lines.length - limit} more`].join('\n') : lines.join('\n');
}

/** The tree of `#id` equals `test/snapshots/<name>.aria.yml` (written when missing outside CI, or with UPDATE_SNAPSHOTS=1). */
async function expectTree(id: string, name: string): Promise<void> {
  const result = await ariaSnapshot(`#${id}`, name);
  if (result.status === 'missing') throw new Error(`test/snapshots/${name}.aria.yml is missing: run with UPDATE_SNAPSHOTS=1, review the file and keep it`);
  if (result.status === 'mismatch') {
    throw new Error(`the accessibility tree differs from test/snapshots/${name}.aria.yml (UPDATE_SNAPSHOTS=1 accepts a reviewed change):\n${lineDiff(result.expected!, result.actual)}`);
  }
}

const frames = async (count = 2) => {
  for (let i = 0; i < count; i++) await new Promise(requestAnimationFrame);
};

/** Waits for Lit, for the view to rest (clusters get their dated names back), and for layout. */
async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await el.updateComplete;
  // Right after a window change the timeline names clusters without dates for 200 ms (see noteWindowChange).
  await waitUntil(() => !(el as unknown as { moving: boolean }).moving, 'the view rests', { timeout: 2000 });
  await el.updateComplete;
  await frames(2);
  await el.updateComplete;
}

const root = (el: Element) => el.shadowRoot!;

/** The small fixture with a burst of twelve events on one day in one lane: drawn as a cluster beside the marks. */
const withBurst = {
  ...smallDataset,
  events: [
    ...smallDataset.events,
    ...Array.from({ length: 12 }, (_, index) => ({
      id: `b${index}`, date: '2024-12-03', title: `Clash ${index + 1}`, type: 'battle', actors: ['rebels'], sources: [{ name: 'Agency', url: 'https://example.org/b' }],
    })),
  ],
};

/** A timeline in `host` with its data drawn (lanes or the vertical list), settled, and its list of events open. */
async function drawnTimeline(template: TemplateResult): Promise<SitrepTimeline> {
  const host = await fixture<HTMLElement>(template);
  const el = host.localName === 'sitrep-timeline' ? (host as SitrepTimeline) : host.querySelector('sitrep-timeline')!;
  await waitUntil(() => root(el).querySelector('[part~="mark"], [part~="cluster"], .vertical button'), 'drawn', { timeout: 5000 });
  await settle(el);
  const list = root(el).querySelector<HTMLDetailsElement>('details.list');
  if (list) list.open = true;
  await settle(el);
  return el;
}

describe('the accessibility tree', () => {
  beforeEach(() => clearDatasetCache());

  describe('<sitrep-timeline>', () => {
    it('in English, 900 px wide, the shipped dataset: name, summary, toolbar, marks, the list with dates in words', async () => {
      await drawnTimeline(html`<sitrep-timeline id="tree-en" lang="en" style="width: 900px" src="/data/syria-2024.json"></sitrep-timeline>`);
      await expectTree('tree-en', 'timeline.en');
    });

    it('in English with a cluster and an event selected: the cluster, the detail panel, approximate and uncertain dates', async () => {
      await drawnTimeline(html`<sitrep-timeline id="tree-en-selected" lang="en" style="width: 900px" selected="e4" .data=${withBurst}></sitrep-timeline>`);
      await expectTree('tree-en-selected', 'timeline.en.selected');
    });

    it('in its vertical (phone) layout, 360 px wide', async () => {
      await drawnTimeline(html`<sitrep-timeline id="tree-vertical" lang="en" style="width: 360px" .data=${smallDataset}></sitrep-timeline>`);
      await expectTree('tree-vertical', 'timeline.en.vertical');
    });

    it('in its vertical layout with more events than rows: a row per day that zooms in', async () => {
      // 160 events over ten days: more than the vertical list's 150 rows, so it shows one row per day.
      const many = {
        ...smallDataset,
        events: Array.from({ length: 160 }, (_, index) => ({
          id: `m${index}`, date: `2024-12-${String(1 + (index % 10)).padStart(2, '0')}`, title: `Report ${index + 1}`, type: 'battle', actors: ['rebels'], sources: [{ name: 'Agency', url: 'https://example.org/m' }],
        })),
      };
      await drawnTimeline(html`<sitrep-timeline id="tree-vertical-days" lang="en" style="width: 360px" .data=${many}></sitrep-timeline>`);
      await expectTree('tree-vertical-days', 'timeline.en.vertical-days');
    });

    for (const lang of ['ar', 'fa']) {
      it(`in ${lang === 'ar' ? 'Arabic' : 'Persian'}, right to left, with a cluster and an event selected`, async () => {
        await loadStrings(lang);
        const el = await drawnTimeline(html`<sitrep-timeline id=${`tree-${lang}`} lang=${lang} dir="rtl" style="width: 900px" selected="e4" .data=${withBurst}></sitrep-timeline>`);
        // The interface is in the language (not the English fallback) before the tree is read.
        expect(root(el).querySelector('summary')!.textContent).to.not.contain('Events as a list');
        await expectTree(`tree-${lang}`, `timeline.${lang}`);
      });
    }

    it('while loading: the status message', async () => {
      const original = window.fetch;
      // A request that never answers keeps the loading state (no clock, no progress figures).
      window.fetch = () => new Promise<Response>(() => undefined);
      try {
        const el = await fixture<SitrepTimeline>(html`<sitrep-timeline id="tree-loading" style="width: 900px" src="https://data.example.org/slow.json"></sitrep-timeline>`);
        await waitUntil(() => root(el).querySelector('[part~="status"]'), 'loading shown');
        await settle(el);
        await expectTree('tree-loading', 'timeline.en.loading');
      } finally {
        window.fetch = original;
      }
    });

    it('when the data cannot be had (a 404): the alert', async () => {
      const original = window.fetch;
      // A fixed address, so the message in the tree does not carry the test server's port.
      window.fetch = () => Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found' }));
      try {
        const el = await fixture<SitrepTimeline>(html`<sitrep-timeline id="tree-error" style="width: 900px" src="https://data.example.org/missing.json"></sitrep-timeline>`);
        await waitUntil(() => root(el).querySelector('[part~="error"]'), 'error shown');
        await settle(el);
        await expectTree('tree-error', 'timeline.en.error');
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('<sitrep-actor-card>', () => {
    for (const lang of ['en', 'ar']) {
      it(`full and compact (inside a sentence), in ${lang === 'en' ? 'English' : 'Arabic'}`, async () => {
        if (lang !== 'en') await loadStrings(lang);
        const host = await fixture<HTMLElement>(html`<div id=${`cards-${lang}`} lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
          <p>${lang === 'ar' ? 'تقدّم' : 'The offensive of'} <sitrep-actor-card compact actor="rebels" for="story" .data=${smallDataset}></sitrep-actor-card> ${lang === 'ar' ? 'نحو المدينة.' : 'reached the city.'}</p>
          <sitrep-actor-card actor="ally" for="story" .data=${smallDataset}></sitrep-actor-card>
        </div>`);
        const cards = [...host.querySelectorAll('sitrep-actor-card')];
        await waitUntil(() => cards.every((card) => root(card).querySelector('[part~="name"]')), 'drawn');
        for (const card of cards) await settle(card);
        await expectTree(`cards-${lang}`, `actor-card.${lang}`);
      });
    }

    it('a changed tree fails the comparison, and a missing snapshot is reported as missing', async () => {
      // The English cards as stored above, but the data names the actor differently.
      const altered = { ...smallDataset, actors: smallDataset.actors.map((actor) => (actor.id === 'ally' ? { ...actor, name: 'Renamed ally' } : actor)) };
      const host = await fixture<HTMLElement>(html`<div id="cards-altered" lang="en" dir="ltr">
        <p>The offensive of <sitrep-actor-card compact actor="rebels" for="story" .data=${altered}></sitrep-actor-card> reached the city.</p>
        <sitrep-actor-card actor="ally" for="story" .data=${altered}></sitrep-actor-card>
      </div>`);
      const cards = [...host.querySelectorAll('sitrep-actor-card')];
      await waitUntil(() => cards.every((card) => root(card).querySelector('[part~="name"]')), 'drawn');
      for (const card of cards) await settle(card);
      const changed = await ariaSnapshot('#cards-altered', 'actor-card.en', true);
      expect(changed.status).to.equal('mismatch');
      expect(changed.actual).to.contain('Renamed ally');
      expect(changed.expected).to.contain('Foreign ally');
      const missing = await ariaSnapshot('#cards-altered', 'never-stored', true);
      expect(missing.status).to.equal('missing');
    });
  });

  describe('<sitrep-route-chip>', () => {
    for (const lang of ['en', 'ar']) {
      for (const open of [false, true]) {
        it(`from the data and written inline, ${open ? 'opened' : 'closed'}, in ${lang === 'en' ? 'English' : 'Arabic'}`, async () => {
          if (lang !== 'en') await loadStrings(lang);
          const id = `chips-${lang}-${open ? 'open' : 'closed'}`;
          const host = await fixture<HTMLElement>(html`<div id=${id} lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
            <p>
              <sitrep-route-chip route="ally-out" .data=${smallDataset}></sitrep-route-chip>
              <sitrep-route-chip from="Damascus" to="Tehran" mode="air" date="2024-12-08" status="disputed"></sitrep-route-chip>
            </p>
          </div>`);
          const chips = [...host.querySelectorAll<SitrepRouteChip>('sitrep-route-chip')];
          await waitUntil(() => chips.every((chip) => root(chip).querySelector('.place')), 'drawn');
          for (const chip of chips) await settle(chip);
          if (open) {
            root(chips[0]!).querySelector<HTMLElement>('[part~="button"]')!.click();
            await waitUntil(() => root(chips[0]!).querySelector('[part~="detail"]')?.matches(':popover-open'), 'opened');
            await settle(chips[0]!);
          }
          await expectTree(id, `route-chip.${lang}.${open ? 'open' : 'closed'}`);
        });
      }
    }
  });
});
