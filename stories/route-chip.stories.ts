import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { smallDataset } from '../test/fixtures/small-dataset.js';
import { inEveryLanguage } from './languages.js';
import { argTypesFor, elementFromArgs, PAGE_ARG_TYPES, type ElementArgs } from './manifest.js';

type Args = ElementArgs & { lang?: string; dir?: string; scheme?: string };
const chipIn = (canvasElement: HTMLElement) => canvasElement.querySelector('sitrep-route-chip')!;
const inside = (canvasElement: HTMLElement, selector: string) => chipIn(canvasElement).shadowRoot!.querySelector(selector);

/**
 * `<sitrep-route-chip>` shows one movement in a line of text: origin → destination, the mode as an icon with a text
 * alternative, the date and the status, each status with its own mark. Activating it opens the route's details.
 */
const meta = {
  title: 'Components/Route chip',
  component: 'sitrep-route-chip',
  render: (args) => html`<p lang=${args.lang ?? 'en'} dir=${args.dir ?? 'ltr'} style=${`max-width: 40rem; font: 1.125rem/1.6 Georgia, serif; --sitrep-color-scheme: ${args.scheme ?? 'light'}`}>
    Some evacuees left by air for Tehran
    ${elementFromArgs('sitrep-route-chip', args)}
    on the morning of 6 December, according to The New York Times.
  </p>`,
  argTypes: { ...argTypesFor('sitrep-route-chip'), ...PAGE_ARG_TYPES },
  args: { src: 'data/syria-2024.json', route: 'evac-air-tehran' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** A route of the Syria 2024 dataset; choosing it opens its actors, note and sources. */
export const FromData: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '.trigger')).not.toBeNull(), { timeout: 5000 });
    await userEvent.click(inside(canvasElement, '.trigger') as HTMLElement);
    await waitFor(() => expect((inside(canvasElement, '[part~="detail"]') as HTMLElement).matches(':popover-open')).toBe(true));
  },
};

/** Written inline, without any dataset: `from`, `to`, `mode`, `date`, `status`. */
export const Inline: Story = {
  args: { src: undefined, route: undefined, from: 'Hmeimim', to: 'Moscow', mode: 'air', date: '2024-12-08', status: 'confirmed' },
  play: async ({ canvasElement }) => {
    await expect(inside(canvasElement, '.static')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Hmeimim → to Moscow December 8, 2024 confirmed');
  },
};

/** Each status has its own mark (dotted, filled, dashed square, struck) besides its colour. */
export const Statuses: Story = {
  render: () => html`<p style="font: 1.125rem/2 Georgia, serif">
    ${['reported', 'confirmed', 'disputed', 'denied'].map((status) => html`<sitrep-route-chip from="Damascus" to="Latakia" mode="land" date="2024-12-06" status=${status}></sitrep-route-chip><br />`)}
  </p>`,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('sitrep-route-chip').length).toBe(4);
  },
};

/** Each mode has its own icon with a text alternative: air, land, sea. */
export const Modes: Story = {
  render: () => html`<p style="font: 1.125rem/2 Georgia, serif">
    ${['air', 'land', 'sea'].map((mode) => html`<sitrep-route-chip from="Tartus" to="Latakia" mode=${mode}></sitrep-route-chip><br />`)}
  </p>`,
  play: async ({ canvasElement }) => {
    const labels = [...canvasElement.querySelectorAll('sitrep-route-chip')].map((chip) => chip.shadowRoot!.querySelector('[part~="icon"]')!.getAttribute('aria-label'));
    await expect(labels).toEqual(['by air', 'overland', 'by sea']);
  },
};

/** A route id that is not in the data: a clear inline message, not an empty box. */
export const UnknownRoute: Story = {
  args: { route: 'no-such-route' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="error"]')!.textContent).toContain('No route "\u2068no-such-route\u2069"'), { timeout: 5000 });
  },
};

/** Arabic, right to left: the arrow points left, the date is in Arabic. */
export const ArabicRightToLeft: Story = {
  args: { lang: 'ar-SY', dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '.arrow')?.textContent).toBe('←'), { timeout: 5000 });
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { scheme: 'dark' },
  render: (args) => html`<div style="background: #121316; color: #ececec; padding: 1rem">${meta.render(args)}</div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '.trigger')).not.toBeNull(), { timeout: 5000 });
  },
};

/** From a small dataset handed over as a property. */
export const FromProperty: Story = {
  render: () => html`<sitrep-route-chip route="ally-out" .data=${smallDataset}></sitrep-route-chip>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '.place')!.textContent).toBe('Capital'));
  },
};

/** Linked to a timeline (`for="timeline-id"`): choosing the chip picks out the route's events on the timeline and selects the first. */
export const LinkedToTimeline: Story = {
  render: () => html`<p style="max-width: 40rem">
      Staff and families were flown out
      <sitrep-route-chip src="data/syria-2024.json" route="evac-air-tehran" for="chip-linked-timeline"></sitrep-route-chip>.
    </p>
    <sitrep-timeline id="chip-linked-timeline" src="data/syria-2024.json"></sitrep-timeline>`,
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector('sitrep-timeline')!;
    await waitFor(() => expect(timeline.shadowRoot!.querySelector('[part~="mark"], [part~="cluster"]')).toBeTruthy(), { timeout: 5000 });
    await waitFor(() => expect(inside(canvasElement, '[part~="button"]')).toBeTruthy(), { timeout: 5000 });
    await userEvent.click(inside(canvasElement, '[part~="button"]') as HTMLElement);
    await waitFor(() => expect(timeline.getAttribute('highlight-route')).toBe('evac-air-tehran'));
    await expect(timeline.selected).toBe('e-20241206-iran-evacuation');
  },
};

/** The data could not be loaded (here a missing file): the chip says why in its place in the sentence, and the sentence still reads. */
export const LoadError: Story = {
  args: { src: 'data/missing.json' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="error"]')!.textContent).toMatch(/404|web page/), { timeout: 5000 });
  },
};

/**
 * The same chip in the five interface languages: English, Arabic (as written in Syria), Persian (Solar Hijri dates),
 * Hebrew and French. Labels, the mode, the status and the date follow `lang`; names come from the data's `names`.
 */
export const Languages: Story = inEveryLanguage('sitrep-route-chip', html`<sitrep-route-chip src="data/syria-2024.json" route="evac-air-tehran"></sitrep-route-chip>`, (strings) => strings.routeTo);
