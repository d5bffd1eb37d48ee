import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';

type Args = { actor?: string; compact?: boolean; lang?: string; dir?: string; scheme?: string };
const cardIn = (canvasElement: HTMLElement) => canvasElement.querySelector('sitrep-actor-card')!;
const inside = (canvasElement: HTMLElement, selector: string) => cardIn(canvasElement).shadowRoot!.querySelector(selector);

/**
 * `<sitrep-actor-card>` shows one party to the conflict: its names, type, side, country, how many events it takes part
 * in, its first and last appearance, and a chart of its activity. `compact` gives one line for article text.
 */
const meta = {
  title: 'Components/Actor card',
  component: 'sitrep-actor-card',
  render: (args) => html`<div lang=${args.lang ?? 'en'} dir=${args.dir ?? 'ltr'} style=${`max-width: 20rem; --sitrep-color-scheme: ${args.scheme ?? 'light'}`}>
    <sitrep-actor-card src="data/syria-2024.json" actor=${args.actor ?? 'hts'} ?compact=${args.compact ?? false}></sitrep-actor-card>
  </div>`,
  args: { actor: 'hts' },
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

/** Iran's Quds Force: names in Arabic and Persian among its other names. */
export const QudsForce: Story = {
  args: { actor: 'irgc-qf' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '.other-names')?.textContent).toMatch(/سپاه|فيلق/), { timeout: 5000 });
  },
};

/** An actor id that is not in the data: a clear inline message. */
export const UnknownActor: Story = {
  args: { actor: 'no-such-actor' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(inside(canvasElement, '[part~="error"]')?.textContent).toContain('No actor "no-such-actor"'), { timeout: 5000 });
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
