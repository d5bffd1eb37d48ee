/**
 * The list of a file's problems above the timeline: how many events were left out, each error
 * where it is (`$.events[3].date`, or a spreadsheet row) and what is wrong, and a button that
 * copies the list for the data desk. Loaded only when a file has errors (see `lazy.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { partStrings, type Strings } from '../../i18n/strings.js';
import type { DataIssue } from '../../model/types.js';

/** What the list needs from the element. */
export interface IssuesContext {
  readonly strings: Strings;
  /** How many events are shown (the rest of the file's events were left out). */
  readonly shownEvents: number;
  /** The outcome of the last copy, shown beside the button. */
  readonly copyOutcome: '' | 'copied' | 'failed';
  /** Told how the copy of the list went. */
  readonly onCopied: (outcome: 'copied' | 'failed') => void;
  /** The list was opened or closed. */
  readonly onToggle: () => void;
}

/** The list's English, numbers in the locale's digits: translated dictionaries have these strings too (see `partStrings`). */
export const issuesEnglish = (number: Strings['number']) => ({
  skipped: (skipped: number, total: number) => `${number(skipped)} of ${number(total)} events in the data ${skipped === 1 ? 'was' : 'were'} skipped.`,
  problems: (count: number) => (count === 1 ? '1 problem was found in the data.' : `${number(count)} problems were found in the data.`),
  showIssues: 'Show the problems found in the data',
  copyIssues: 'Copy the list',
  copiedIssues: 'The list was copied.',
  copyFailed: 'The list could not be copied: select it and copy it by hand.',
});

/** The list's own strings. */
export type IssuesStrings = ReturnType<typeof issuesEnglish>;

/** The errors among `issues` as a disclosure, or nothing when there are none. */
export function renderIssues(issues: readonly DataIssue[], context: IssuesContext): TemplateResult | typeof nothing {
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return nothing;
  const s = partStrings(context.strings, issuesEnglish);
  // One event can have several errors; count the events left out, not the errors.
  const skippedEvents = new Set(
    errors.map((issue) => /^\$\.events\[\d+\]/.exec(issue.path ?? '')?.[0] ?? (issue.row !== undefined && issue.row > 1 ? `row ${issue.row}` : undefined)).filter(Boolean),
  ).size;
  const message = skippedEvents > 0 ? s.skipped(skippedEvents, skippedEvents + context.shownEvents) : s.problems(errors.length);
  // Spreadsheet messages already start with "Row N, column C"; others get their place in front.
  const where = (issue: DataIssue) => issue.path ?? (issue.row && !issue.message.startsWith(`Row ${issue.row}`) ? `row ${issue.row}` : '');
  return html`<details class="skipped" @toggle=${context.onToggle}>
    <summary><span aria-live="polite">${message}</span> ${s.showIssues}</summary>
    <ul>
      ${errors.map((issue) => {
        const place = where(issue);
        return html`<li>${place ? html`<code>${place}</code> ` : nothing}${issue.message}</li>`;
      })}
    </ul>
    <button type="button" class="button pill" @click=${() => void copy([message, ...errors.map((issue) => `${where(issue)} ${issue.message}`.trim())].join('\n'), context.onCopied)}>
      ${s.copyIssues}
    </button>
    <span class="copy-outcome" role="status">${context.copyOutcome === 'copied' ? s.copiedIssues : context.copyOutcome === 'failed' ? s.copyFailed : ''}</span>
  </details>`;
}

/** Copies the list of problems as plain text, one per line, for a bug report or an email to the data desk. */
async function copy(text: string, onCopied: IssuesContext['onCopied']): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    onCopied('copied');
  } catch {
    // No clipboard (an insecure page, or permission refused): the list stays selectable.
    onCopied('failed');
  }
}
