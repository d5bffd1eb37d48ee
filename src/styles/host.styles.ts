import { css } from 'lit';

/**
 * Shared by every element: the design tokens (`--sitrep-*`, light and dark through
 * `light-dark()`, following the page's or the element's `color-scheme`), a reset that keeps
 * hostile page styles out, and print rules.
 */
export const hostStyles = css`
  :host {
    /* Light or dark by the reader's setting; a page chooses with --sitrep-color-scheme (inherited) or color-scheme on the element. */
    color-scheme: var(--sitrep-color-scheme, light dark);
    --sitrep-font: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif;
    --sitrep-font-size: 0.9375rem;
    --sitrep-color-text: light-dark(#1d2125, #e8eaed);
    --sitrep-color-muted: light-dark(#596069, #a9b0b8);
    --sitrep-color-background: light-dark(#ffffff, #16181d);
    --sitrep-color-surface: light-dark(#f4f5f7, #20232a);
    --sitrep-color-rule: light-dark(#d5d9de, #3a3f48);
    --sitrep-color-focus: light-dark(#0b57d0, #8ab4f8);
    --sitrep-color-error: light-dark(#b3261e, #ffb4ab);
    --sitrep-side-opposition: light-dark(#1b7f3b, #4cc66f);
    --sitrep-side-government: light-dark(#c0392b, #ff7a6e);
    --sitrep-side-pro-government: light-dark(#a85400, #f0a040);
    --sitrep-side-kurdish-led: light-dark(#7f6500, #e0c341);
    --sitrep-side-pro-opposition: light-dark(#00798c, #3cc6d6);
    --sitrep-side-israel: light-dark(#2a5db0, #7aa7ff);
    --sitrep-side-civilian: light-dark(#7b3fa0, #c592ef);
    --sitrep-side-neutral: light-dark(#5f6670, #a5acb5);
    --sitrep-type-battle: light-dark(#c0392b, #ff7a6e);
    --sitrep-type-explosion: light-dark(#a85400, #f0a040);
    --sitrep-type-violence-against-civilians: light-dark(#7b3fa0, #c592ef);
    --sitrep-type-protest: light-dark(#2a5db0, #7aa7ff);
    --sitrep-type-riot: light-dark(#8c4a2f, #e0a080);
    --sitrep-type-strategic: light-dark(#44617a, #9bb8d0);
    --sitrep-lane-height: 18px;
    --sitrep-mark-size: 12px;

    display: block;
    box-sizing: border-box;
    font-family: var(--sitrep-font);
    font-size: var(--sitrep-font-size);
    line-height: 1.45;
    color: var(--sitrep-color-text);
    background: var(--sitrep-color-background);
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  svg {
    display: block;
    overflow: visible;
  }
  :focus-visible {
    outline: 3px solid var(--sitrep-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media print {
    :host {
      color-scheme: light;
      background: #fff;
    }
  }
`;
