import { css } from 'lit';

/** Buttons of the elements: `.button` (32 px targets), `.pill` for the smaller rounded ones; pressed ones take the focus colour. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.25em;
    min-inline-size: 32px;
    min-block-size: 32px;
    padding: 0 0.625em;
    border: 1px solid var(--_color-rule);
    border-radius: 6px;
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    cursor: pointer;
  }
  .button:hover:not(:disabled) {
    border-color: var(--_color-muted);
  }
  .button:disabled {
    color: var(--_color-muted);
    cursor: default;
    opacity: 0.6;
  }
  .button[aria-pressed='true'] {
    border-color: var(--_color-focus);
    background: var(--_color-focus);
    color: var(--_color-background);
  }
  .pill {
    min-block-size: 24px;
    padding: 0.125em 0.5em;
    border-radius: 999px;
    background: var(--_color-background);
  }
`;
