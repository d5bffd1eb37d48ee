/**
 * Runs every check over the Sitrep elements of a page (a story), in four conditions: light and
 * dark, left to right and right to left, with reduced motion emulated; then again for reflow at
 * 320 px wide and at 640 px wide with the text at 200 %; then the contrast of graphics and focus
 * rings in forced colours (Windows High Contrast), with the system's palette light and dark and the
 * page's chosen scheme the same or the other: there a graphic painted as a background is painted
 * over, and the colours kept must suit the system's background. The page is put back as it was.
 */
import {
  checkAnnouncements,
  checkColourOnly,
  checkFocusVisible,
  checkKeyboard,
  checkLiveRegions,
  checkNonTextContrast,
  checkReducedMotion,
  checkReflow,
  checkTargetSize,
  checkZoomNotAnimated,
  checkZoomPan,
  Report,
  type CheckContext,
  type Driver,
  type Finding,
  type Measure,
} from './checks.js';
import { deepElements, settle } from './dom.js';
import {
  ACTOR_FILTER,
  DECORATIVE,
  DETAIL_TITLE,
  ENCODINGS,
  ITEMS,
  makeBackdrop,
  MESSAGES,
  OVERVIEW,
  RANGE,
  SELECTABLE,
  SITREP_TAGS,
  weight,
  ZOOM_BUTTONS,
  ZOOM_IN,
} from './sitrep.js';

/** What the runner needs on top of key presses: the viewport, and the reduced-motion and forced-colours settings. */
export interface PageDriver extends Driver {
  viewport(width: number, height: number): Promise<void>;
  reducedMotion(reduce: boolean): Promise<void>;
  /** Forced colours with the system's light or dark palette (which the browser reports as `prefers-color-scheme`); off when undefined. */
  forcedColors(system: 'light' | 'dark' | undefined): Promise<void>;
}

/**
 * The forced-colours conditions, the checks of colours only (graphics and focus rings): the
 * system's palette light or dark, and the page's chosen scheme the same or the other.
 */
export const FORCED_VARIANTS: readonly { system: 'light' | 'dark'; scheme: 'light' | 'dark'; dir: 'ltr' | 'rtl' }[] = [
  { system: 'light', scheme: 'light', dir: 'ltr' },
  { system: 'light', scheme: 'dark', dir: 'rtl' },
  { system: 'dark', scheme: 'dark', dir: 'ltr' },
  { system: 'dark', scheme: 'light', dir: 'rtl' },
];

export interface Variant {
  readonly scheme: 'light' | 'dark';
  readonly dir: 'ltr' | 'rtl';
  /**
   * Whether the checks that act (keyboard walks, zoom and pan, announcements) and reflow run too.
   * They depend on the direction, not on the colours, so they run once per direction (LTR in
   * light, RTL in dark); the checks that measure colours, sizes and motion run in all four.
   */
  readonly acting: boolean;
}

export const VARIANTS: readonly Variant[] = [
  { scheme: 'light', dir: 'ltr', acting: true },
  { scheme: 'light', dir: 'rtl', acting: false },
  { scheme: 'dark', dir: 'ltr', acting: false },
  { scheme: 'dark', dir: 'rtl', acting: true },
];

/** The viewport the stories run at, restored at the end. */
export const DEFAULT_VIEWPORT = { width: 1200, height: 900 };

/** The Sitrep elements on the page (also inside other elements' shadow roots), outermost first. */
export function sitrepElements(root: ParentNode = document.body): Element[] {
  return deepElements(root).filter((element) => (SITREP_TAGS as readonly string[]).includes(element.localName));
}

function isRtl(host: Element): boolean {
  return getComputedStyle(host).direction === 'rtl';
}

/** Puts the elements in a direction and a colour scheme, and names the condition the next findings are found in. */
async function enter(hosts: readonly Element[], report: Report, variant: Pick<Variant, 'scheme' | 'dir'>, name: string): Promise<void> {
  hosts.forEach((host) => {
    host.setAttribute('dir', variant.dir);
    (host as HTMLElement).style.setProperty('--sitrep-color-scheme', variant.scheme);
  });
  await settle(hosts);
  report.variant = name;
  report.conditions.push(name);
}

/** Runs all checks over `hosts`; returns the findings and the figures measured. */
export async function checkElements(hosts: readonly Element[], driver: PageDriver, variants: readonly Variant[] = VARIANTS): Promise<Report> {
  const report = new Report();
  if (hosts.length === 0) return report;
  const saved = hosts.map((host) => ({
    dir: host.getAttribute('dir'),
    scheme: (host as HTMLElement).style.getPropertyValue('--sitrep-color-scheme'),
    font: (host as HTMLElement).style.getPropertyValue('--sitrep-font-size'),
  }));
  await driver.reducedMotion(true);
  try {
    // The states as the story left them, before any check acts on the elements.
    report.variant = 'as shown';
    await settle(hosts);
    // Motion the story started before reduced motion was asked for may end first (up to a second).
    const started = hosts.flatMap((host) => host.shadowRoot?.getAnimations() ?? []);
    await Promise.race([Promise.all(started.map((animation) => animation.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 1000))]);
    checkLiveRegions({ hosts, report }, { messages: MESSAGES });
    for (const variant of variants) {
      await enter(hosts, report, variant, `${variant.scheme} ${variant.dir}`);
      const context: CheckContext = { hosts, report, backdrop: makeBackdrop() };
      checkReducedMotion(context);
      checkNonTextContrast(context, { decorative: DECORATIVE });
      checkColourOnly(context, ENCODINGS);
      checkTargetSize(context);
      checkReflow(context);
      checkLiveRegions(context, { messages: MESSAGES });
      await checkFocusVisible(context, driver, { sampleGroups: ITEMS });
      if (!variant.acting) continue;
      await checkKeyboard(context, driver, { items: ITEMS, weight, showAll: '0', rtl: isRtl });
      await checkZoomNotAnimated(context, ZOOM_IN);
      await checkAnnouncements(context, { selectable: SELECTABLE, selectedTitle: DETAIL_TITLE, zoomIn: ZOOM_IN, range: RANGE, filter: ACTOR_FILTER });
      await checkZoomPan(context, { buttons: ZOOM_BUTTONS, keyTarget: ITEMS, overview: OVERVIEW, panButtons: ZOOM_BUTTONS });
      for (const condition of [
        { width: 320, text: 1, name: '320px' },
        { width: 640, text: 2, name: '640px text 200%' },
      ]) {
        await driver.viewport(condition.width, DEFAULT_VIEWPORT.height);
        hosts.forEach((host, index) => {
          const style = (host as HTMLElement).style;
          if (condition.text === 1) style.setProperty('--sitrep-font-size', saved[index]!.font || '');
          else style.setProperty('--sitrep-font-size', `${parseFloat(getComputedStyle(host).fontSize) * condition.text}px`);
          if (!style.getPropertyValue('--sitrep-font-size')) style.removeProperty('--sitrep-font-size');
        });
        await settle(hosts, 3);
        report.variant = `${variant.scheme} ${variant.dir} ${condition.name}`;
        report.conditions.push(report.variant);
        const narrow: CheckContext = { hosts, report, backdrop: makeBackdrop() };
        checkReflow(narrow);
        checkTargetSize(narrow);
      }
      hosts.forEach((host, index) => {
        const style = (host as HTMLElement).style;
        if (saved[index]!.font) style.setProperty('--sitrep-font-size', saved[index]!.font);
        else style.removeProperty('--sitrep-font-size');
      });
      await driver.viewport(DEFAULT_VIEWPORT.width, DEFAULT_VIEWPORT.height);
    }
    for (const variant of FORCED_VARIANTS) {
      await driver.forcedColors(variant.system);
      await enter(hosts, report, variant, `forced colours, ${variant.system} system, ${variant.scheme} page, ${variant.dir}`);
      const forced: CheckContext = { hosts, report, backdrop: makeBackdrop() };
      checkNonTextContrast(forced, { decorative: DECORATIVE });
      await checkFocusVisible(forced, driver, { sampleGroups: ITEMS });
    }
  } finally {
    await driver.forcedColors(undefined);
    hosts.forEach((host, index) => {
      const { dir, scheme, font } = saved[index]!;
      if (dir === null) host.removeAttribute('dir');
      else host.setAttribute('dir', dir);
      const style = (host as HTMLElement).style;
      if (scheme) style.setProperty('--sitrep-color-scheme', scheme);
      else style.removeProperty('--sitrep-color-scheme');
      if (font) style.setProperty('--sitrep-font-size', font);
      else style.removeProperty('--sitrep-font-size');
    });
    await driver.viewport(DEFAULT_VIEWPORT.width, DEFAULT_VIEWPORT.height);
    await driver.reducedMotion(false);
    await settle(hosts, 1);
  }
  return report;
}

/** Findings as lines, the same finding in several conditions once (with its conditions). */
export function formatFindings(findings: readonly Finding[]): string {
  const merged = new Map<string, { finding: Finding; variants: string[] }>();
  for (const finding of findings) {
    const key = [finding.check, finding.element, finding.part, finding.text, finding.measured].join('|');
    const known = merged.get(key);
    if (known) known.variants.push(finding.variant ?? '');
    else merged.set(key, { finding, variants: [finding.variant ?? ''] });
  }
  return [...merged.values()]
    .map(({ finding, variants }) => {
      const figures = finding.measured !== undefined ? ` (measured ${finding.measured}${finding.required !== undefined ? `, required ${finding.required}` : ''})` : '';
      return `[${finding.check}] ${finding.element} ${finding.part}: ${finding.text}${figures} — in ${variants.join('; ')}`;
    })
    .join('\n');
}

/** The figures of a run for the accessibility statement: smallest targets and lowest contrasts, with where they were found. */
export function summarize(report: Report) {
  const min = <T extends { value: number }>(list: T[]) => list.reduce<T | undefined>((best, item) => (!best || item.value < best.value ? item : best), undefined);
  const targets = report.measures.filter((measure) => measure.kind === 'target');
  const inline = (measure: Measure) => measure.what.includes('inline');
  // Marks and clusters are drawn shapes; everything else is a control (button, link, slider, summary).
  const drawn = (measure: Measure) => /^(rect|circle|g)\b/.test(measure.part);
  const contrasts = report.measures.filter((measure) => measure.kind === 'contrast');
  const focus = (measure: Measure) => measure.what.startsWith('focus');
  return {
    conditions: report.conditions.length,
    findings: report.findings.length,
    smallestTarget: min(targets.filter((measure) => !inline(measure))),
    smallestControl: min(targets.filter((measure) => !inline(measure) && !drawn(measure))),
    smallestInlineTarget: min(targets.filter(inline)),
    lowestContrast: min(contrasts),
    lowestGraphicContrast: min(contrasts.filter((measure) => !focus(measure))),
    lowestFocusContrast: min(contrasts.filter(focus)),
    targetsMeasured: targets.length,
    contrastsMeasured: contrasts.length,
  };
}
