import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { SitrepTimeline } from '../src/index.js';
import { loadStrings, stringsFor } from '../src/i18n/strings.js';
import { smallDataset } from '../test/fixtures/small-dataset.js';
import { syntheticDataset } from '../bench/synthetic.js';
import { repeatAcledRows } from '../scripts/acled-rows.mjs';
import { argTypesFor, elementFromArgs, PAGE_ARG_TYPES, type ElementArgs } from './manifest.js';

type Args = ElementArgs & { width?: string; scheme?: 'light' | 'dark'; lang?: string; dir?: string };

const timelineIn = (canvasElement: HTMLElement) => canvasElement.querySelector('sitrep-timeline') as SitrepTimeline;
const inside = (canvasElement: HTMLElement, selector: string) => [...timelineIn(canvasElement).shadowRoot!.querySelectorAll(selector)];

/** Events drawn on their own plus those inside clusters. */
function eventsDrawn(canvasElement: HTMLElement): number {
  const clusters = inside(canvasElement, '[part~="cluster"]');
  return inside(canvasElement, '[part~="mark"]').length + clusters.reduce((sum, cluster) => sum + Number(cluster.getAttribute('data-count')), 0);
}

/** Whether the timeline draws lanes; below 600 px (a phone, or Storybook's viewport set to one) it draws the vertical list. */
const inLanes = (canvasElement: HTMLElement) => inside(canvasElement, '.plot').length > 0;

/** The dates the timeline writes: the axis labels in lanes, the rows' dates in the vertical layout. */
const datesShown = (canvasElement: HTMLElement) => inside(canvasElement, '[part~="axis"], .vertical .when').map((node) => node.textContent).join(' ');

const drawn = (canvasElement: HTMLElement) =>
  waitFor(() => expect(inside(canvasElement, '[part~="mark"], [part~="cluster"], .vertical .row').length).toBeGreaterThan(0), { timeout: 5000 });

/**
 * `<sitrep-timeline>` draws the events of a dataset on a d3 UTC scale, one lane per actor
 * (or type, or place). Zoom with the buttons, `+`/`-`, pinch, Ctrl/⌘ + wheel or double-click;
 * pan by dragging, with Shift + arrows or the overview strip. Dense bursts become clusters that
 * zooming resolves. Below 600 px it becomes a vertical list.
 */
const meta = {
  title: 'Components/Timeline',
  component: 'sitrep-timeline',
  argTypes: { ...argTypesFor('sitrep-timeline'), ...PAGE_ARG_TYPES },
  render: (args) =>
    html`<div style=${`max-width: ${args.width ?? '100%'}; --sitrep-color-scheme: ${args.scheme ?? 'light'}`} lang=${args.lang ?? 'en'} dir=${args.dir ?? 'ltr'}>
      ${elementFromArgs('sitrep-timeline', args)}
    </div>`,
  args: { src: 'data/syria-2024.json', 'group-by': 'actor' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** The shipped story: the rebel offensive in Syria from 27 November 2024, Assad's fall and Iran's evacuation, 60 events in actor lanes. */
export const Syria2024: Story = {
  name: 'Syria 2024',
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventsDrawn(canvasElement)).toBe(60), { timeout: 5000 });
  },
};

/** The same story with one lane per event type. */
export const GroupedByType: Story = {
  args: { 'group-by': 'type' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventsDrawn(canvasElement)).toBe(60), { timeout: 5000 });
    await expect(inside(canvasElement, '[part~="lane"]').length).toBeLessThanOrEqual(6);
  },
};

/** The same story with one lane per place. */
export const GroupedByPlace: Story = {
  args: { 'group-by': 'place' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventsDrawn(canvasElement)).toBe(60), { timeout: 5000 });
    // A lane's label, or in the vertical layout the group named in each row.
    await expect(inside(canvasElement, '[part~="label"], .vertical .who bdi').map((label) => label.textContent)).toContain('Damascus');
  },
};

/** Selecting with the keyboard: Tab into the drawing, arrows to walk, Enter to select; the detail panel shows the sources. */
export const KeyboardSelection: Story = {
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    const timeline = timelineIn(canvasElement);
    (timeline.shadowRoot!.querySelector('.plot [tabindex="0"], .vertical [tabindex="0"]') as HTMLElement | SVGElement).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    await waitFor(() => expect(timeline.selected).toBeTruthy());
    // The detail's code loads on first use: on a fresh page it can come a moment after the selection.
    await waitFor(() => expect(inside(canvasElement, '[part~="detail"]').length).toBe(1), { timeout: 5000 });
    const detail = inside(canvasElement, '[part~="detail"]')[0]!;
    await expect(detail.querySelectorAll('a[href^="https://"]').length).toBeGreaterThan(0);
    await expect(detail.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
  },
};

/** Zooming with the buttons: the clusters of 6–8 December resolve into single events. */
export const Zoomed: Story = {
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    const timeline = timelineIn(canvasElement);
    const zoomIn = timeline.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
    await userEvent.click(zoomIn);
    await userEvent.click(zoomIn);
    await waitFor(() => expect(timeline.visibleRange!.end.getTime() - timeline.visibleRange!.start.getTime()).toBeLessThan(8 * 86_400_000));
  },
};

/** 3,000 synthetic events over two years: dense bursts are drawn as clusters with their counts, so the page stays light. */
export const Dense: Story = {
  render: () => html`<sitrep-timeline .data=${syntheticDataset(3000, 11)}></sitrep-timeline>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="cluster"]').length).toBeGreaterThan(10), { timeout: 5000 });
    await expect(eventsDrawn(canvasElement)).toBe(3000);
    await expect(inside(canvasElement, '[part~="mark"], [part~="cluster"]').length).toBeLessThan(600);
  },
};

/** Filtered to one actor (`actors="hts"`): the summary says how many are shown. */
export const FilteredToActor: Story = {
  args: { actors: 'hts' },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    await waitFor(() => expect(timelineIn(canvasElement).shadowRoot!.getElementById('summary')!.textContent).toMatch(/\d+ shown\.$/));
  },
};

/** Story mode: one event at a time with previous and next; the view follows the current event. */
export const StoryMode: Story = {
  args: { story: true },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    const timeline = timelineIn(canvasElement);
    const next = [...timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="story"] button')].at(-1)!;
    await userEvent.click(next);
    await waitFor(() => expect(timeline.shadowRoot!.querySelector('[part~="story"] .position')!.textContent).toBe('2 of 60'));
  },
};

/** One lane for everything (`group-by="none"`): the plainest view, coloured by event type. */
export const SingleLane: Story = {
  args: { 'group-by': 'none' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventsDrawn(canvasElement)).toBe(60), { timeout: 5000 });
    // The vertical layout has no lanes: its rows name each event's type.
    if (inLanes(canvasElement)) await expect(inside(canvasElement, '[part~="lane"]').length).toBe(1);
  },
};

/** An event chosen by the page (`selected`): the detail panel opens on it, with its date, parties, place and sources. */
export const Selected: Story = {
  args: { selected: 'e-20241206-iran-evacuation' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="detail"]').length).toBe(1), { timeout: 5000 });
    await expect(inside(canvasElement, '[part~="detail"]')[0]!.textContent).toContain('December 6, 2024');
  },
};

/** Filtered to event types (`types="battle,explosion"`): only the fighting is shown, and the summary says how many. */
export const FilteredByType: Story = {
  args: { types: 'battle,explosion' },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    const timeline = timelineIn(canvasElement);
    await waitFor(() => expect(timeline.shadowRoot!.getElementById('summary')!.textContent).toMatch(/\d+ shown\.$/));
    for (const id of inside(canvasElement, '[part~="mark"]').map((mark) => mark.getAttribute('data-event-id'))) {
      await expect(['battle', 'explosion']).toContain(timeline.events.find((event) => event.id === id)!.type);
    }
  },
};

/** A text search (`query="Latakia"`) over titles, summaries and the names of actors and places. */
export const Search: Story = {
  args: { query: 'Latakia' },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    const shown = inside(canvasElement, '[part~="list"] li');
    await expect(shown.length).toBeGreaterThan(0);
    await expect(shown.length).toBeLessThan(60);
  },
};

/** Filters that match nothing: the element says so and offers to clear them; clearing shows every event again. */
export const NoMatch: Story = {
  args: { query: 'no event says this' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '.empty').length).toBe(1), { timeout: 5000 });
    await expect(inside(canvasElement, '.empty')[0]!.textContent).toContain('No events match the filters.');
    await userEvent.click(inside(canvasElement, '.empty button')[0] as HTMLButtonElement);
    await waitFor(() => expect(eventsDrawn(canvasElement)).toBe(60));
  },
};

/** A movement picked out (`highlight-route="evac-air-tehran"`): the events on the airlift to Tehran are marked, the others dimmed. */
export const HighlightedRoute: Story = {
  args: { 'highlight-route': 'evac-air-tehran' },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    // The mark in the lanes, or the row in the vertical layout.
    await waitFor(() => expect(inside(canvasElement, '.highlighted[data-event-id="e-20241206-iran-evacuation"]').length).toBe(1));
  },
};

/** Without the overview strip (`no-overview`), for small embeds; zoom and pan still work with the buttons and keys. */
export const WithoutOverview: Story = {
  args: { 'no-overview': true },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    await expect(inside(canvasElement, '[part~="overview"]').length).toBe(0);
    await expect(inside(canvasElement, 'button[aria-label="Zoom in"]').length).toBe(1);
  },
};

/** The vertical layout asked for at any width (`layout="vertical"`): time runs down the page, one row per event. */
export const Vertical: Story = {
  args: { layout: 'vertical' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '.vertical .row').length).toBe(60), { timeout: 5000 });
  },
};

/** Times shown in another zone (`time-zone="UTC"`): a statement made at 9:30 in Damascus reads 6:30 AM UTC; its place on the axis does not move. */
export const TimeZone: Story = {
  render: () => html`<sitrep-timeline time-zone="UTC" selected="e5" .data=${smallDataset}></sitrep-timeline>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="detail"]').length).toBe(1), { timeout: 5000 });
    await expect(inside(canvasElement, '[part~="detail"]')[0]!.textContent).toContain('6:30 AM UTC');
  },
};

/**
 * The selection kept in the page address (`link-hash`): choosing an event writes `#sitrep-<id>`, so a reader can share
 * a link to it, and opening such a link selects the event.
 */
export const LinkedToAddress: Story = {
  args: { 'link-hash': true },
  beforeEach: () => {
    const before = location.hash;
    return () => history.replaceState(null, '', `${location.pathname}${location.search}${before}`);
  },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    const timeline = timelineIn(canvasElement);
    await userEvent.click(inside(canvasElement, '[part~="mark"][data-event-id="e-20241206-iran-evacuation"]')[0] as Element);
    await waitFor(() => expect(location.hash).toBe('#sitrep-e-20241206-iran-evacuation'));
    await expect(timeline.selected).toBe('e-20241206-iran-evacuation');
  },
};

/** While the data is on its way: a status line says so (with how much has arrived, when the server says how much there is). */
export const Loading: Story = {
  render: () => html`<sitrep-timeline timeout="600000" src="https://faults.example/on-its-way.json"></sitrep-timeline>`,
  beforeEach: fetchOnFaultsExample(() => new Promise<Response>(() => undefined)),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="status"]').length).toBe(1));
    const status = inside(canvasElement, '[part~="status"]')[0]!;
    await expect(status.getAttribute('role')).toBe('status');
    await expect(status.textContent).toContain('Loading');
  },
};

/**
 * The view saved as an image for a social card or print: the PNG and SVG buttons (or `toPNG()` and `toSVG()`) give
 * the title, the visible range, the drawing in the current theme and a source line.
 */
export const SaveAsImage: Story = {
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    const timeline = timelineIn(canvasElement);
    if (!inLanes(canvasElement)) {
      // The image is of the lanes: the vertical layout of a phone offers no buttons for it.
      await expect(inside(canvasElement, '[part~="save"]')).toEqual([]);
      return;
    }
    await expect(inside(canvasElement, '[part~="save"]').map((button) => button.textContent!.trim())).toEqual(['PNG', 'SVG']);
    const file = new DOMParser().parseFromString(await timeline.toSVG(), 'image/svg+xml');
    await expect(file.querySelector(':scope > text')!.textContent).toContain('Syria');
    await expect((await timeline.toPNG(1)).type).toBe('image/png');
  },
};

/** Phone width (375 px): the vertical layout, time running down, one readable row per event. */
export const PhoneWidth: Story = {
  args: { width: '375px' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '.vertical .row').length).toBe(60), { timeout: 5000 });
  },
};

/** The dark theme, chosen by the page with `--sitrep-color-scheme: dark` (by default it follows the reader's system setting). */
export const Dark: Story = {
  args: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    const background = getComputedStyle(timelineIn(canvasElement)).backgroundColor;
    await expect(background).toBe('rgb(22, 24, 29)');
  },
};

/**
 * Arabic as written in Syria (`lang="ar-SY"`), right to left: time runs from right to left, labels sit on the right, and dates use
 * Arabic month names and Arabic-Indic digits. Digits follow the language's data: plain `ar` uses Latin digits, `ar-SY`, `ar-EG` or
 * `ar-u-nu-arab` Arabic-Indic ones.
 */
export const ArabicRightToLeft: Story = {
  args: { lang: 'ar-SY', dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    const timeline = timelineIn(canvasElement);
    const first = timeline.shadowRoot!.querySelector(`[part~="mark"][data-event-id="${timeline.events[0]!.id}"]`)!.getBoundingClientRect();
    const last = timeline.shadowRoot!.querySelector(`[part~="mark"][data-event-id="${timeline.events.at(-1)!.id}"]`)!.getBoundingClientRect();
    // Time runs from right to left in lanes, and down in the vertical layout.
    if (inLanes(canvasElement)) await expect(first.left).toBeGreaterThan(last.left);
    else await expect(first.top).toBeLessThan(last.top);
    await expect(datesShown(canvasElement)).toMatch(/[٠-٩]/);
  },
};

/** Persian, right to left: Persian digits and the Persian calendar, which is the usual one for Persian readers. */
export const Persian: Story = {
  args: { lang: 'fa', dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    await expect(datesShown(canvasElement)).toMatch(/[۰-۹]/);
  },
};

/** The interface of the timeline in `lang`: its zoom button and summary speak the language, not English. */
async function speaks(canvasElement: HTMLElement, lang: string): Promise<void> {
  await drawn(canvasElement);
  await loadStrings(lang);
  const strings = stringsFor(lang);
  await expect(strings.zoomIn).not.toBe(stringsFor('en').zoomIn);
  const timeline = timelineIn(canvasElement);
  await waitFor(() => expect(timeline.shadowRoot!.querySelector('[part~="controls"] button[aria-label]')?.getAttribute('aria-label')).toBe(strings.zoomOut));
}

/** Persian with the Gregorian calendar chosen (`calendar="gregory"`): Persian month names for December, in Persian digits. */
export const PersianGregorian: Story = {
  name: 'Persian, Gregorian calendar',
  args: { lang: 'fa', dir: 'rtl', calendar: 'gregory' },
  play: async ({ canvasElement }) => {
    await speaks(canvasElement, 'fa');
    await expect(datesShown(canvasElement)).toContain('دسامبر');
  },
};

/** Arabic with the Umm al-Qura calendar (`calendar="islamic-umalqura"`), as a Saudi newsroom would write dates: Jumada al-Akhirah 1446. */
export const ArabicUmmAlQura: Story = {
  name: 'Arabic, Umm al-Qura calendar',
  args: { lang: 'ar', dir: 'rtl', calendar: 'islamic-umalqura' },
  play: async ({ canvasElement }) => {
    await speaks(canvasElement, 'ar');
    await expect(datesShown(canvasElement)).toContain('جمادى');
  },
};

/** Hebrew, right to left: the interface in Hebrew, dates in the Gregorian calendar as Israeli newsrooms write them (`calendar="hebrew"` gives the Hebrew one). */
export const Hebrew: Story = {
  args: { lang: 'he', dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await speaks(canvasElement, 'he');
    await expect(datesShown(canvasElement)).toContain('בדצמבר'.slice(1));
  },
};

/** French: the interface in French, dates and numbers as French readers write them. */
export const French: Story = {
  args: { lang: 'fr' },
  play: async ({ canvasElement }) => {
    await speaks(canvasElement, 'fr');
    await expect(datesShown(canvasElement)).toContain('décembre');
  },
};

/** The same story from a spreadsheet (`data/syria-2024-sample.csv`, the CSV format of SPEC.md): 14 events. */
export const FromSpreadsheet: Story = {
  args: { src: 'data/syria-2024-sample.csv' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventsDrawn(canvasElement)).toBe(14), { timeout: 5000 });
  },
};

/** The same story as a TimelineJS 3 file (`data/syria-2024-timelinejs.json`): groups become lanes, the title slide names it. */
export const FromTimelineJs: Story = {
  name: 'From TimelineJS',
  args: { src: 'data/syria-2024-timelinejs.json' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventsDrawn(canvasElement)).toBe(60), { timeout: 5000 });
  },
};

/**
 * The same story in ACLED's export layout (`data/syria-2024-acled.csv`: 31 columns, rows written from the native
 * file, not ACLED data). Titles are ACLED's sub-event type and location; the notes become the summary.
 */
export const FromAcled: Story = {
  name: 'From an ACLED export',
  args: { src: 'data/syria-2024-acled.csv' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventsDrawn(canvasElement)).toBe(60), { timeout: 5000 });
    await expect(timelineIn(canvasElement).issues).toEqual([]);
  },
};

/**
 * A large ACLED export: the shipped export's 60 rows repeated into 20,000 rows over two years (about 10 MB;
 * `npm run bench:load` times such files). Its reader is loaded on first use and reads the rows in steps that
 * give the page back every 40 ms, so the page still scrolls and answers while they are read; the dense view
 * is drawn as clusters with their counts.
 */
export const LargeAcledExport: Story = {
  name: 'A large ACLED export (20,000 rows)',
  args: { src: 'https://faults.example/acled-20000.csv' },
  beforeEach: fetchOnFaultsExample(async () => new Response(await largeAcledExport(20_000), { headers: { 'content-type': 'text/csv' } })),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventsDrawn(canvasElement)).toBe(20_000), { timeout: 15000 });
    await expect(timelineIn(canvasElement).issues).toEqual([]);
    await expect(inside(canvasElement, '[part~="mark"], [part~="cluster"]').length).toBeLessThan(1000);
  },
};

/** The shipped ACLED export's rows repeated into `count` rows, each with its own id and a date spread over 2023–2024. */
async function largeAcledExport(count: number): Promise<string> {
  return repeatAcledRows(await (await fetch('data/syria-2024-acled.csv')).text(), count);
}

/**
 * Replaces `fetch` for addresses on `faults.example` while a story is shown, so that a story can show what a
 * reader sees when the network or the server fails, or load a file made in the page (a large export). Other
 * addresses reach the network as usual.
 */
function fetchOnFaultsExample(respond: (attempt: number) => Promise<Response>): () => () => void {
  return () => {
    const realFetch = window.fetch;
    let attempt = 0;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).startsWith('https://faults.example/') ? respond(++attempt) : realFetch(input, init)) as typeof fetch;
    return () => {
      window.fetch = realFetch;
    };
  };
}

const errorShown = async (canvasElement: HTMLElement) => {
  await waitFor(() => expect(inside(canvasElement, '[part~="error"]').length).toBe(1), { timeout: 8000 });
  return inside(canvasElement, '[part~="error"]')[0]!;
};

/**
 * The connection fails (here three times: the first request and the two automatic retries). The element says the
 * data could not be reached and offers to try again; here trying again succeeds.
 */
export const NetworkFailure: Story = {
  args: { src: 'https://faults.example/syria-2024.json' },
  beforeEach: fetchOnFaultsExample((attempt) => (attempt <= 3 ? Promise.reject(new TypeError('Failed to fetch')) : fetch('data/syria-2024.json'))),
  play: async ({ canvasElement }) => {
    const error = await errorShown(canvasElement);
    await expect(error.querySelector('.kind')!.textContent).toBe('The data could not be reached.');
    await userEvent.click(error.querySelector('button')!);
    await waitFor(() => expect(eventsDrawn(canvasElement)).toBe(60), { timeout: 5000 });
  },
};

/** The server never answers: after the page's `timeout` (here 1.5 s; 15 s by default) the element says so and offers to try again. */
export const TimedOut: Story = {
  render: () => html`<sitrep-timeline timeout="1500" src="https://faults.example/slow.json"></sitrep-timeline>`,
  beforeEach: fetchOnFaultsExample(() => new Promise<Response>(() => undefined)),
  play: async ({ canvasElement }) => {
    const error = await errorShown(canvasElement);
    await expect(error.querySelector('.kind')!.textContent).toBe('The data took too long to arrive.');
    await expect(error.querySelector('button')!.textContent).toBe('Try again');
  },
};

/**
 * A file larger than the cap (20 MB by default, `max-bytes` to change it) is refused before it is read, so a
 * wrong link to a huge export cannot stall a reader's phone. Trying again cannot help, so there is no button.
 */
export const TooLarge: Story = {
  render: () => html`<sitrep-timeline src="https://faults.example/everything.csv"></sitrep-timeline>`,
  beforeEach: fetchOnFaultsExample(() => Promise.resolve(new Response('event_date', { headers: { 'content-type': 'text/csv', 'content-length': String(180 * 1024 * 1024) } }))),
  play: async ({ canvasElement }) => {
    const error = await errorShown(canvasElement);
    await expect(error.querySelector('.kind')!.textContent).toBe('The data file is too large.');
    await expect(error.querySelector('.message')!.textContent).toContain('20 MB limit');
    await expect(error.querySelector('button')).toBeNull();
  },
};

/** A small hand-written dataset handed over as a property (`.data`), with every kind of date. */
export const FromProperty: Story = {
  render: () => html`<sitrep-timeline .data=${smallDataset}></sitrep-timeline>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="mark"]').length).toBe(smallDataset.events.length));
  },
};

/** A dataset with no events yet: the element says so. */
export const Empty: Story = {
  render: () => html`<sitrep-timeline .data=${{ version: 1, title: 'Nothing reported yet', events: [] }}></sitrep-timeline>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '.empty')[0]!.textContent).toContain('There are no events to show.'));
  },
};

/** Some rows of the data are broken: what is valid is drawn, and a note says how many were skipped, with the list on demand. */
export const Partial: Story = {
  render: () => {
    const data = structuredClone(smallDataset) as { events: Record<string, unknown>[] };
    data.events[1]!.date = 'last Tuesday';
    data.events[3]!.type = 'skirmish';
    return html`<sitrep-timeline .data=${data}></sitrep-timeline>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '.skipped')[0]!.textContent).toContain('2 of 6 events in the data were skipped'));
    await expect(inside(canvasElement, '[part~="mark"]').length).toBe(4);
  },
};

/**
 * A URL that does not hold the data: the element says what went wrong, in words (a missing file, or a web page
 * served in its place), and offers to try again when trying again can help.
 */
export const LoadError: Story = {
  args: { src: 'data/missing.json' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="error"]').length).toBe(1), { timeout: 5000 });
    const error = inside(canvasElement, '[part~="error"]')[0]!;
    await expect(error.textContent).toMatch(/404|returned a web page, not data/);
  },
};

/** A file that is not readable data (here broken JSON in the page): a parse error naming the line, and no retry, since trying again cannot help. */
export const UnreadableFile: Story = {
  render: () => html`<script type="application/json" id="story-broken-json">{ "version": 1, "events": [ { "id": "a", </script>
    <sitrep-timeline src="#story-broken-json"></sitrep-timeline>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="error"]').length).toBe(1), { timeout: 5000 });
    const error = inside(canvasElement, '[part~="error"]')[0]!;
    await expect(error.querySelector('.kind')!.textContent).toBe('The data file could not be read.');
    await expect(error.querySelector('button')).toBeNull();
  },
};

/** Data in which no event can be shown: a validation error, with the problems listed through `sitrep-error` and no retry. */
export const NothingToShow: Story = {
  render: () => html`<sitrep-timeline .data=${{ version: 1, title: 'Broken', events: [{ id: 'a', date: 'someday' }] }}></sitrep-timeline>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="error"]').length).toBe(1), { timeout: 5000 });
    const error = inside(canvasElement, '[part~="error"]')[0]!;
    await expect(error.querySelector('.kind')!.textContent).toBe('The data file has no events that can be shown.');
    await expect(error.querySelector('button')).toBeNull();
  },
};

/** What a printout holds: the visible range and, opened, the list of events (the browser's print preview shows it with print styles). */
export const PrintPreview: Story = {
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    window.dispatchEvent(new Event('beforeprint'));
    // Beside the lanes the list is folded away until printed; in the vertical layout the rows are the list.
    if (inLanes(canvasElement)) await expect(inside(canvasElement, 'details.list')[0]!.hasAttribute('open')).toBe(true);
    else await expect(inside(canvasElement, '.vertical [part~="list"]').length).toBe(1);
  },
};
