import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { SitrepTimeline } from '../src/index.js';
import { ReactPage } from '../test/jsx/react-page.js';

/**
 * The elements in a React 19 page (`test/jsx/react-page.tsx`, type-checked with `sitrep/react`):
 * attributes and properties from JSX, `onsitrep-*` props for the events, a ref for the methods.
 */
const meta = {
  title: 'Frameworks/React 19',
} satisfies Meta;
export default meta;

/** A React component renders a card and a timeline; the timeline's events update React state. */
export const InAReactPage: StoryObj = {
  render: () => {
    const host = document.createElement('div');
    createRoot(host).render(createElement(ReactPage, { src: 'data/syria-2024.json' }));
    return host;
  },
  play: async ({ canvasElement }) => {
    const output = (id: string) => canvasElement.querySelector(`[data-testid="${id}"]`)!.textContent;
    // onsitrep-load reached React state.
    await waitFor(() => expect(output('loaded')).toBe('60'), { timeout: 5000 });
    const timeline = canvasElement.querySelector<SitrepTimeline>('sitrep-timeline')!;
    // JSX attributes and properties arrived: lanes by type, no overview, the timeout as a number.
    await expect(timeline.getAttribute('group-by')).toBe('type');
    await expect(timeline.shadowRoot!.querySelector('[part~="overview"]')).toBeNull();
    await expect(timeline.timeout).toBe(10_000);
    // A reader's selection reaches React through onsitrep-select.
    const mark = timeline.shadowRoot!.querySelector<SVGElement>('[part~="mark"]')!;
    await userEvent.click(mark);
    await waitFor(() => expect(output('chosen')).not.toBe(''));
    // A ref reaches the element's methods.
    const before = timeline.selected;
    await userEvent.click(canvasElement.querySelector('button')!);
    await waitFor(() => expect(timeline.selected).not.toBe(before));
  },
};
