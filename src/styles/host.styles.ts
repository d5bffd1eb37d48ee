import { css } from 'lit';

/**
 * Shared by every element: the design tokens, a reset that keeps hostile page styles out, and
 * print rules. Each token is read through a private `--_*` property whose fallback is the
 * default, so a `--sitrep-*` value set on the element or on any ancestor wins. Light and dark come
 * through `light-dark()`: by the reader's setting, unless `--sitrep-color-scheme` (inherited) or
 * `color-scheme` on the element chooses.
 */
export const hostStyles = css`
  :host {
    /* Light or dark by the reader's setting; a page chooses with --sitrep-color-scheme (inherited) or color-scheme on the element. */
    color-scheme: var(--sitrep-color-scheme, light dark);
    --_font: var(--sitrep-font, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif);
    --_font-size: var(--sitrep-font-size, medium);
    --_color-text: var(--sitrep-color-text, light-dark(#1d2125, #e8eaed));
    --_color-muted: var(--sitrep-color-muted, light-dark(#596069, #a9b0b8));
    --_color-background: var(--sitrep-color-background, light-dark(#ffffff, #16181d));
    --_color-surface: var(--sitrep-color-surface, light-dark(#f4f5f7, #20232a));
    --_color-rule: var(--sitrep-color-rule, light-dark(#d5d9de, #3a3f48));
    --_color-focus: var(--sitrep-color-focus, light-dark(#0b57d0, #8ab4f8));
    --_color-error: var(--sitrep-color-error, light-dark(#b3261e, #ffb4ab));
    --_side-opposition: var(--sitrep-side-opposition, light-dark(#1b7f3b, #4cc66f));
    --_side-government: var(--sitrep-side-government, light-dark(#c0392b, #ff7a6e));
    --_side-pro-government: var(--sitrep-side-pro-government, light-dark(#a85400, #f0a040));
    --_side-kurdish-led: var(--sitrep-side-kurdish-led, light-dark(#7f6500, #e0c341));
    --_side-pro-opposition: var(--sitrep-side-pro-opposition, light-dark(#00798c, #3cc6d6));
    --_side-israel: var(--sitrep-side-israel, light-dark(#2a5db0, #7aa7ff));
    --_side-civilian: var(--sitrep-side-civilian, light-dark(#7b3fa0, #c592ef));
    --_side-neutral: var(--sitrep-side-neutral, light-dark(#5f6670, #a5acb5));
    --_type-battle: var(--sitrep-type-battle, light-dark(#c0392b, #ff7a6e));
    --_type-explosion: var(--sitrep-type-explosion, light-dark(#a85400, #f0a040));
    --_type-violence-against-civilians: var(--sitrep-type-violence-against-civilians, light-dark(#7b3fa0, #c592ef));
    --_type-protest: var(--sitrep-type-protest, light-dark(#2a5db0, #7aa7ff));
    --_type-riot: var(--sitrep-type-riot, light-dark(#8c4a2f, #e0a080));
    --_type-strategic: var(--sitrep-type-strategic, light-dark(#44617a, #9bb8d0));
    --_lane-height: var(--sitrep-lane-height, 24px);
    --_mark-size: var(--sitrep-mark-size, 14px);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    color: var(--_color-text);
    background: var(--_color-background);
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * The same again on each element's outermost part: a page rule aimed at the element itself
   * ("* { all: unset }", "body { text-transform: uppercase }") beats :host and is inherited inside,
   * but never reaches this part. Sizes inside are in em, so a page's huge or tiny root font size
   * ("html { font-size: 62.5% }") does not change them; the default size is the reader's own
   * (medium).
   */
  [part~='base'] {
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    line-height: 1.45;
    color: var(--_color-text);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    visibility: visible;
    cursor: auto;
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
    outline: 3px solid var(--_color-focus);
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
  /*
   * Forced colours (Windows High Contrast) give the page the system's light or dark background: the
   * colours kept (marks, keys, swatches) follow it, not a scheme the page chose.
   */
  @media (forced-colors: active) {
    :host {
      color-scheme: light dark;
    }
  }
`;
