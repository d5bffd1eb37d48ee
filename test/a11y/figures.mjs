#!/usr/bin/env node
/**
 * Sums up the figures the accessibility checks wrote for each story (`reports/a11y/*.json`, written
 * by `.storybook/vitest.setup.ts` during `npm run test:stories`): how many stories and conditions
 * were checked, the smallest pointer target and the lowest contrast found, and where.
 *
 *   node test/a11y/figures.mjs          prints a summary
 *   node test/a11y/figures.mjs --json   prints it as JSON
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'reports/a11y';
let files;
try {
  files = readdirSync(dir).filter((name) => name.endsWith('.json'));
} catch {
  console.error(`No ${dir}: run the stories first (npm run test:stories).`);
  process.exit(1);
}
const stories = files.map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
const lowest = (key) => stories.filter((story) => story[key]).reduce((best, story) => (!best || story[key].value < best[key].value ? story : best), undefined);
const where = (story, key) => (story ? { value: Math.round(story[key].value * 100) / 100, story: story.story, element: story[key].element, part: story[key].part, what: story[key].what, condition: story[key].variant } : null);

const summary = {
  stories: stories.length,
  conditionsPerStory: Math.max(...stories.map((story) => story.conditions)),
  elementsChecked: stories.reduce((sum, story) => sum + story.elements.length, 0),
  targetsMeasured: stories.reduce((sum, story) => sum + story.targetsMeasured, 0),
  contrastsMeasured: stories.reduce((sum, story) => sum + story.contrastsMeasured, 0),
  findings: stories.reduce((sum, story) => sum + story.findings.length, 0),
  smallestTarget: where(lowest('smallestTarget'), 'smallestTarget'),
  smallestControl: where(lowest('smallestControl'), 'smallestControl'),
  smallestInlineTarget: where(lowest('smallestInlineTarget'), 'smallestInlineTarget'),
  lowestContrast: where(lowest('lowestContrast'), 'lowestContrast'),
  lowestGraphicContrast: where(lowest('lowestGraphicContrast'), 'lowestGraphicContrast'),
  lowestFocusContrast: where(lowest('lowestFocusContrast'), 'lowestFocusContrast'),
};

if (process.argv.includes('--json')) console.log(JSON.stringify(summary, null, 2));
else {
  console.log(`${summary.stories} stories, ${summary.elementsChecked} elements, up to ${summary.conditionsPerStory} conditions each; ${summary.findings} findings.`);
  console.log(`${summary.targetsMeasured} target sizes and ${summary.contrastsMeasured} contrasts measured.`);
  for (const key of ['smallestTarget', 'smallestControl', 'smallestInlineTarget', 'lowestContrast', 'lowestGraphicContrast', 'lowestFocusContrast']) {
    const figure = summary[key];
    if (figure) console.log(`${key}: ${figure.value} (${figure.what}) — ${figure.element} ${figure.part}, story ${figure.story}, ${figure.condition}`);
  }
}
