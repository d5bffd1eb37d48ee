/**
 * Newsroom pages are hostile hosts: global resets, odd root font sizes, rules for every `svg`,
 * components inside other components, and scripts that move nodes around. The elements must
 * look right and keep working in all of them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SitrepActorCard, SitrepRouteChip, SitrepTimeline } from '../../src/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const root = (el: Element) => el.shadowRoot!;
const drawn = (el: SitrepTimeline) => waitUntil(() => root(el).querySelector('[part~="mark"]'), 'marks drawn', { timeout: 3000 });
const fontSize = (node: Element) => parseFloat(getComputedStyle(node).fontSize);

describe('on a hostile host page', () => {
  let hostile: HTMLStyleElement | undefined;
  afterEach(() => hostile?.remove());

  for (const [name, rules] of [
    ['a global reset (* { all: unset })', '* { all: unset }'],
    ['a huge root font size', 'html { font-size: 40px }'],
    ['a tiny root font size (62.5%)', 'html { font-size: 62.5% }'],
    ['svg hidden everywhere', 'svg { display: none !important } rect, circle, text { fill: none !important }'],
    ['inherited text styles', 'body { text-transform: uppercase; letter-spacing: 0.4em; white-space: nowrap; line-height: 0.5; font-style: italic; visibility: visible }'],
  ] as const) {
    it(`${name}: the timeline draws at its own sizes, the card reads, the chip sits in its sentence`, async () => {
      hostile = Object.assign(document.createElement('style'), { textContent: rules });
      document.head.append(hostile);
      const page = await fixture<HTMLDivElement>(html`<div style="display: block; width: 900px">
        <sitrep-timeline .data=${smallDataset}></sitrep-timeline>
        <sitrep-actor-card .data=${smallDataset} actor="rebels"></sitrep-actor-card>
        <p style="display: block; font-size: 20px">Flown out <sitrep-route-chip .data=${smallDataset} route="ally-out"></sitrep-route-chip> on the 6th.</p>
      </div>`);
      const timeline = page.querySelector<SitrepTimeline>('sitrep-timeline')!;
      const card = page.querySelector<SitrepActorCard>('sitrep-actor-card')!;
      const chip = page.querySelector<SitrepRouteChip>('sitrep-route-chip')!;
      await drawn(timeline);
      await waitUntil(() => root(card).querySelector('[part~="name"]') && root(chip).querySelector('[part~="icon"]'), 'card and chip drawn');

      // The timeline is as wide as its column, its marks have their size, its text the reader's size.
      const plot = root(timeline).querySelector('svg[role="group"]')!.getBoundingClientRect();
      expect(Math.round(plot.width)).to.be.within(880, 900);
      const mark = root(timeline).querySelector('[part~="mark"]')!.getBoundingClientRect();
      expect(mark.height).to.equal(14);
      expect(root(timeline).querySelectorAll('[part~="mark"]').length).to.equal(6);
      const title = root(timeline).querySelector('.title')!;
      expect(fontSize(title)).to.be.within(15, 18);
      expect(getComputedStyle(title).textTransform).to.equal('none');
      expect(getComputedStyle(title).letterSpacing).to.equal('normal');
      expect(getComputedStyle(root(timeline).querySelector('[part~="axis"] text')!).fill).not.to.equal('none');
      // The card's name is readable and its chart shown.
      const name = root(card).querySelector('[part~="name"]')!;
      expect(name.textContent).to.equal('Rebel coalition');
      expect(name.getBoundingClientRect().height).to.be.within(14, 40);
      expect(root(card).querySelector('[part~="chart"]')!.getBoundingClientRect().height).to.be.greaterThan(10);
      // The chip's icon is about one line of its sentence high.
      const icon = root(chip).querySelector('[part~="icon"]')!.getBoundingClientRect();
      expect(icon.height).to.be.within(8, 30);
    });
  }

  it('works inside another component\'s shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const timeline = document.createElement('sitrep-timeline') as SitrepTimeline;
    timeline.data = smallDataset;
    const card = document.createElement('sitrep-actor-card') as SitrepActorCard;
    card.data = smallDataset;
    card.setAttribute('actor', 'army');
    card.setAttribute('compact', '');
    card.setAttribute('for', 'inner-timeline');
    timeline.id = 'inner-timeline';
    shadow.append(card, timeline);
    await drawn(timeline);
    // The card finds its timeline within the same shadow root.
    await waitUntil(() => root(card).querySelector('button'), 'linked card');
    root(card).querySelector('button')!.click();
    await waitUntil(() => timeline.getAttribute('actors') === 'army', 'filtered by the card');
    (root(timeline).querySelector('[part~="mark"]') as SVGElement).dispatchEvent(new PointerEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => timeline.selected, 'selected by a click');
  });

  it('stays interactive after being moved around the page 100 times', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div id="a" style="width: 900px"></div><div id="b" style="width: 700px"></div></div>`);
    const timeline = document.createElement('sitrep-timeline') as SitrepTimeline;
    timeline.data = smallDataset;
    page.querySelector('#a')!.append(timeline);
    await drawn(timeline);
    for (let move = 0; move < 100; move++) page.querySelector(move % 2 ? '#b' : '#a')!.append(timeline);
    await timeline.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await waitUntil(() => root(timeline).querySelectorAll('[part~="mark"]').length === 6, 'still drawn');
    // Now in #b (700 px wide): the drawing follows its new width.
    await waitUntil(() => Math.round(root(timeline).querySelector('svg[role="group"]')!.getBoundingClientRect().width) === 700, 'resized to its new place');
    // Keyboard: into the drawing, to the second event, select it.
    (root(timeline).querySelector('.plot [tabindex="0"]') as SVGElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => timeline.selected === 'e2', 'selected with the keyboard');
    // The zoom buttons still work.
    const before = timeline.visibleRange!;
    root(timeline).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
    await waitUntil(() => timeline.visibleRange!.end.getTime() - timeline.visibleRange!.start.getTime() < before.end.getTime() - before.start.getTime(), 'zoomed in');
  });
});
