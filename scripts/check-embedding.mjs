#!/usr/bin/env node
/**
 * The built bundle on strict pages, checked in headless Chromium after `npm run build`:
 *
 * - a page served with a strict Content-Security-Policy and Trusted Types (as an HTTP header)
 *   renders all three elements from a `src`, with no `securitypolicyviolation` event;
 * - two copies of `dist/sitrep.js` on one page, in both orders, and two versions: nothing throws,
 *   every tag is defined, and a differing version warns once, naming both versions;
 * - a reader's walk through the strict page (keys, buttons, wheel, drag, hash, card, chip, print,
 *   phone width, story mode) gets an answer from each, with no error.
 *
 *   node scripts/check-embedding.mjs
 */
import { chromium } from 'playwright';
import { ensureChrome } from './chrome.mjs';
import { CHROMIUM_ARGS } from './browser-args.mjs';
import { serve } from './serve.mjs';
import { STRICT_CSP, buildSite, checkPages, drawn, isVersionWarning } from './embedding-pages.mjs';

// The pages and what they must show live in embedding-pages.mjs, shared with check-embedding-firefox.mjs.
export { STRICT_CSP };

const { site, version, remove } = buildSite();

const server = await serve(site, 0, { 'content-security-policy': STRICT_CSP });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROMIUM_ARGS });
let failures;

/** A tab in Chromium, as checkPages uses it. */
async function open(url) {
  const tab = await browser.newPage();
  const seen = { warnings: [], errors: [] };
  tab.on('console', (message) => message.type() === 'warning' && isVersionWarning(message.text()) && seen.warnings.push(message.text()));
  tab.on('pageerror', (error) => seen.errors.push(String(error)));
  await tab.goto(url);
  return {
    ...seen,
    waitFor: (fn) => tab.waitForFunction(fn, null, { timeout: 15000 }),
    evaluate: (fn) => tab.evaluate(fn),
    pause: (ms) => tab.waitForTimeout(ms),
    close: () => tab.close(),
  };
}

/**
 * A reader's walk through the built bundle, with mouse, wheel, touch-free pointer drags and keys:
 * every handler the bundle wires up runs once at least (their names are shortened by the build,
 * so this is what shows the shortened bundle still works). Returns what went wrong.
 */
async function walk() {
  const found = [];
  const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  tab.setDefaultTimeout(5000);
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(`${origin}/interactions.html`);
  await tab.waitForFunction(drawn, null, { timeout: 15000 });
  await tab.evaluate(() => {
    window.__seen = [];
    for (const type of ['sitrep-select', 'sitrep-range-change', 'sitrep-actor-select', 'sitrep-route-select']) document.addEventListener(type, () => window.__seen.push(type));
  });
  const timeline = tab.locator('sitrep-timeline');
  const range = () => timeline.evaluate((element) => element.visibleRange && element.visibleRange.end - element.visibleRange.start);
  const seen = async (type, what) => {
    const events = await tab.evaluate(() => window.__seen.splice(0));
    if (!events.includes(type)) found.push(`${what}: no ${type}`);
  };
  const step = async (what, action) => {
    try {
      await action();
    } catch (error) {
      found.push(`${what}: ${String(error).split('\n')[0]}`);
    }
  };
  const focusedKey = () => timeline.evaluate((element) => element.shadowRoot.activeElement?.getAttribute('data-key') ?? null);

  await step('keys in the drawing', async () => {
    await timeline.locator('[part~="plot"] [part~="mark"], [part~="plot"] [part~="cluster"]').first().focus();
    const first = await focusedKey();
    await tab.keyboard.press('End');
    const last = await focusedKey();
    await tab.keyboard.press('Home');
    await tab.keyboard.press('ArrowRight');
    if (!first || first === last || (await focusedKey()) === first) found.push(`keys in the drawing: focus did not move (${first}, ${last})`);
    const whole = await range();
    await tab.keyboard.press('+');
    await seen('sitrep-range-change', '+ key');
    if (!((await range()) < whole)) found.push('+ key: the view did not narrow');
    await tab.keyboard.press('Shift+ArrowRight');
    await tab.keyboard.press('PageDown');
    await tab.keyboard.press('-');
    await tab.keyboard.press('0');
    await seen('sitrep-range-change', 'pan, zoom out and 0 keys');
  });
  await step('select with Enter', async () => {
    await timeline.locator('[part~="plot"] [part~="mark"]').first().focus();
    await tab.keyboard.press('Enter');
    await seen('sitrep-select', 'Enter on a mark');
    await timeline.locator('[part~="detail"]').waitFor({ timeout: 5000 });
    if (!(await tab.evaluate(() => location.hash.startsWith('#sitrep-')))) found.push('select: the hash does not name the event');
    await tab.keyboard.press('Escape');
    await seen('sitrep-select', 'Escape');
  });
  await step('the hash', async () => {
    const id = await timeline.evaluate((element) => element.events.at(-1).id);
    await tab.evaluate((id) => (location.hash = `#sitrep-${id}`), id);
    await tab.waitForFunction((id) => document.querySelector('sitrep-timeline').selected === id, id, { timeout: 5000 });
  });
  await step('zoom buttons', async () => {
    await timeline.getByRole('button', { name: 'Zoom in' }).click();
    await seen('sitrep-range-change', 'the Zoom in button');
    await timeline.getByRole('button', { name: 'Show all' }).click();
    await seen('sitrep-range-change', 'the Show all button');
  });
  await step('wheel and drag', async () => {
    const box = await timeline.locator('[part~="plot"]').boundingBox();
    await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await tab.keyboard.down('Control');
    await tab.mouse.wheel(0, -400);
    await tab.keyboard.up('Control');
    await tab.waitForTimeout(100);
    await seen('sitrep-range-change', 'Ctrl + wheel');
    await tab.mouse.down();
    await tab.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 8 });
    await tab.mouse.up();
    await tab.waitForTimeout(100);
    await seen('sitrep-range-change', 'a drag across the drawing');
    await tab.mouse.dblclick(box.x + box.width / 3, box.y + box.height / 2);
  });
  await step('the overview', async () => {
    await timeline.locator('.brush').focus();
    await tab.keyboard.press('ArrowRight');
    await tab.keyboard.press('Home');
    await seen('sitrep-range-change', 'keys on the overview');
  });
  await step('the card and the chip', async () => {
    await tab.locator('sitrep-actor-card [part~="button"]').first().click();
    await seen('sitrep-actor-select', 'the actor card');
    await tab.locator('sitrep-route-chip [part~="button"]').first().click();
    await seen('sitrep-route-select', 'the route chip');
    await tab.keyboard.press('Escape');
  });
  await step('print', async () => {
    await tab.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      window.dispatchEvent(new Event('afterprint'));
    });
  });
  await step('a phone', async () => {
    await tab.setViewportSize({ width: 390, height: 800 });
    await tab.evaluate(() => (document.querySelector('sitrep-timeline').style.width = '360px'));
    const row = timeline.locator('[part~="list"] button.row').first();
    await row.waitFor({ timeout: 5000 });
    await row.click();
    await seen('sitrep-select', 'a row of the vertical timeline');
  });
  await step('story mode', async () => {
    await timeline.evaluate((element) => element.setAttribute('story', ''));
    await timeline.getByRole('button', { name: 'Next', exact: true }).first().click();
    await seen('sitrep-select', 'Next in story mode');
  });
  await tab.waitForTimeout(200);
  const pageErrors = await tab.evaluate(() => window.__errors);
  if (errors.length || pageErrors.length) found.push(`errors: ${[...errors, ...pageErrors].join(' | ')}`);
  await tab.close();
  console.log(`check-embedding: interactions: ${found.length ? `${found.length} problems` : 'keys, buttons, wheel, drag, overview, hash, card, chip, print, phone width and story mode all answered, no errors'}`);
  return found.map((problem) => `interactions: ${problem}`);
}

try {
  failures = await checkPages({ name: 'check-embedding', origin, version, open });
  failures.push(...(await walk()));
} finally {
  await browser.close();
  server.close();
  remove();
}
if (failures.length) {
  console.error(`check-embedding: ${failures.length} failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
