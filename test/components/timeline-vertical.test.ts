import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SitrepTimeline } from '../../src/index.js';
import type { SitrepSelectEvent } from '../../src/events/events.js';
import { smallDataset } from '../fixtures/small-dataset.js';
import { syntheticDataset } from '../../bench/synthetic.js';

const root = (el: SitrepTimeline) => el.shadowRoot!;
async function at(width: number, data: unknown = smallDataset, attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
  const el = document.createElement('sitrep-timeline');
  if (attributes) el.setAttribute('layout', attributes);
  el.data = data;
  wrapper.append(el);
  await waitUntil(() => root(el).querySelector('[part~="mark"], .vertical .row'), 'drawn', { timeout: 5000 });
  await el.updateComplete;
  return { el, wrapper };
}
/** Runs `check` with forced colours (Windows High Contrast) emulated, and turns them off again. */
async function inForcedColours(check: () => void): Promise<void> {
  try {
    await emulateMedia({ forcedColors: 'active' });
    check();
  } finally {
    await emulateMedia({ forcedColors: 'none' });
  }
}

const rows = (el: SitrepTimeline) => [...root(el).querySelectorAll<HTMLButtonElement>('.vertical .row')];

describe('<sitrep-timeline> vertical layout', () => {
  it('lists the events as rows, in time order, below 600 px', async () => {
    const { el } = await at(375);
    expect(root(el).querySelector('.plot')).to.equal(null);
    expect(rows(el).map((row) => row.dataset.key)).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    const first = rows(el)[0]!;
    expect(first.querySelector('.what')!.textContent).to.contain('Offensive begins');
    expect(first.querySelector('.who')!.textContent).to.contain('Rebel coalition');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2024-11-27');
    expect(rows(el)[2]!.querySelector('.when')!.textContent).to.contain('approximate');
    expect(root(el).querySelector('.vertical [part~="list"]')).not.to.equal(null);
    // The summary speaks of what is shown: no lanes here.
    expect(root(el).getElementById('summary')!.textContent).to.equal('6 events from November 27 – December 8, 2024, in time order.');
  });

  it("keeps SPEC's contract: each event's row is a part=\"mark\" with its data-event-id, each row of a period a part=\"cluster\" with its count", async () => {
    // One phone column, one row per event: the drawing of that layout.
    const { el } = await at(375);
    const marks = [...root(el).querySelectorAll('[part~="mark"]')];
    expect(marks.map((mark) => mark.getAttribute('data-event-id'))).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
    expect(marks.every((mark) => mark.localName === 'button')).to.equal(true);
    expect(root(el).querySelectorAll('[part~="cluster"]')).to.have.length(0);
    // More events than rows: rows of a day, week or month, and every event is in exactly one of them.
    const many = await at(375, syntheticDataset(3000, 5));
    const clusters = [...root(many.el).querySelectorAll<HTMLElement>('[part~="cluster"]')];
    expect(clusters.length).to.be.above(0);
    const single = root(many.el).querySelectorAll('[part~="mark"]').length;
    expect(clusters.reduce((sum, cluster) => sum + Number(cluster.dataset.count), single)).to.equal(3000);
    expect(clusters.every((cluster) => /\d/.test(cluster.textContent!))).to.equal(true);
  });

  it('keeps each row\'s key in its lane\'s colour in forced colours (Windows High Contrast), as the marks, dashed for an inexact date', async () => {
    // What a key paints: its border where it has one, else its background.
    const keys = (el: SitrepTimeline) =>
      rows(el).map((row) => {
        const style = getComputedStyle(row.querySelector('.key')!);
        const bordered = style.borderInlineStartWidth !== '0px';
        return { colour: bordered ? style.borderInlineStartColor : style.backgroundColor, dashed: bordered && style.borderInlineStartStyle === 'dashed' };
      });
    const { el } = await at(375);
    const normal = keys(el);
    // e3 is approximate and e4 uncertain: their keys are dashed, the others solid.
    expect(normal.map((key) => key.dashed)).to.deep.equal([false, false, true, true, false, false]);
    // The lanes' marks on a wide page, for comparison: the browser leaves SVG paint as it is.
    const wide = (await at(900)).el;
    const fills = () => [...root(wide).querySelectorAll('[part~="mark"]')].map((mark) => getComputedStyle(mark).fill);
    const normalFills = fills();
    await inForcedColours(() => {
      // Forced colours paint backgrounds over: the keys, backgrounds then, vanished.
      expect(keys(el)).to.deep.equal(normal);
      expect(fills()).to.deep.equal(normalFills);
    });
  });

  it('keeps the selected row marked in forced colours, which paint its shading over', async () => {
    const { el } = await at(375);
    el.selected = 'e2';
    await el.updateComplete;
    // What marks a row as selected, besides its aria-pressed: a shading, or an outline that shows.
    const shaded = () => rows(el).map((row) => getComputedStyle(row).backgroundColor !== 'rgba(0, 0, 0, 0)');
    const outlined = () =>
      rows(el).map((row) => {
        const style = getComputedStyle(row);
        return style.outlineStyle !== 'none' && style.outlineWidth !== '0px' && style.outlineColor !== 'rgba(0, 0, 0, 0)';
      });
    expect(shaded()).to.deep.equal([false, true, false, false, false, false]);
    expect(outlined()).to.deep.equal([false, false, false, false, false, false]);
    // Forced colours give every row the same background: the outline shows there instead.
    await inForcedColours(() => expect(outlined()).to.deep.equal([false, true, false, false, false, false]));
  });

  it('shows the focus ring on the row a reader selected from the keyboard, in light and forced colours', async () => {
    const { el } = await at(375);
    rows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const row = rows(el)[1]!;
    expect([el.selected, root(el).activeElement === row, row.matches(':focus-visible')]).to.deep.equal(['e2', true, true]);
    const ring = () => {
      const style = getComputedStyle(row);
      return [style.outlineStyle, style.outlineWidth !== '0px', style.outlineColor === 'rgba(0, 0, 0, 0)'];
    };
    expect(ring()).to.deep.equal(['solid', true, false]);
    await inForcedColours(() => expect(ring()).to.deep.equal(['solid', true, false]));
  });

  it('rings the key of the rows on a highlighted route, as the lanes ring its marks', async () => {
    const { el } = await at(375);
    el.highlightRoute = 'ally-out';
    await el.updateComplete;
    const ringed = rows(el).filter((row) => getComputedStyle(row.querySelector('.key')!).outlineStyle === 'solid');
    expect(ringed.map((row) => row.dataset.key)).to.deep.equal(['e4']);
    el.highlightRoute = undefined;
    await el.updateComplete;
    expect(rows(el).filter((row) => getComputedStyle(row.querySelector('.key')!).outlineStyle === 'solid')).to.have.length(0);
  });

  it('switches live when the element is resized', async () => {
    const { el, wrapper } = await at(900);
    expect(root(el).querySelector('.plot')).not.to.equal(null);
    wrapper.style.width = '420px';
    await waitUntil(() => root(el).querySelector('.vertical'), 'vertical after resize');
    wrapper.style.width = '1000px';
    await waitUntil(() => root(el).querySelector('.plot'), 'lanes after resize');
  });

  it('selects a row on click, opens its detail under it, and fires sitrep-select', async () => {
    const { el } = await at(375);
    setTimeout(() => rows(el)[1]!.click());
    const chosen = (await oneEvent(el, 'sitrep-select')) as SitrepSelectEvent;
    expect(chosen.detail.event!.id).to.equal('e2');
    await el.updateComplete;
    const item = root(el).querySelector('li[data-event-id="e2"]')!;
    expect(item.querySelector('[part~="detail"] h3')!.textContent).to.equal('City entered');
    expect(rows(el)[1]!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('walks the rows with the same keys as the lanes', async () => {
    const { el } = await at(375);
    rows(el)[0]!.focus();
    const press = (key: string) => {
      root(el).activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      return el.updateComplete;
    };
    await press('ArrowDown');
    expect(root(el).activeElement!.getAttribute('data-key')).to.equal('e2');
    await press('End');
    expect(root(el).activeElement!.getAttribute('data-key')).to.equal('e6');
    await press('Enter');
    expect(el.selected).to.equal('e6');
    expect(rows(el).filter((row) => row.tabIndex === 0)).to.have.length(1);
  });

  it('forces the vertical layout at any width with layout="vertical", and lanes with "horizontal"', async () => {
    const { el } = await at(1000, smallDataset, 'vertical');
    expect(root(el).querySelector('.vertical')).not.to.equal(null);
    const phone = await at(375, smallDataset, 'horizontal');
    expect(root(phone.el).querySelector('.plot')).not.to.equal(null);
  });

  it('stays bounded with many events: rows group by period, and a group zooms in', async () => {
    const { el } = await at(375, syntheticDataset(3000, 5));
    const all = rows(el);
    expect(all.length).to.be.at.most(150);
    const group = all.find((row) => row.dataset.count)!;
    expect(Number(group.dataset.count)).to.be.above(1);
    const before = el.visibleRange!.end.getTime() - el.visibleRange!.start.getTime();
    group.click();
    await el.updateComplete;
    expect(el.visibleRange!.end.getTime() - el.visibleRange!.start.getTime()).to.be.below(before);
  });

  it('keeps a written date from the data in its own reading order on a right-to-left page', async () => {
    // "29 or 30 November" on an Arabic page: without isolation the bidi algorithm moved "29" to
    // the far right of the line ("or 30 November 29"). The row and the list must both show it whole.
    const data = { ...smallDataset, events: smallDataset.events.map((event) => (event.id === 'e2' ? { ...event, displayDate: '29 or 30 November' } : event)) };
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 375px"></div>`);
    const el = document.createElement('sitrep-timeline');
    el.data = data;
    wrapper.append(el);
    await waitUntil(() => root(el).querySelector('.vertical .row'), 'drawn', { timeout: 5000 });
    await el.updateComplete;
    /** Left edge, on screen, of the first occurrence of `word` in `node`'s text. */
    const leftOf = (node: Element, word: string) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const at = text.textContent!.indexOf(word);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + word.length);
        return range.getBoundingClientRect().left;
      }
      throw new Error(`no "${word}"`);
    };
    const row = root(el).querySelector('li[data-event-id="e2"] .when')!;
    expect(row.textContent).to.contain('29 or 30 November');
    expect(leftOf(row, '29')).to.be.below(leftOf(row, 'or'));
    expect(leftOf(row, 'or')).to.be.below(leftOf(row, 'November'));
    // The text list beside the lanes, at desktop width.
    wrapper.style.width = '900px';
    await waitUntil(() => root(el).querySelector('details.list'), 'lanes after resize');
    root(el).querySelector<HTMLDetailsElement>('details.list')!.open = true;
    const listed = root(el).querySelector('[part~="list"] li[data-event-id="e2"] time')!;
    expect(leftOf(listed, '29')).to.be.below(leftOf(listed, 'or'));
    expect(leftOf(listed, 'or')).to.be.below(leftOf(listed, 'November'));
  });
});
