#!/usr/bin/env node
/**
 * Checks the static Storybook build as a visitor gets it: serves the built folder, opens a story
 * of each element and a guide in headless Chromium, and fails unless the elements are defined and
 * draw the shipped story. A production build can drop code that development runs keep (a wrong
 * `sideEffects` entry once removed the element registration), so the tests alone cannot see this.
 *
 * It then opens every story at a phone's width (390 × 844) and fails if its play function throws
 * there. The story tests run the same checks at desktop width; below 600 px the timeline draws its
 * vertical layout, and a reader who switches Storybook's viewport to a phone must not see them fail.
 *
 *   node scripts/check-storybook.mjs [storybook-static]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { ensureChrome } from './chrome.mjs';
import { CHROMIUM_ARGS } from './browser-args.mjs';
import { serve } from './serve.mjs';

const dir = process.argv[2] ?? 'storybook-static';
if (!existsSync(join(dir, 'index.json'))) {
  console.error(`check-storybook: ${dir}/index.json not found; run the Storybook build first`);
  process.exit(1);
}
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const ids = Object.keys(index.entries);

/** The stories opened, and what each must show inside its element's shadow root. */
const CHECKS = [
  { id: 'components-timeline--syria-2024', tag: 'sitrep-timeline', selector: '[part~="mark"], [part~="cluster"]' },
  { id: 'components-actor-card--full', tag: 'sitrep-actor-card', selector: '[part~="name"]' },
  { id: 'components-route-chip--from-data', tag: 'sitrep-route-chip', selector: '.place' },
];

const server = await serve(dir, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROMIUM_ARGS });
const failures = [];
try {
  for (const check of CHECKS) {
    const id = check.id;
    if (!ids.includes(id)) {
      failures.push(`${id}: no such story in the build`);
      continue;
    }
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`);
    try {
      await page.waitForFunction(
        ({ tag, selector }) => customElements.get(tag) && document.querySelector(tag)?.shadowRoot?.querySelector(selector),
        check,
        { timeout: 15000 },
      );
      console.log(`check-storybook: ${id}: <${check.tag}> defined and drawn`);
    } catch {
      const defined = await page.evaluate((tag) => Boolean(customElements.get(tag)), check.tag);
      failures.push(`${id}: <${check.tag}> ${defined ? 'defined but nothing drawn' : 'is not defined'}${errors.length ? ` (${errors.join(' | ')})` : ''}`);
    }
    await page.close();
  }
  // Each element's docs page lists every attribute, event and method of the manifest.
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  for (const [tag, id] of [['sitrep-timeline', 'components-timeline--docs'], ['sitrep-actor-card', 'components-actor-card--docs'], ['sitrep-route-chip', 'components-route-chip--docs']]) {
    const element = declarations.find((declaration) => declaration.tagName === tag);
    const expected = [
      ...(element.attributes ?? []).map((attribute) => attribute.name),
      ...(element.events ?? []).map((event) => event.name),
      ...(element.members ?? []).filter((member) => member.kind === 'method' && !member.static && member.privacy !== 'private' && member.privacy !== 'protected').map((member) => `${member.name}()`),
    ];
    const page = await browser.newPage();
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=docs`);
    try {
      await page.waitForSelector('.docblock-argstable', { timeout: 15000 });
      const names = await page.$$eval('.docblock-argstable tbody tr td:first-child', (cells) => cells.map((cell) => cell.textContent.trim()));
      const missing = expected.filter((name) => !names.includes(name));
      if (missing.length) failures.push(`${id}: the API table lacks ${missing.join(', ')}`);
      else console.log(`check-storybook: ${id}: ${expected.length} attributes, events and methods in the API table`);
    } catch {
      failures.push(`${id}: no API table`);
    }
    await page.close();
  }
  // Every story at a phone's width: its play function must pass there too (three pages at a time).
  const stories = ids.filter((entry) => index.entries[entry].type === 'story');
  const queue = [...stories];
  const phoneFailures = [];
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // The preview's channel says when a story's play function threw and when the story is finished.
  await context.addInitScript(() => {
    window.__sitrepStory = { threw: [], finished: false };
    const listen = () => {
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) return void setTimeout(listen, 5);
      for (const name of ['playFunctionThrewException', 'storyThrewException', 'storyErrored']) {
        channel.on(name, (error) => window.__sitrepStory.threw.push(`${name}: ${String(error?.message ?? JSON.stringify(error)).split('\n')[0]}`));
      }
      channel.on('storyFinished', () => (window.__sitrepStory.finished = true));
    };
    listen();
  });
  await Promise.all(
    [0, 1, 2].map(async () => {
      const page = await context.newPage();
      for (let id = queue.shift(); id; id = queue.shift()) {
        await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`);
        try {
          await page.waitForFunction(() => window.__sitrepStory.finished || window.__sitrepStory.threw.length > 0, null, { timeout: 30000 });
          const threw = await page.evaluate(() => window.__sitrepStory.threw);
          if (threw.length) phoneFailures.push(`${id} at 390 px: ${threw.join(' | ')}`);
        } catch {
          phoneFailures.push(`${id} at 390 px: not finished within 30 s`);
        }
      }
      await page.close();
    }),
  );
  await context.close();
  failures.push(...phoneFailures);
  if (!phoneFailures.length) console.log(`check-storybook: ${stories.length} stories pass their checks at 390 px`);
  const guides = ids.filter((entry) => index.entries[entry].type === 'docs' && entry.startsWith('guides-'));
  console.log(`check-storybook: ${stories.length} stories, ${guides.length} guides in the build`);
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`check-storybook: ${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
