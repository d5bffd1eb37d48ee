/**
 * A reader's walk through the built bundle, in a Playwright tab of the embedding site's
 * `interactions.html` (see `embedding-pages.mjs`): mouse, wheel, touch-free pointer drags and keys,
 * so that every handler the bundle wires up runs once at least. Their names are shortened by the
 * build, so this is what shows the shortened bundle still works (`check-embedding.mjs`); it is
 * also the "reader's walk" whose code coverage `size-coverage.mjs` measures.
 */
import { drawn } from './embedding-pages.mjs';

/** Walks `tab` (a Playwright page already at `interactions.html`, 1200 px wide); returns what went wrong. */
export async function readerWalk(tab) {
  const found = [];
  tab.setDefaultTimeout(5000);
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
  return found;
}
