/** The Content-Security-Policy header the strict pages are served with. */
export const STRICT_CSP: string;
/** The version the second copy of the bundle claims in the two-versions page. */
export const OTHER_VERSION: string;
/** The tags every page must define. */
export const TAGS: string[];
/** The pages with all three elements, and whether each must warn (once) about two versions. */
export const SCENARIOS: [name: string, expectWarning: boolean][];
/** A page that loads the watcher, then each of `scripts` as a module script, and holds all three elements. */
export function page(scripts: string[]): string;
/** Writes the site into a new temporary folder from the built bundle in `dist`. */
export function buildSite(options?: { dist?: string; root?: string }): { site: string; version: string; remove(): void };
/** In the page: all three elements have drawn. */
export function drawn(): boolean;
/** In the page: the timeline of timelinejs-data.html has drawn its marks. */
export function timelineDrawn(): boolean;
/** In the page: the timeline of flawed-data.html has drawn its marks and lists the one event left out. */
export function flawedDrawn(): boolean;
/** In the page: the start of the timeline's text. */
export function timelineText(): string | undefined;
/** In the page: what the watcher saw, and whether every tag is defined. */
export function watched(): { violations: string[]; pageErrors: string[]; defined: boolean };
/** In the page: the timeline exports a PNG and an SVG. */
export function exportBoth(): Promise<{ png: string; svg: boolean }>;
/** Whether a result of `exportBoth` (or `{ error }`) shows both exports working. */
export function exported(result: { png?: string; svg?: boolean; error?: string }): boolean;
/** Whether a console message is one of the bundle's version warnings. */
export function isVersionWarning(text: string): boolean;
/** What is wrong with one scenario page (an empty list when nothing is). */
export function problems(
  name: string,
  expectWarning: boolean,
  seen: { violations: string[]; errors: string[]; defined: boolean; warnings: string[] },
  version: string,
): string[];
/** The line each check prints for one scenario page. */
export function summary(prefix: string, name: string, seen: { violations: string[]; errors: string[]; warnings: string[] }): string;
/** A page open in the browser at hand, with the version warnings and page errors it has seen. */
export interface CheckedTab {
  warnings: string[];
  errors: string[];
  waitFor(fn: () => unknown): Promise<unknown>;
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  pause(ms: number): Promise<void>;
  close(): Promise<void>;
}
/** Opens each page in turn and returns what went wrong, printing a line per page as `name`. */
export function checkPages(options: {
  name: string;
  origin: string;
  version: string;
  open(url: string): Promise<CheckedTab>;
  afterCsp?(tab: CheckedTab, failures: string[]): Promise<void>;
}): Promise<string[]>;
