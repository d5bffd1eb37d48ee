/**
 * After each story has rendered and its play function has finished (and axe has run), the
 * accessibility checks of `test/a11y` run over the story's Sitrep elements in light and dark,
 * left to right and right to left, with reduced motion, and the colour checks in forced colours
 * too; any finding fails the story's test with
 * the findings listed. The figures of each story go to `reports/a11y/<story id>.json` for the
 * accessibility statement (`node test/a11y/figures.mjs` sums them up).
 *
 * A story opts out of one check or all with `parameters: { a11yChecks: { skip: ['reflow'] } }`
 * or `{ a11yChecks: { disable: true } }`; none does today.
 */
import { afterEach } from 'vitest';
import { cdp, page, server, userEvent } from 'vitest/browser';
import type { CheckName } from '../test/a11y/checks.js';
import { checkElements, formatFindings, sitrepElements, summarize, type PageDriver } from '../test/a11y/run.js';

/** The emulated media features: each call sets them all, so every setting is kept here. */
const media = { 'prefers-reduced-motion': '', 'forced-colors': '', 'prefers-color-scheme': '' };
const emulate = (name: keyof typeof media, value: string) => {
  media[name] = value;
  return cdp().send('Emulation.setEmulatedMedia', { features: Object.entries(media).map(([feature, setting]) => ({ name: feature, value: setting })) });
};

const driver: PageDriver = {
  tab: (shift) => userEvent.tab({ shift }),
  viewport: (width, height) => page.viewport(width, height),
  reducedMotion: async (reduce) => {
    await emulate('prefers-reduced-motion', reduce ? 'reduce' : '');
  },
  forcedColors: async (system) => {
    // A forced palette is light or dark, and the browser reports which as prefers-color-scheme.
    await emulate('prefers-color-scheme', system ?? '');
    await emulate('forced-colors', system ? 'active' : '');
  },
};

interface StoryInContext {
  readonly id: string;
  readonly parameters: { a11yChecks?: { disable?: boolean; skip?: readonly CheckName[] } };
}

afterEach(async (context) => {
  const story = (context as unknown as { story?: StoryInContext }).story;
  if (!story || context.task.result?.state === 'fail') return;
  const options = story.parameters.a11yChecks ?? {};
  if (options.disable) return;
  const hosts = sitrepElements();
  if (hosts.length === 0) return;
  const report = await checkElements(hosts, driver);
  const findings = report.findings.filter((finding) => !options.skip?.includes(finding.check));
  const summary = summarize(report);
  await server.commands.writeFile(
    `reports/a11y/${story.id}.json`,
    JSON.stringify({ story: story.id, elements: hosts.map((host) => host.localName), ...summary, findings }, null, 2),
  );
  if (findings.length) throw new Error(`Accessibility checks found ${findings.length} problems:\n${formatFindings(findings)}`);
});
