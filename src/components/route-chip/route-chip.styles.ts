import { css } from 'lit';

export default css`
  :host {
    display: inline;
    background: none;
    --_status-confirmed: var(--sitrep-status-confirmed, light-dark(#1b7f3b, #4cc66f));
    --_status-disputed: var(--sitrep-status-disputed, light-dark(#a85400, #f0a040));
    --_status-denied: var(--sitrep-status-denied, light-dark(#b3261e, #ff8a80));
  }
  .chip,
  .trigger,
  .static {
    display: inline;
    font: inherit;
    color: inherit;
  }
  /*
   * Inline (not a box): a long chip breaks across lines like the words around it. The border is
   * open where a line breaks (slice): a border and padding repeated on every line are not counted
   * when lines are broken, and spilled past the end of the line at narrow widths (WCAG 1.4.10).
   */
  .trigger,
  .static {
    padding: 0.0625em 0.375em;
    border: 1px solid var(--_color-rule);
    border-radius: 0.375em;
    background: var(--_color-surface);
    line-height: 1.6;
    box-decoration-break: slice;
    -webkit-box-decoration-break: slice;
  }
  .trigger {
    cursor: pointer;
    anchor-name: --chip;
  }
  .trigger:hover {
    border-color: var(--_color-muted);
  }
  /* An outline, not a shadow: forced colours (Windows High Contrast) take shadows away, and the state with them. */
  .trigger[aria-pressed='true'],
  .trigger[aria-expanded='true'] {
    border-color: var(--_color-focus);
    outline: 1px solid var(--_color-focus);
  }
  /* After the pressed state's outline, so that the focus ring keeps its width on a pressed chip. */
  .trigger:focus-visible {
    outline-width: 3px;
    outline-offset: 1px;
  }
  .icon {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    vertical-align: -0.125em;
    fill: currentColor;
  }
  .chip[dir='rtl'] .icon {
    transform: scaleX(-1);
  }
  time {
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }
  .status {
    font-size: 0.875em;
    white-space: nowrap;
  }
  /* Each status has its own mark, so colour is never the only cue. */
  .status .mark {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-end: 0.2em;
    vertical-align: -0.05em;
    border-radius: 50%;
    border: 2px solid currentColor;
  }
  .status-reported .mark {
    border-style: dotted;
  }
  .status-confirmed {
    color: var(--_status-confirmed);
  }
  .status-confirmed .mark {
    background: currentColor;
  }
  .status-disputed {
    color: var(--_status-disputed);
  }
  .status-disputed .mark {
    border-radius: 0;
    border-style: dashed;
  }
  .status-denied {
    color: var(--_status-denied);
  }
  .status-denied .mark {
    border-radius: 0;
    background: linear-gradient(45deg, transparent 42%, currentColor 42% 58%, transparent 58%);
  }
  .chip.status-denied .place {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .unknown {
    color: var(--_color-error);
    font-style: italic;
  }
  .detail {
    position: absolute;
    position-anchor: --chip;
    inset: auto;
    top: anchor(bottom);
    left: anchor(left);
    margin: 0.25em 0 0;
    max-inline-size: min(28em, 90vw);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_color-rule);
    border-radius: 6px;
    background: var(--_color-background);
    color: var(--_color-text);
    font-size: 0.9375em;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    position-try-fallbacks: flip-block, flip-inline;
  }
  .chip[dir='rtl'] .detail {
    left: auto;
    right: anchor(right);
  }
  .detail dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.75em;
    margin: 0;
  }
  .detail dt {
    color: var(--_color-muted);
  }
  .detail dd {
    margin: 0;
  }
  .detail ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  /* A source on a line of its own is a target of at least 24 px (WCAG 2.5.8). */
  .detail li > a {
    display: inline-block;
    min-block-size: 24px;
  }
  a {
    color: var(--_color-focus);
  }
  @media print {
    .detail {
      display: none;
    }
  }
`;
