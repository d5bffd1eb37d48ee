import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { SitrepTimeline } from '../src/index.js';
import { smallDataset } from '../test/fixtures/small-dataset.js';

type Args = { src?: string; 'group-by'?: string; 'time-zone'?: string; lang?: string; dir?: string };

function marksOf(canvasElement: HTMLElement): NodeListOf<Element> {
  const timeline = canvasElement.querySelector('sitrep-timeline') as SitrepTimeline;
  return timeline.shadowRoot!.querySelectorAll('[part~="mark"]');
}

/** Events drawn on their own plus those inside clusters. */
function eventsDrawn(canvasElement: HTMLElement): number {
  const timeline = canvasElement.querySelector('sitrep-timeline') as SitrepTimeline;
  const clusters = [...timeline.shadowRoot!.querySelectorAll('[part~="cluster"]')];
  return marksOf(canvasElement).length + clusters.reduce((sum, cluster) => sum + Number(cluster.getAttribute('data-count')), 0);
}

/**
 * `<sitrep-timeline>` draws the events of a dataset on a d3 UTC scale, one lane per actor,
 * with the same events as a text list.
 */
const meta = {
  title: 'Components/Timeline',
  component: 'sitrep-timeline',
  render: (args) =>
    html`<sitrep-timeline src=${args.src ?? ''} group-by=${args['group-by'] ?? 'actor'} lang=${args.lang ?? 'en'} dir=${args.dir ?? 'ltr'}></sitrep-timeline>`,
  args: { src: 'data/syria-2024.json', 'group-by': 'actor' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** The shipped story: the rebel offensive in Syria from 27 November 2024, Assad's fall and Iran's evacuation. */
export const Syria2024: Story = {
  name: 'Syria 2024',
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventsDrawn(canvasElement)).toBe(60), { timeout: 5000 });
  },
};

/** The same story grouped by event type instead of actor. */
export const GroupedByType: Story = {
  args: { 'group-by': 'type' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(eventsDrawn(canvasElement)).toBe(60), { timeout: 5000 });
    const lanes = (canvasElement.querySelector('sitrep-timeline') as SitrepTimeline).shadowRoot!.querySelectorAll('[part~="lane"]');
    await expect(lanes.length).toBeLessThanOrEqual(6);
  },
};

/** Right to left: time runs from right to left and lane labels sit on the right. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', lang: 'ar' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(marksOf(canvasElement).length).toBeGreaterThan(0), { timeout: 5000 });
    const timeline = canvasElement.querySelector('sitrep-timeline') as SitrepTimeline;
    const first = timeline.shadowRoot!.querySelector(`[data-event-id="${timeline.events[0]!.id}"]`)!.getBoundingClientRect();
    const last = timeline.shadowRoot!.querySelector(`[data-event-id="${timeline.events.at(-1)!.id}"]`)!.getBoundingClientRect();
    await expect(first.left).toBeGreaterThan(last.left);
  },
};

/** Data handed over as a property (`.data`) instead of a URL: a small hand-written dataset. */
export const FromProperty: Story = {
  render: () => html`<sitrep-timeline .data=${smallDataset}></sitrep-timeline>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(marksOf(canvasElement).length).toBe(smallDataset.events.length));
  },
};

/** A URL that does not exist: the element says so instead of drawing an empty box. */
export const LoadError: Story = {
  args: { src: 'data/missing.json' },
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector('sitrep-timeline') as SitrepTimeline;
    await waitFor(() => expect(timeline.shadowRoot!.querySelector('[part~="error"]')).not.toBeNull(), { timeout: 5000 });
    await expect(timeline.shadowRoot!.querySelector('[part~="error"]')!.textContent).toContain('404');
  },
};
