import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: { storySort: { order: ['Stories', 'Guides', ['Getting started', 'Data format', 'Theming', 'Events and methods', 'Accessibility', 'Accessibility statement', 'Security', 'Languages and right to left'], 'Components', ['Timeline', 'Actor card', 'Route chip'], 'Frameworks'] } },
  },
};
export default preview;
