import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { loadStrings, stringsFor, type Strings } from '../src/i18n/strings.js';

/** The interface languages, each as a page would set it. */
export const LANGUAGES = [
  { lang: 'en', dir: 'ltr' },
  { lang: 'ar-SY', dir: 'rtl' },
  { lang: 'fa', dir: 'rtl' },
  { lang: 'he', dir: 'rtl' },
  { lang: 'fr', dir: 'ltr' },
] as const;

/**
 * A story of one element in every interface language, side by side. Its play function waits
 * until each copy shows `words` of its own language's strings.
 */
export function inEveryLanguage(tag: string, element: TemplateResult, words: (strings: Strings) => string) {
  return {
    render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem">
      ${LANGUAGES.map(({ lang, dir }) => html`<div lang=${lang} dir=${dir}>${element}</div>`)}
    </div>`,
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      const elements = [...canvasElement.querySelectorAll(tag)];
      await Promise.all(LANGUAGES.map(({ lang }) => loadStrings(lang)));
      for (const [index, { lang }] of LANGUAGES.entries()) {
        await waitFor(() => expect(elements[index]!.shadowRoot!.textContent).toContain(words(stringsFor(lang))), { timeout: 5000 });
      }
    },
  };
}
