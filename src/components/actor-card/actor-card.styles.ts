import { css } from 'lit';

export default css`
  :host {
    background: none;
  }
  :host([compact]) {
    display: inline;
  }
  /* In a sentence, the name is part of the text: it takes the page's colour, whatever the element's scheme. */
  :host([compact]) [part~='base'] {
    color: inherit;
  }
  .card {
    display: block;
    padding: 0.75em 0.875em;
    border: 1px solid var(--_color-rule);
    border-radius: 8px;
    background: var(--_color-background);
  }
  /* An outline, not a shadow: forced colours (Windows High Contrast) take shadows away, and the state with them. */
  .card.selected {
    border-color: var(--_color-focus);
    outline: 2px solid var(--_color-focus);
  }
  header {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.3;
  }
  .swatch {
    flex: none;
    display: inline-block;
    inline-size: 0.875em;
    block-size: 0.875em;
    border-radius: 3px;
    /* Muted unless a colour class (colors.styles.ts, later and as deep) sets the side's colour. */
    color: var(--_color-muted);
    background: currentColor;
    /*
     * Forced colours (Windows High Contrast) paint backgrounds over, and printing leaves them out by
     * default: the swatch vanished in both. It keeps the side's colour, as the timeline's marks do.
     */
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
  .swatch.small,
  .compact .swatch {
    inline-size: 0.625em;
    block-size: 0.625em;
    margin-inline-end: 0.375em;
  }
  .other-names {
    margin: 0.25em 0 0;
    color: var(--_color-muted);
    font-size: 0.9em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125em 0.75em;
    margin: 0.5em 0 0;
    font-size: 0.9375em;
  }
  dt {
    color: var(--_color-muted);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .description {
    margin: 0.5em 0 0;
  }
  .activity {
    margin: 0.625em 0 0;
  }
  .activity svg {
    inline-size: 100%;
    block-size: 40px;
  }
  .activity rect {
    fill: var(--_color-muted);
  }
  .card .activity rect {
    fill: var(--_color-text);
  }
  .activity .baseline {
    /* The chart's base line is part of the chart: 3:1 against the card (WCAG 1.4.11). */
    stroke: var(--_color-muted);
  }
  .caption {
    margin: 0.25em 0 0;
    color: var(--_color-muted);
    font-size: 0.8125em;
  }
  .card > .button {
    margin-block-start: 0.625em;
  }
  .compact {
    display: inline;
    margin: 0;
    padding: 0 0.25em;
    border-radius: 4px;
    font: inherit;
    white-space: normal;
  }
  button.compact {
    background: none;
    border: 1px solid transparent;
    border-block-end: 1px dashed var(--_color-muted);
    border-radius: 0;
    color: inherit;
  }
  button.compact:hover,
  button.compact.selected {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  button.compact[aria-pressed='true'] {
    border-block-end-style: solid;
    border-block-end-color: var(--_color-focus);
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  .compact .swatch {
    margin-inline-end: 0.25em;
    vertical-align: 0;
  }
  .unknown {
    color: var(--_color-error);
    font-style: italic;
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    button:not(.compact) {
      display: none;
    }
  }
`;
