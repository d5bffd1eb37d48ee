import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import article from '../index.html?raw';
import articleArabic from '../index.ar.html?raw';
import articlePersian from '../index.fa.html?raw';
import articleStyles from '../examples/article.css?inline';
import type { SitrepTimeline } from '../src/index.js';

/**
 * The article page (`index.html`), as a newsroom would publish the Syria 2024 story: route chips and compact actor cards in
 * the text, a sidebar of actor cards, and the timeline they are linked to. It uses only the public tags and attributes.
 */
const meta = {
  title: 'Stories/Syria 2024 article',
  parameters: { layout: 'fullscreen' },
  render: () => renderPage(article),
} satisfies Meta;
export default meta;

/** The page itself, parsed (not written as markup by hand), so the story is always the published page. */
function renderPage(source: string): HTMLElement {
  const page = new DOMParser().parseFromString(source, 'text/html');
  const container = document.createElement('div');
  container.lang = page.documentElement.lang;
  container.dir = page.documentElement.dir || 'ltr';
  const style = document.createElement('style');
  style.textContent = articleStyles;
  container.append(style, ...[...page.body.children].map((node) => document.importNode(node, true)));
  return container;
}

/** The published page. Choosing a party in the text filters the timeline to it. */
export const Article: StoryObj = {
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector('sitrep-timeline') as SitrepTimeline;
    await waitFor(() => expect(timeline.events.length).toBe(60), { timeout: 8000 });
    const compact = canvasElement.querySelector('sitrep-actor-card[compact][actor="hts"]')!;
    await waitFor(() => expect(compact.shadowRoot!.querySelector('button')).not.toBeNull());
    await userEvent.click(compact.shadowRoot!.querySelector('button')!);
    await waitFor(() => expect(timeline.getAttribute('actors')).toBe('hts'));
  },
};

/** The same page in Arabic (`index.ar.html`), right to left: the elements mirror, names and dates follow the language. */
export const ArticleArabic: StoryObj = {
  name: 'Article in Arabic',
  render: () => renderPage(articleArabic),
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector('sitrep-timeline') as SitrepTimeline;
    await waitFor(() => expect(timeline.events.length).toBe(60), { timeout: 8000 });
    const chip = canvasElement.querySelector('sitrep-route-chip[route="evac-air-tehran"]')!;
    await waitFor(() => expect(chip.shadowRoot!.querySelector('.arrow')?.textContent).toBe('←'));
  },
};

/**
 * The same page in Persian (`index.fa.html`), right to left, with dates in the Solar Hijri calendar (Persian's own) and Persian
 * digits; the detail of an event also gives its Gregorian date.
 */
export const ArticlePersian: StoryObj = {
  name: 'Article in Persian',
  render: () => renderPage(articlePersian),
  play: async ({ canvasElement }) => {
    const timeline = canvasElement.querySelector('sitrep-timeline') as SitrepTimeline;
    await waitFor(() => expect(timeline.events.length).toBe(60), { timeout: 8000 });
    // The month of Azar, on the axis or, on a phone, in the rows' dates.
    await waitFor(() => expect([...timeline.shadowRoot!.querySelectorAll('[part~="axis"], .vertical .when')].map((node) => node.textContent).join(' ')).toContain('آذر'));
    const chip = canvasElement.querySelector('sitrep-route-chip[route="evac-air-tehran"]')!;
    await waitFor(() => expect(chip.shadowRoot!.querySelector('.arrow')?.textContent).toBe('←'));
  },
};
