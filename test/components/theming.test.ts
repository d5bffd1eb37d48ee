import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SitrepActorCard, SitrepRouteChip, SitrepTimeline } from '../../src/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const drawn = (el: Element, selector: string) => waitUntil(() => el.shadowRoot?.querySelector(selector), `${el.localName} drawn`);

describe('theming with --sitrep-* custom properties', () => {
  it('takes tokens set on an ancestor (a page sets its brand once), and on the element itself', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="--sitrep-color-text: rgb(10, 20, 30); --sitrep-font: Georgia, serif; --sitrep-side-opposition: rgb(200, 0, 100); width: 900px">
      <sitrep-timeline .data=${smallDataset}></sitrep-timeline>
      <sitrep-actor-card .data=${smallDataset} actor="rebels"></sitrep-actor-card>
      <sitrep-route-chip .data=${smallDataset} route="ally-out" style="--sitrep-color-text: rgb(1, 2, 3)"></sitrep-route-chip>
    </div>`);
    const timeline = page.querySelector<SitrepTimeline>('sitrep-timeline')!;
    const card = page.querySelector<SitrepActorCard>('sitrep-actor-card')!;
    const chip = page.querySelector<SitrepRouteChip>('sitrep-route-chip')!;
    await Promise.all([drawn(timeline, '[part~="mark"]'), drawn(card, '[part~="name"]'), drawn(chip, '.place')]);
    const header = timeline.shadowRoot!.querySelector('[part~="header"]')!;
    expect(getComputedStyle(header).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(header).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="name"]')!).color).to.equal('rgb(10, 20, 30)');
    const rebelMark = timeline.shadowRoot!.querySelector('[part~="mark"][data-event-id="e1"]')!;
    expect(getComputedStyle(rebelMark).fill).to.equal('rgb(200, 0, 100)');
    // Set on the element, a token wins over the ancestor's.
    expect(getComputedStyle(chip.shadowRoot!.querySelector('.place')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('in forced colours, follows the system\'s light or dark palette, not the scheme the page chose', async () => {
    // The page chooses dark; HTS (opposition) is #1b7f3b in the light scheme and #4cc66f in the dark one.
    const page = await fixture<HTMLDivElement>(html`<div style="--sitrep-color-scheme: dark; width: 900px">
      <sitrep-timeline .data=${smallDataset}></sitrep-timeline>
      <sitrep-actor-card .data=${smallDataset} actor="rebels"></sitrep-actor-card>
    </div>`);
    const timeline = page.querySelector<SitrepTimeline>('sitrep-timeline')!;
    const card = page.querySelector<SitrepActorCard>('sitrep-actor-card')!;
    await Promise.all([drawn(timeline, '[part~="mark"]'), drawn(card, '[part~="swatch"]')]);
    const colours = () => ({
      mark: getComputedStyle(timeline.shadowRoot!.querySelector('[part~="mark"][data-event-id="e1"]')!).fill,
      swatch: getComputedStyle(card.shadowRoot!.querySelector('[part~="swatch"]')!).backgroundColor,
    });
    expect(colours()).to.deep.equal({ mark: 'rgb(76, 198, 111)', swatch: 'rgb(76, 198, 111)' });
    try {
      await emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
      expect(colours(), 'a light system palette').to.deep.equal({ mark: 'rgb(27, 127, 59)', swatch: 'rgb(27, 127, 59)' });
      await emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
      expect(colours(), 'a dark system palette').to.deep.equal({ mark: 'rgb(76, 198, 111)', swatch: 'rgb(76, 198, 111)' });
    } finally {
      await emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
    }
  });

  it('sizes rows and marks by --sitrep-lane-height and --sitrep-mark-size', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 900px"><sitrep-timeline .data=${smallDataset}></sitrep-timeline></div>`);
    const timeline = page.querySelector<SitrepTimeline>('sitrep-timeline')!;
    await drawn(timeline, '[part~="mark"]');
    const height = (id: string) => Number(timeline.shadowRoot!.querySelector(`[part~="mark"][data-event-id="${id}"]`)!.getAttribute('height'));
    expect(height('e1')).to.equal(14);
    page.style.setProperty('--sitrep-lane-height', '40px');
    page.style.setProperty('--sitrep-mark-size', '28px');
    // Read when the element is laid out again: here a change of width.
    page.style.width = '901px';
    await waitUntil(() => height('e1') === 28, 'marks resized');
    const lanes = [...timeline.shadowRoot!.querySelectorAll('[part~="lane"]')];
    expect(lanes.length).to.be.greaterThan(0);
  });
});

describe('an actor\'s own colour from the data', () => {
  const data = () => {
    const copy = structuredClone(smallDataset) as { actors: Record<string, unknown>[] };
    copy.actors[0]!.color = '#123456';
    // Not a colour: refused while reading (a warning), so it cannot add CSS of its own.
    copy.actors[1]!.color = 'red; } * { display: none } .x {';
    return copy;
  };

  it('paints that actor\'s marks and card swatch, and leaves the others to their side', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <sitrep-timeline .data=${data()}></sitrep-timeline>
      <sitrep-actor-card .data=${data()} actor="rebels"></sitrep-actor-card>
    </div>`);
    const timeline = page.querySelector<SitrepTimeline>('sitrep-timeline')!;
    const card = page.querySelector<SitrepActorCard>('sitrep-actor-card')!;
    await Promise.all([drawn(timeline, '[part~="mark"]'), drawn(card, '[part~="swatch"]')]);
    await timeline.updateComplete;
    await card.updateComplete;
    const fill = (id: string) => getComputedStyle(timeline.shadowRoot!.querySelector(`[part~="mark"][data-event-id="${id}"]`)!).fill;
    expect(fill('e1'), 'rebels: their own colour').to.equal('rgb(18, 52, 86)');
    expect(fill('e3'), 'army: its side colour').not.to.equal('rgb(18, 52, 86)');
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="swatch"]')!).backgroundColor).to.equal('rgb(18, 52, 86)');
    expect(timeline.issues.some((issue) => issue.path === '$.actors[1].color')).to.equal(true);
    // The refused value changed nothing: every mark is still displayed.
    expect([...timeline.shadowRoot!.querySelectorAll('[part~="mark"]')].every((mark) => getComputedStyle(mark).display !== 'none')).to.equal(true);
  });
});

describe('colour classes and motion on the marks', () => {
  const colourOf = (element: Element) => getComputedStyle(element).color;
  /** The small dataset and forty events on one day in the army's lane: a cluster. */
  const withBurst = () => {
    const data = structuredClone(smallDataset) as { actors: Record<string, unknown>[]; events: Record<string, unknown>[] };
    for (let i = 0; i < 40; i++) data.events.push({ id: `burst-${i}`, date: '2024-12-02', title: `Burst ${i}`, type: 'battle', actors: ['army'], sources: [{ name: 'Agency' }] });
    return data;
  };

  it('paints each mark, cluster and phone row key with the colour of its class, a side without a token in the default', async () => {
    const data = withBurst();
    // A side with no --sitrep-side-* token: drawn in the default event colour, not left transparent.
    data.actors[2]!.side = 'observers';
    const page = await fixture<HTMLDivElement>(html`<div style="width: 900px; --sitrep-side-opposition: rgb(200, 0, 100); --sitrep-side-government: rgb(0, 90, 200); --sitrep-type-strategic: rgb(70, 70, 10)">
      <sitrep-timeline .data=${data}></sitrep-timeline>
    </div>`);
    const timeline = page.querySelector<SitrepTimeline>('sitrep-timeline')!;
    await drawn(timeline, '[part~="cluster"]');
    const root = timeline.shadowRoot!;
    const mark = (id: string) => root.querySelector(`[part~="mark"][data-event-id="${id}"]`)!;
    expect([getComputedStyle(mark('e2')).fill, getComputedStyle(mark('e2')).stroke]).to.deep.equal(['rgb(200, 0, 100)', 'rgb(200, 0, 100)']);
    expect(getComputedStyle(mark('e4')).fill, 'a side with no token').to.equal('rgb(70, 70, 10)');
    const cluster = root.querySelector('[part~="cluster"]')!;
    expect(getComputedStyle(cluster.querySelector('rect')!).stroke).to.equal('rgb(0, 90, 200)');
    // The count is text: it keeps the text colour, not the cluster's.
    expect(getComputedStyle(cluster.querySelector('text')!).fill).to.equal(colourOf(root.querySelector('[part~="header"]')!));

    // The phone layout's key beside each row: the same colours.
    page.style.width = '375px';
    await waitUntil(() => root.querySelector('.vertical .key'), 'phone layout');
    const key = (id: string) => root.querySelector(`.vertical li[data-event-id="${id}"] .key`)!;
    expect(getComputedStyle(key('e2')).borderInlineStartColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(key('e5')).borderInlineStartColor, 'a side with no token').to.equal('rgb(70, 70, 10)');
  });

  it('gives the card\'s swatch its side\'s colour, and a muted one to a side without a token', async () => {
    const data = structuredClone(smallDataset) as { actors: Record<string, unknown>[] };
    data.actors[2]!.side = 'observers';
    const page = await fixture<HTMLDivElement>(html`<div style="--sitrep-side-opposition: rgb(200, 0, 100); --sitrep-color-muted: rgb(90, 90, 90)">
      <sitrep-actor-card .data=${data} actor="rebels"></sitrep-actor-card>
      <sitrep-actor-card .data=${data} actor="ally"></sitrep-actor-card>
    </div>`);
    const [rebels, ally] = [...page.querySelectorAll<SitrepActorCard>('sitrep-actor-card')];
    await Promise.all([drawn(rebels!, '[part~="swatch"]'), drawn(ally!, '[part~="swatch"]')]);
    expect(getComputedStyle(rebels!.shadowRoot!.querySelector('[part~="swatch"]')!).backgroundColor).to.equal('rgb(200, 0, 100)');
    expect(getComputedStyle(ally!.shadowRoot!.querySelector('[part~="swatch"]')!).backgroundColor).to.equal('rgb(90, 90, 90)');
  });

  it('eases the outline of the selected and highlighted marks only (every mark restyles on each frame of a zoom)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 900px"><sitrep-timeline .data=${smallDataset} selected="e1" highlight-route="ally-out"></sitrep-timeline></div>`);
    const timeline = page.querySelector<SitrepTimeline>('sitrep-timeline')!;
    await drawn(timeline, '[part~="mark"].selected');
    const duration = (id: string) => getComputedStyle(timeline.shadowRoot!.querySelector(`[part~="mark"][data-event-id="${id}"]`)!).transitionDuration;
    expect([duration('e1'), duration('e4'), duration('e2'), duration('e3')]).to.deep.equal(['0.12s', '0.12s', '0s', '0s']);
  });

  it('styles marks and clusters with no custom property of their own (one would slow the restyle of every mark, on each frame of a zoom)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 900px"><sitrep-timeline .data=${withBurst()} selected="e1"></sitrep-timeline></div>`);
    const timeline = page.querySelector<SitrepTimeline>('sitrep-timeline')!;
    await drawn(timeline, '[part~="cluster"]');
    const root = timeline.shadowRoot!;
    const styleRules = (rules: CSSRuleList): CSSStyleRule[] =>
      [...rules].flatMap((rule) => (rule instanceof CSSStyleRule ? [rule] : rule instanceof CSSMediaRule && matchMedia(rule.conditionText).matches ? styleRules(rule.cssRules) : []));
    const rules = root.adoptedStyleSheets.flatMap((sheet) => styleRules(sheet.cssRules));
    const shapes = [...root.querySelectorAll('[part~="mark"], [part~="cluster"], [part~="cluster"] > *')];
    expect(shapes.length).to.be.greaterThan(6);
    const declared = shapes.flatMap((shape) => rules.filter((rule) => shape.matches(rule.selectorText)).flatMap((rule) => [...rule.style].filter((name) => name.startsWith('--')).map((name) => `${rule.selectorText} { ${name} }`)));
    expect(declared).to.deep.equal([]);
  });
});
