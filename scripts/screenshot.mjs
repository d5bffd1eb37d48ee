#!/usr/bin/env node
/**
 * Screenshots of a page in headless Chromium, for looking at what the elements render.
 *
 *   node scripts/screenshot.mjs <page> <out.png> [--width 1280] [--height 900] [--viewport] [--dark] [--forced-colors] [--eval "js"] [--selector css]
 *
 * <page> is a path in this repository (served on a free local port) or a URL. With no
 * arguments it writes the README's picture: docs/timeline.png from examples/plain.html.
 * Prints the number of marks drawn and any page errors.
 */
import { chromium } from 'playwright';
import { ensureChrome } from './chrome.mjs';
import { CHROMIUM_ARGS } from './browser-args.mjs';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const positional = args.filter((arg, index) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
const [target = 'examples/plain.html', out = 'docs/timeline.png'] = positional;
const width = Number(option('--width', '1280'));
const height = Number(option('--height', '900'));

const server = /^https?:/.test(target) ? undefined : await serve('.', 0);
const url = server ? `http://127.0.0.1:${server.address().port}/${target}` : target;
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width, height },
    colorScheme: args.includes('--dark') ? 'dark' : 'light',
    forcedColors: args.includes('--forced-colors') ? 'active' : 'none',
    deviceScaleFactor: width < 600 ? 2 : 1,
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // The browser's own request for /favicon.ico is not the page's error (its message does not name the URL; its location does).
  page.on('console', (message) => message.type() === 'error' && !message.location().url.endsWith('/favicon.ico') && errors.push(message.text()));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('sitrep-timeline')?.shadowRoot?.querySelector('[part~="mark"], [part~="cluster"], [part~="error"], .vertical .row, .empty'), null, { timeout: 10000 });
  const script = option('--eval');
  if (script) await page.evaluate(script);
  await page.waitForTimeout(300);
  const selector = option('--selector');
  const whole = !args.includes('--viewport');
  await (selector && whole ? page.locator(selector).screenshot({ path: out }) : page.screenshot({ path: out, fullPage: whole }));
  const marks = await page.evaluate(() => document.querySelector('sitrep-timeline')?.shadowRoot?.querySelectorAll('[part~="mark"]').length ?? 0);
  console.log(`${out}: ${marks} marks, ${errors.length} page errors${errors.length ? `: ${errors.join(' | ')}` : ''}`);
} finally {
  await browser.close();
  server?.close();
}
