import { css } from 'lit';

export default css`
  .header {
    margin-block-end: 0.5em;
  }
  .title {
    margin: 0;
    font-weight: 650;
    font-size: 1.05em;
  }
  .summary,
  .updated {
    margin: 0.125em 0 0;
    color: var(--_color-muted);
  }
  .plot {
    position: relative;
    inline-size: 100%;
    overflow: hidden;
    /* One finger pans the timeline sideways and still scrolls the page up and down. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  .plot:active {
    cursor: grabbing;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em;
    margin-block-end: 0.25em;
  }
  .controls .save {
    display: inline-flex;
    gap: 0.375em;
    margin-inline-start: auto;
  }
  .controls svg {
    inline-size: 16px;
    block-size: 16px;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    fill: none;
  }
  .controls .range {
    margin-inline-start: 0.25em;
    color: var(--_color-muted);
    font-variant-numeric: tabular-nums;
  }
  .overview {
    margin-block: 0.25em 0.5em;
    touch-action: none;
  }
  .overview svg {
    cursor: pointer;
  }
  .overview .density {
    fill: var(--_color-muted);
    /* Where the events are is information: at least 3:1 against the background (WCAG 1.4.11). */
    opacity: 0.8;
  }
  .overview .brush {
    fill: var(--_color-focus);
    fill-opacity: 0.12;
    stroke: var(--_color-focus);
    stroke-width: 1.5px;
    cursor: grab;
  }
  .overview .brush:focus {
    outline: none;
  }
  .overview .brush:focus-visible {
    stroke-width: 3px;
  }
  /* Drawn 8 px wide; a transparent stroke makes it 24 px to press (WCAG 2.5.8), on a phone too. */
  .overview .handle {
    fill: var(--_color-focus);
    stroke: transparent;
    stroke-width: 16px;
    cursor: ew-resize;
  }
  .hint {
    position: absolute;
    inset-block-start: 50%;
    inset-inline: 0;
    margin: 0 auto;
    inline-size: fit-content;
    max-inline-size: 90%;
    padding: 0.5em 0.75em;
    border-radius: 6px;
    background: var(--_color-text);
    color: var(--_color-background);
    text-align: center;
    pointer-events: none;
  }
  [part~='axis'] line {
    stroke: var(--_color-rule);
  }
  /* The axis line itself is drawn at 3:1 (WCAG 1.4.11); the grid lines behind the lanes stay light. */
  [part~='axis'] > line {
    stroke: var(--_color-muted);
  }
  [part~='axis'] text {
    fill: var(--_color-muted);
    font-size: 12px;
  }
  [part~='axis'] .major text {
    fill: var(--_color-text);
    font-weight: 600;
  }
  [part~='lane'] .lane-rule {
    stroke: var(--_color-rule);
  }
  [part~='label'] {
    fill: var(--_color-text);
    font-size: 12.5px;
    font-weight: 600;
  }
  /* The side, after an actor's name: what the colour of the lane's marks says, in words. */
  [part~='label'] .side {
    fill: var(--_color-muted);
    font-weight: 400;
  }
  /*
   * What is painted in an event's colour takes it from its colour class (colors.styles.ts, later and
   * as deep, so it wins), through currentColor; this is the colour of a class with no token.
   */
  .mark,
  .cluster,
  .key {
    color: var(--_type-strategic);
  }
  .mark {
    fill: currentColor;
    stroke: currentColor;
    stroke-width: 1.5px;
    cursor: pointer;
  }
  .mark.inexact {
    fill-opacity: 0.35;
    stroke-dasharray: 3 2;
  }
  .mark.selected,
  .cluster.selected rect {
    stroke: var(--_color-text);
    stroke-width: 2.5px;
  }
  .mark.highlighted,
  .cluster.highlighted rect {
    stroke: var(--_color-focus);
    stroke-width: 3px;
    stroke-dasharray: none;
  }
  .mark:focus,
  .cluster:focus {
    outline: none;
  }
  .mark:focus-visible,
  .cluster:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .cluster {
    cursor: zoom-in;
  }
  .cluster rect {
    fill: currentColor;
    fill-opacity: 0.18;
    stroke: currentColor;
    stroke-width: 1.5px;
  }
  .cluster text {
    fill: var(--_color-text);
    font-size: 11px;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .updated-marker line {
    stroke: var(--_color-muted);
    stroke-dasharray: 4 3;
  }
  .updated-marker text {
    fill: var(--_color-muted);
    font-size: 11px;
  }
  [part~='status'],
  [part~='error'],
  .skipped {
    margin: 0.5em 0;
    padding: 0.5em 0.75em;
    border-radius: 4px;
    background: var(--_color-surface);
  }
  .skipped .copy-outcome {
    margin-inline-start: 0.5em;
  }
  [part~='error'] {
    color: var(--_color-error);
    border-inline-start: 4px solid var(--_color-error);
  }
  .detail {
    margin-block-start: 0.75em;
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_color-focus);
    background: var(--_color-surface);
    border-radius: 4px;
  }
  .detail h3 {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .detail dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 0.75em;
    margin: 0.5em 0 0;
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
  .actors {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .story {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-block: 0.25em 0.5em;
  }
  .story .position {
    font-variant-numeric: tabular-nums;
    color: var(--_color-muted);
  }
  .loading progress {
    display: block;
    inline-size: 100%;
    margin-block-start: 0.25em;
  }
  [part~='error'] strong,
  [part~='error'] .kind,
  [part~='error'] .message {
    display: block;
  }
  [part~='error'] .message {
    color: var(--_color-text);
    font-size: 0.9em;
  }
  [part~='error'] button {
    margin-block-start: 0.5em;
  }
  .vertical ol {
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--_color-rule);
  }
  .vertical li {
    border-block-end: 1px solid var(--_color-rule);
  }
  .vertical .row {
    display: grid;
    grid-template-columns: 12px 1fr;
    grid-template-areas: 'key when' 'key what' 'key who';
    column-gap: 0.625em;
    inline-size: 100%;
    min-block-size: 44px;
    padding: 0.5em 0.25em;
    border: 0;
    background: none;
    color: var(--_color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .vertical .row:hover .what {
    text-decoration: underline;
  }
  .vertical .row:focus-visible {
    outline-offset: -3px;
  }
  /* Forced colours paint the shading over: a transparent outline is drawn in the text colour there, so the selected row stays marked (the focus ring, when focused). */
  .vertical .selected > .row {
    background: var(--_color-surface);
  }
  .vertical .selected > .row:not(:focus-visible) {
    outline: solid transparent;
  }
  /* Forced colours (Windows High Contrast) paint backgrounds over, and the key, a background, vanished: it is a border now, in the lane's colour as the marks are. */
  .vertical .key {
    grid-area: key;
    align-self: stretch;
    inline-size: 0;
    border-inline-start: 6px solid;
    border-radius: 3px;
    forced-color-adjust: none;
  }
  /* The events of a highlighted route: the key ringed in the focus colour, as the marks in the lanes are. */
  .vertical .highlighted .key {
    outline: 2px solid var(--_color-focus);
    outline-offset: 1px;
  }
  .vertical .key.inexact {
    border-inline-start-style: dashed;
    border-radius: 0;
  }
  .vertical .when {
    grid-area: when;
    font-size: 0.875em;
  }
  .vertical .what {
    grid-area: what;
    font-weight: 600;
  }
  .vertical .who {
    grid-area: who;
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .vertical .group-row .row {
    grid-template-areas: 'key when' 'key what';
  }
  .vertical .group-row .what {
    font-weight: 400;
    color: var(--_color-muted);
  }
  .vertical .detail {
    margin: 0 0 0.5em;
  }
  .empty {
    padding: 1em;
    background: var(--_color-surface);
    border-radius: 4px;
  }
  .status-disputed,
  .status-denied {
    padding: 0.25em 0.5em;
    border-inline-start: 3px double var(--_color-error);
  }
  .detail p {
    margin: 0.25em 0;
  }
  .meta {
    color: var(--_color-muted);
  }
  details {
    margin-block-start: 0.75em;
  }
  summary {
    cursor: pointer;
    min-block-size: 24px;
    color: var(--_color-text);
  }
  [part~='list'] {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  [part~='list'] li {
    margin-block: 0.125em;
  }
  .digits-arab {
    list-style-type: arabic-indic;
  }
  .digits-arabext {
    list-style-type: persian;
  }
  .list-button {
    all: unset;
    cursor: pointer;
    min-block-size: 24px;
    text-align: start;
  }
  .list-button:hover .event-title {
    text-decoration: underline;
  }
  .list-button:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 1px;
  }
  time {
    font-variant-numeric: tabular-nums;
    color: var(--_color-muted);
  }
  a {
    color: var(--_color-focus);
  }
  @media print {
    .controls,
    .overview,
    .story,
    .hint,
    .skipped summary {
      display: none;
    }
    .plot {
      overflow: visible;
      break-inside: avoid;
    }
    .detail,
    .list {
      break-inside: avoid-page;
    }
    .list-button {
      all: revert;
      border: 0;
      background: none;
      padding: 0;
      font: inherit;
      color: inherit;
      text-align: start;
    }
  }
  /*
   * Only the marks being set apart carry the transition: every mark that carries one is checked for
   * it each time it restyles, and all marks restyle on every frame of a zoom (bench/WHY.md).
   */
  @media (prefers-reduced-motion: no-preference) {
    .mark.selected,
    .mark.highlighted {
      transition: stroke-width 120ms ease-out;
    }
  }
`;
