/**
 * Server-rendered HTML (`sitrep render`, served by the test runner from the current sources) in
 * the page: the story shows before the script defines the elements, and when it does, each
 * element takes over without a flash: at no moment (no mutation batch, no animation frame) does
 * its shadow root show a loading state, nothing, English before the page's language, or the
 * content twice. Afterwards the element works as usual.
 *
 * The HTML is inserted with `setHTMLUnsafe`, which attaches declarative shadow roots as the
 * parser does: this is trusted fixture content, not data.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SitrepTimeline } from '../../src/components/timeline/timeline.js';
import type { SitrepSelectEvent } from '../../src/events/events.js';

/** The HTML `sitrep render` writes for these options. */
async function serverHtml(options: Record<string, string>): Promise<string> {
  const response = await fetch(`/__sitrep-ssr?${new URLSearchParams(options)}`);
  expect(response.ok, `server rendering answered ${response.status}`).to.equal(true);
  return response.text();
}

/** What a shadow root shows at one moment. */
interface Moment {
  readonly bases: number;
  readonly loading: boolean;
  readonly marks: number;
  readonly summary: string;
  readonly lang: string;
  readonly text: string;
}

function moment(root: ShadowRoot): Moment {
  const base = root.querySelector('[part~="base"]');
  return {
    bases: root.querySelectorAll('[part~="base"]').length,
    // The loading states: the timeline's status line, a card's or a chip's busy placeholder.
    loading: !!root.querySelector('.loading, [aria-busy="true"]'),
    marks: root.querySelectorAll('[part~="mark"], [part~="cluster"]').length,
    // White space normalised: ICU versions differ in the spaces around a date range's dash.
    summary: root.getElementById('summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    lang: base?.getAttribute('lang') ?? '',
    text: base?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  };
}

/**
 * Records what `roots` show at every mutation batch (delivered before the browser can paint) and
 * every animation frame, until `stop()`.
 */
function watch(roots: () => ShadowRoot[]) {
  const moments: Moment[][] = [];
  const batches: MutationRecord[][] = [];
  const observers = roots().map((root) => {
    const observer = new MutationObserver((records) => {
      batches.push(records);
      moments.push(roots().map(moment));
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    return observer;
  });
  let frames = 0;
  let sampling = true;
  const sample = () => {
    if (!sampling) return;
    frames++;
    moments.push(roots().map(moment));
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  return {
    moments,
    batches,
    frames: () => frames,
    stop() {
      sampling = false;
      observers.forEach((observer) => observer.disconnect());
    },
  };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
const marksOf = (root: ShadowRoot) =>
  [...root.querySelectorAll<SVGElement>('[part~="mark"]')].map((mark) => {
    const shape = mark.matches('rect, circle, path') ? mark : mark.querySelector('rect, circle, path');
    return `${mark.dataset.eventId} ${shape?.getAttribute('x') ?? ''} ${shape?.getAttribute('y') ?? ''} ${shape?.getAttribute('width') ?? ''}`;
  });

describe('server-rendered HTML, taken over by the elements', () => {
  let page: HTMLElement;

  beforeEach(() => {
    page = document.createElement('div');
    // The width the server laid the timeline out at, so that the page draws the same.
    page.style.width = '720px';
    document.body.append(page);
  });

  afterEach(() => page.remove());

  it('reads before the script loads, then takes over in one turn: no loading state, nothing empty, no duplicate', async () => {
    const markup = await serverHtml({ file: 'data/syria-2024.json', element: 'timeline', width: '720' });
    page.setHTMLUnsafe(markup);
    const el = page.querySelector('sitrep-timeline') as SitrepTimeline;
    const root = el.shadowRoot!;

    // Before the elements are defined: the declarative shadow root is attached and shows the story.
    expect(customElements.get('sitrep-timeline'), 'not defined yet').to.equal(undefined);
    expect(root, 'declarative shadow root').to.not.equal(null);
    const server = moment(root);
    expect(server.bases).to.equal(1);
    expect(server.loading).to.equal(false);
    expect(server.marks).to.be.greaterThan(10);
    expect(server.summary).to.match(/^60 events from /);
    expect(root.querySelector('[part~="base"]')!.getBoundingClientRect().height, 'drawn').to.be.greaterThan(200);
    const serverMarks = marksOf(root);
    // The light-DOM copy (for feeds): every event with its date, hidden while the shadow root shows.
    const items = [...el.querySelectorAll(':scope > ol > li')];
    expect(items.length).to.equal(60);
    expect(items.every((item) => /^\d{4}-\d{2}-\d{2}/.test(item.querySelector('time')?.getAttribute('datetime') ?? ''))).to.equal(true);
    expect(el.querySelector(':scope > ol')!.getClientRects().length, 'light DOM hidden by the shadow root').to.equal(0);
    expect(el.getAttribute('src')).to.match(/^#sitrep-data-[0-9a-f]{16}$/);
    expect(document.getElementById(el.getAttribute('src')!.slice(1))?.localName).to.equal('script');

    const watching = watch(() => [root]);
    const loaded = new Promise((resolve) => el.addEventListener('sitrep-load', resolve, { once: true }));
    await import('../../src/index.js');
    await loaded;
    await el.updateComplete;
    await frame();
    await frame();
    watching.stop();

    // Something changed (the element drew anew), and every moment showed the story exactly once.
    expect(watching.batches.length, 'the element rendered').to.be.greaterThan(0);
    for (const [shown] of watching.moments) {
      expect(shown!.bases, 'one base part at every moment (no duplicate, never empty)').to.equal(1);
      expect(shown!.loading, 'never a loading state').to.equal(false);
      expect(shown!.marks, 'marks at every moment').to.be.greaterThan(10);
      expect(shown!.summary).to.equal(server.summary);
    }
    // The server's nodes left in the same batch as the new ones came.
    const removing = watching.batches.filter((batch) => batch.some((record) => record.removedNodes.length > 0));
    expect(removing.length, 'one batch removes the server nodes').to.be.greaterThan(0);
    for (const batch of removing) expect(batch.some((record) => record.addedNodes.length > 0), 'and adds the new ones').to.equal(true);

    // The same drawing: the same marks at the same places, and nothing of the server left.
    expect(marksOf(root)).to.deep.equal(serverMarks);
    expect(root.querySelector('style'), 'the server styles went with its nodes').to.equal(null);
    expect(root.querySelectorAll('[part~="base"]').length).to.equal(1);

    // And it works: the keyboard walks the events and selects.
    const active = root.querySelector<SVGElement>('[part~="mark"][tabindex="0"], [part~="cluster"][tabindex="0"]')!;
    active.focus();
    const selected = new Promise<SitrepSelectEvent>((resolve) => el.addEventListener('sitrep-select', (event) => resolve(event as SitrepSelectEvent), { once: true }));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const focused = root.activeElement?.getAttribute('data-key');
    expect(focused, 'the focus moved to the next event').to.be.a('string').and.not.equal(active.getAttribute('data-key'));
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    await el.updateComplete;
    expect(el.selected).to.equal(detail.event?.id);
    expect(el.selected).to.be.a('string');
    // Later renders update the one drawing in place.
    el.zoomTo('2024-12-06', '2024-12-09');
    await el.updateComplete;
    expect(root.querySelectorAll('[part~="base"]').length).to.equal(1);
    expect(root.querySelector('[part~="detail"]'), 'the selected event shown').to.not.equal(null);
  });

  it('in Arabic, keeps the server nodes until the Arabic strings are there: never English, never twice', async () => {
    const markup = [
      await serverHtml({ file: 'data/syria-2024.json', element: 'timeline', width: '720', lang: 'ar' }),
      await serverHtml({ file: 'data/syria-2024.json', element: 'actor-card', actor: 'hts', lang: 'ar' }),
      await serverHtml({ file: 'data/syria-2024.json', element: 'route-chip', route: 'evac-air-tehran', lang: 'ar' }),
    ].join('\n');
    // Defined already (previous test): the elements upgrade as the HTML is inserted, and first
    // update in a microtask, after the watch below has started.
    page.setHTMLUnsafe(markup);
    const elements = [...page.querySelectorAll<SitrepTimeline>('sitrep-timeline, sitrep-actor-card, sitrep-route-chip')];
    expect(elements.map((el) => el.localName)).to.deep.equal(['sitrep-timeline', 'sitrep-actor-card', 'sitrep-route-chip']);
    for (const el of elements) expect(el.getAttribute('dir')).to.equal('rtl');
    const server = elements.map((el) => moment(el.shadowRoot!));
    expect(server.map((shown) => shown.lang)).to.deep.equal(['ar', 'ar', 'ar']);
    const roots = () => elements.map((el) => el.shadowRoot!);
    const rewatch = watch(roots);
    const timeline = elements[0]!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (let i = 0; i < 20 && roots().some((root) => root.querySelector('style')); i++) await frame();
    await Promise.all(elements.map((el) => el.updateComplete));
    await frame();
    rewatch.stop();

    expect(roots().every((root) => !root.querySelector('style')), 'every element took over').to.equal(true);
    for (const shown of rewatch.moments) {
      shown.forEach((one, index) => {
        expect(one.bases, `element ${index}: one base part`).to.equal(1);
        expect(one.loading, `element ${index}: no loading state`).to.equal(false);
        expect(one.lang, `element ${index}: in Arabic`).to.equal('ar');
      });
      expect(shown[0]!.summary, 'the summary in Arabic at every moment').to.not.match(/events|lanes|Loading/);
    }
    expect(moment(timeline.shadowRoot!).summary).to.equal(server[0]!.summary);
    expect(moment(elements[2]!.shadowRoot!).text).to.equal(server[2]!.text);
  });

  it('with a src URL, keeps the server nodes through the whole fetch', async () => {
    page.setHTMLUnsafe(await serverHtml({ file: 'data/syria-2024.json', element: 'timeline', width: '720', src: '/data/syria-2024.json?slow' }));
    const el = page.querySelector('sitrep-timeline') as SitrepTimeline;
    expect(el.getAttribute('src')).to.equal('/data/syria-2024.json?slow');
    expect(page.querySelector('script'), 'no inline data').to.equal(null);
    const root = el.shadowRoot!;
    const server = moment(root);
    const serverMarks = marksOf(root);
    const watching = watch(() => [root]);
    const loaded = new Promise((resolve) => el.addEventListener('sitrep-load', resolve, { once: true }));
    await loaded;
    await el.updateComplete;
    await frame();
    watching.stop();
    for (const [shown] of watching.moments) {
      expect(shown!.bases).to.equal(1);
      expect(shown!.loading).to.equal(false);
      expect(shown!.summary).to.equal(server.summary);
    }
    expect(marksOf(root)).to.deep.equal(serverMarks);
    el.groupBy = 'type';
    await el.updateComplete;
    expect(moment(root).bases, 'later renders update the one drawing').to.equal(1);
  });
});
