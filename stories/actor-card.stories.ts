import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inEveryLanguage } from './languages.js';
import { argTypesFor, elementFromArgs, PAGE_ARG_TYPES, type ElementArgs } from './manifest.js';

type Args = ElementArgs & { lang?: string; dir?: string; scheme?: string };
const cardIn = (canvasElement: HTMLElement) => canvasElement.querySelector('sitrep-actor-card')!;
const inside = (canvasElement: HTMLElement, selector: string) => cardIn(canvasElement).shadowRoot!.querySelector(selector);

/**
 * `<sitrep-actor-card>` shows one party to the conflict: its names, type, side, country, how many events it takes part
 * in, its first and last appearance, and a chart of its activity. `compact` gives one line for article text.
 */
const meta = {
  title: 'Components/Actor card',
  component: 'sitrep-actor-card',
  argTypes: { ...argTypesFor('sitrep-actor-card'), ...PAGE_ARG_TYPES },
  render: (args) => html`<div lang=${args.lang ?? 'en'} dir=${args.dir ?? 'ltr'} style=${`max-width: 20rem; --sitrep-color-scheme: ${args.scheme ?? 'light'}`}>
    ${elementFromArgs('sitrep-actor-card', args)}
  </div>`,
  args: { src: 'data/syria-2024.json', actor: 'hts' },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** The full card of Hay'at Tahrir al-Sham from the Syria 2024 dataset. */
export const Full: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="name"]')?.textContent).toBe("Hay'at Tahrir al-Sham"), { timeout: 5000 });
    await expect(inside(canvasElement, '[part~="chart"]')!.getAttribute('aria-label')).toMatch(/Events per day/);
  },
};

/** One line inside a sentence of article text. */
export const Compact: Story = {
  render: () => html`<p style="max-width: 36rem; font: 1.125rem/1.6 Georgia, serif">
    Factions led by <sitrep-actor-card compact src="data/syria-2024.json" actor="hts"></sitrep-actor-card> attacked government positions west of Aleppo.
  </p>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="name"]')?.textContent).toBe("Hay'at Tahrir al-Sham"), { timeout: 5000 });
  },
};

/** Iran's Quds Force: among its other names, its name in Persian (its country's language), not every translation the data holds. */
export const QudsForce: Story = {
  args: { actor: 'irgc-qf' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '.other-names')?.textContent).toMatch(/سپاه/), { timeout: 5000 });
    await expect(inside(canvasElement, '.other-names')?.textContent).not.toMatch(/فيلق|כוח/);
  },
};

/** An actor id that is not in the data: a clear inline message. */
export const UnknownActor: Story = {
  args: { actor: 'no-such-actor' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="error"]')?.textContent).toContain('No actor "\u2068no-such-actor\u2069"'), { timeout: 5000 });
  },
};

/** Arabic, right to left: the Arabic name, Arabic dates and country name. */
export const ArabicRightToLeft: Story = {
  args: { lang: 'ar-SY', dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="name"]')?.textContent).toBe('هيئة تحرير الشام'), { timeout: 5000 });
  },
};

/** The dark theme. */
export const Dark: Story = {
  args: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="name"]')).not.toBeNull(), { timeout: 5000 });
    await expect(getComputedStyle(inside(canvasElement, '.card')!).backgroundColor).toBe('rgb(22, 24, 29)');
  },
};

/**
 * Linked to a timeline (`for="timeline-id"`): choosing the card filters the timeline to the actor, choosing it again
 * shows everyone, and the card shows when the timeline's selection involves the actor.
 */
export const LinkedToTimeline: Story = {
  render: () => html`<p style="max-width: 40rem">
      Led by <sitrep-actor-card src="data/syria-2024.json" actor="hts" compact for="card-linked-timeline"></sitrep-actor-card>, the offensive
      began on 27 November.
    </p>
    <sitrep-timeline id="card-linked-timeline" src="data/syria-2024.json"></sitrep-timeline>`,
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector('sitrep-timeline')!;
    const button = await waitFor(() => {
      const found = inside(canvasElement, 'button');
      if (!found) throw new Error('no card button yet');
      return found as HTMLButtonElement;
    }, { timeout: 5000 });
    await userEvent.click(button);
    await waitFor(() => expect(timeline.getAttribute('actors')).toBe('hts'));
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    await userEvent.click(button);
    await waitFor(() => expect(timeline.hasAttribute('actors')).toBe(false));
  },
};

/** The data could not be loaded (here a missing file): the card says why instead of staying empty. */
export const LoadError: Story = {
  args: { src: 'data/missing.json' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="error"]')!.textContent).toMatch(/404|web page/), { timeout: 5000 });
  },
};

/**
 * The same card in the five interface languages: English, Arabic (as written in Syria), Persian (Solar Hijri dates),
 * Hebrew and French. Labels, counts and dates follow `lang`; names come from the data's `names`.
 */
export const Languages: Story = inEveryLanguage('sitrep-actor-card', html`<sitrep-actor-card src="data/syria-2024.json" actor="irgc-qf"></sitrep-actor-card>`, (strings) => strings.country);
