import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  checkAnnouncements,
  checkColourOnly,
  checkFocusVisible,
  checkKeyboard,
  checkLiveRegions,
  checkNonTextContrast,
  checkReducedMotion,
  checkReflow,
  checkTargetSize,
  checkZoomNotAnimated,
  checkZoomPan,
  Report,
  type CheckContext,
  type Driver,
  type Encoding,
} from './checks.js';
import { contrast, parseColor, settle } from './dom.js';
import './fixtures.js';

const driver: Driver = { tab: (shift) => sendKeys({ press: shift ? 'Shift+Tab' : 'Tab' }) };

/** A fixture element, rendered, and a fresh report for it. */
async function setUp(template: ReturnType<typeof html>): Promise<CheckContext & { element: Element }> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const element = wrapper.firstElementChild!;
  await settle([element]);
  return { element, hosts: [element], report: new Report() };
}

const texts = (report: Report, check: Parameters<Report['of']>[0]) => report.of(check).map((finding) => finding.text);

/** The mini timeline's selectors, as `sitrep.ts` gives Sitrep's. */
const MINI = {
  items: '[part~="mark"]',
  buttons: '[part~="controls"] button',
  zoomIn: '[part~="controls"] button[aria-label="Zoom in"]',
  overview: '[part~="overview"]',
};

describe('accessibility checks (test/a11y/checks.ts)', () => {
  describe('colours', () => {
    it('computes WCAG contrast from computed colours', () => {
      expect(contrast(parseColor('rgb(0, 0, 0)')!, parseColor('#fff')!)).to.be.closeTo(21, 0.01);
      expect(contrast(parseColor('rgb(11, 87, 208)')!, parseColor('rgb(255, 255, 255)')!)).to.be.closeTo(6.39, 0.01);
      expect(parseColor('rgba(10, 20, 30, 0.5)')).to.deep.equal([10, 20, 30, 0.5]);
      expect(parseColor('none')).to.equal(undefined);
    });
  });

  describe('1. keyboard', () => {
    it('reports a keyboard trap, and passes when Tab leaves the element', async () => {
      const broken = await setUp(html`<a11y-trap></a11y-trap>`);
      await checkKeyboard(broken, driver);
      expect(texts(broken.report, 'keyboard').join()).to.match(/keyboard trap/);

      const fixed = await setUp(html`<a11y-trap fixed></a11y-trap>`);
      await checkKeyboard(fixed, driver);
      expect(fixed.report.of('keyboard')).to.deep.equal([]);
    });

    it('reports events that the arrow keys never reach, and passes when each is reached', async () => {
      const broken = await setUp(html`<a11y-mini-timeline skip></a11y-mini-timeline>`);
      await checkKeyboard(broken, driver, { items: MINI.items, showAll: '0' });
      const finding = broken.report.of('keyboard').find((item) => /not reached/.test(item.text));
      expect(finding, texts(broken.report, 'keyboard').join()).to.not.equal(undefined);
      expect(finding!.measured).to.be.lessThan(Number(finding!.required));

      const fixed = await setUp(html`<a11y-mini-timeline></a11y-mini-timeline>`);
      await checkKeyboard(fixed, driver, { items: MINI.items, showAll: '0' });
      expect(fixed.report.of('keyboard')).to.deep.equal([]);
    });

    it('reports focus lost to the page when a pan leaves no event in view', async () => {
      const broken = await setUp(html`<a11y-mini-timeline loses-focus></a11y-mini-timeline>`);
      await checkZoomPan(broken, { buttons: MINI.buttons, keyTarget: MINI.items, overview: MINI.overview });
      expect(texts(broken.report, 'keyboard').join()).to.match(/focus is lost/);

      const fixed = await setUp(html`<a11y-mini-timeline></a11y-mini-timeline>`);
      await checkZoomPan(fixed, { buttons: MINI.buttons, keyTarget: MINI.items, overview: MINI.overview });
      expect(fixed.report.findings).to.deep.equal([]);
    });
  });

  describe('2. focus-visible', () => {
    it('reports a focus ring under 3:1, and no ring at all; passes a 6.4:1 ring', async () => {
      const faint = await setUp(html`<a11y-focus></a11y-focus>`);
      await checkFocusVisible(faint, driver);
      const [finding] = faint.report.of('focus-visible');
      expect(finding?.text).to.match(/too faint/);
      expect(finding!.measured).to.be.lessThan(3);

      const none = await setUp(html`<a11y-focus none></a11y-focus>`);
      await checkFocusVisible(none, driver);
      expect(texts(none.report, 'focus-visible')).to.deep.equal(['no visible focus indicator']);

      const fixed = await setUp(html`<a11y-focus fixed></a11y-focus>`);
      await checkFocusVisible(fixed, driver);
      expect(fixed.report.of('focus-visible')).to.deep.equal([]);
      expect(fixed.report.measures.find((measure) => measure.kind === 'contrast')!.value).to.be.greaterThan(6);
    });
  });

  describe('3. target-size', () => {
    it('reports 16 px targets 2 px apart; passes 24 px targets, spaced 16 px targets and a link inside a sentence', async () => {
      const broken = await setUp(html`<a11y-targets></a11y-targets>`);
      checkTargetSize(broken);
      const findings = broken.report.of('target-size');
      expect(findings.length).to.equal(3);
      expect(findings.every((finding) => finding.part.startsWith('button'))).to.equal(true);
      expect(findings[0]!.measured).to.equal('16×16');

      for (const attribute of ['fixed', 'spaced']) {
        const fixed = await setUp(attribute === 'fixed' ? html`<a11y-targets fixed></a11y-targets>` : html`<a11y-targets spaced></a11y-targets>`);
        checkTargetSize(fixed);
        expect(fixed.report.of('target-size'), attribute).to.deep.equal([]);
        // The link is shorter than 24 px but sits in a line of text: measured, marked inline, not reported.
        expect(fixed.report.measures.find((measure) => measure.part.startsWith('a'))!.what).to.match(/inline/);
      }
    });
  });

  describe('4. non-text-contrast', () => {
    it('reports a 1.6:1 mark; passes a 5.7:1 one; leaves out lines marked decorative', async () => {
      const broken = await setUp(html`<a11y-graphic></a11y-graphic>`);
      checkNonTextContrast(broken, { decorative: ['.grid'] });
      expect(broken.report.of('non-text-contrast').map((finding) => finding.part)).to.deep.equal(['circle.mark']);
      expect(broken.report.of('non-text-contrast')[0]!.measured).to.be.closeTo(1.6, 0.1);

      const fixed = await setUp(html`<a11y-graphic fixed></a11y-graphic>`);
      checkNonTextContrast(fixed, { decorative: ['.grid'] });
      expect(fixed.report.of('non-text-contrast')).to.deep.equal([]);

      // Not marked decorative, the pale grid line is reported too.
      const strict = new Report();
      checkNonTextContrast({ hosts: fixed.hosts, report: strict });
      expect(strict.of('non-text-contrast').map((finding) => finding.part)).to.deep.equal(['line.grid']);
    });

    it('in forced colours, reports a swatch painted as a background (painted over, 1:1); passes one that keeps its colour', async () => {
      const broken = await setUp(html`<a11y-swatch></a11y-swatch>`);
      const fixed = await setUp(html`<a11y-swatch fixed></a11y-swatch>`);
      checkNonTextContrast(broken);
      expect(broken.report.of('non-text-contrast'), 'without forced colours').to.deep.equal([]);
      try {
        await emulateMedia({ forcedColors: 'active' });
        checkNonTextContrast(broken);
        expect(broken.report.of('non-text-contrast').map((finding) => [finding.part, finding.measured])).to.deep.equal([['span.swatch', 1]]);
        checkNonTextContrast(fixed);
        expect(fixed.report.of('non-text-contrast')).to.deep.equal([]);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  });

  describe('5. colour-only', () => {
    const encoding: Encoding = {
      host: 'a11y-categories',
      meaning: 'status',
      items: '.dot',
      category: (item) => [...item.classList].find((name) => name.startsWith('cat-')),
      cue: (item) => item.parentElement?.querySelector('.name')?.textContent ?? '',
    };

    it('reports two categories that differ only in colour; passes when they differ in shape or are named', async () => {
      const broken = await setUp(html`<a11y-categories></a11y-categories>`);
      checkColourOnly(broken, [encoding]);
      expect(texts(broken.report, 'colour-only')).to.deep.equal(['status "cat-a" (#c0392b) and "cat-b" (#1b7f3b) differ only in colour']);

      const shaped = await setUp(html`<a11y-categories fixed></a11y-categories>`);
      checkColourOnly(shaped, [encoding]);
      expect(shaped.report.of('colour-only')).to.deep.equal([]);

      const named = await setUp(html`<a11y-categories labelled></a11y-categories>`);
      checkColourOnly(named, [encoding]);
      expect(named.report.of('colour-only')).to.deep.equal([]);
    });
  });

  describe('6. reduced-motion', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('reports a transition that ignores prefers-reduced-motion; passes one kept for readers who did not ask for less', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const broken = await setUp(html`<a11y-motion></a11y-motion>`);
      checkReducedMotion(broken);
      expect(texts(broken.report, 'reduced-motion')).to.deep.equal(['transition opacity 0.25s under prefers-reduced-motion: reduce']);

      const fixed = await setUp(html`<a11y-motion fixed></a11y-motion>`);
      checkReducedMotion(fixed);
      expect(fixed.report.of('reduced-motion')).to.deep.equal([]);
    });

    it('reports a zoom step tweened over frames; passes an instant one', async () => {
      const broken = await setUp(html`<a11y-mini-timeline animated></a11y-mini-timeline>`);
      await checkZoomNotAnimated(broken, MINI.zoomIn);
      expect(texts(broken.report, 'reduced-motion').join()).to.match(/keeps moving/);

      const fixed = await setUp(html`<a11y-mini-timeline></a11y-mini-timeline>`);
      await checkZoomNotAnimated(fixed, MINI.zoomIn);
      expect(fixed.report.of('reduced-motion')).to.deep.equal([]);
    });
  });

  describe('7. live-region', () => {
    it('reports an element with no live region and a message outside one; passes an alert', async () => {
      const broken = await setUp(html`<a11y-status></a11y-status>`);
      checkLiveRegions(broken, { messages: '.error' });
      expect(texts(broken.report, 'live-region')).to.deep.equal([
        'no live region (role=status, role=alert or aria-live)',
        'a state message outside any live region (not announced)',
      ]);

      const fixed = await setUp(html`<a11y-status fixed></a11y-status>`);
      checkLiveRegions(fixed, { messages: '.error' });
      expect(fixed.report.of('live-region')).to.deep.equal([]);
    });

    it('reports selection, clearing and zoom that are not announced; passes when each is', async () => {
      const options = { selectable: MINI.items, selectedTitle: '[part~="detail"] h3', zoomIn: MINI.zoomIn, range: '.range' };
      const broken = await setUp(html`<a11y-mini-timeline silent></a11y-mini-timeline>`);
      await checkAnnouncements(broken, options);
      expect(texts(broken.report, 'live-region').map((text) => text.replace(/ \(.*/, ''))).to.deep.equal([
        'selection not announced',
        'clearing the selection is not announced',
        'zoom not announced with the range shown',
      ]);

      const fixed = await setUp(html`<a11y-mini-timeline></a11y-mini-timeline>`);
      await checkAnnouncements(fixed, options);
      expect(fixed.report.of('live-region')).to.deep.equal([]);
    });
  });

  describe('8. zoom-pan', () => {
    const options = { buttons: MINI.buttons, keyTarget: MINI.items, overview: MINI.overview };

    it('reports zooming that needs a gesture and panning that needs a drag; passes buttons and a clickable overview', async () => {
      const noButtons = await setUp(html`<a11y-mini-timeline no-buttons></a11y-mini-timeline>`);
      await checkZoomPan(noButtons, options);
      expect(texts(noButtons.report, 'zoom-pan')).to.deep.equal(['no visible zoom buttons: zooming needs a gesture']);

      const dragOnly = await setUp(html`<a11y-mini-timeline drag-only></a11y-mini-timeline>`);
      await checkZoomPan(dragOnly, options);
      expect(texts(dragOnly.report, 'zoom-pan')).to.deep.equal(['no single click moves the view: panning needs dragging']);

      const fixed = await setUp(html`<a11y-mini-timeline></a11y-mini-timeline>`);
      await checkZoomPan(fixed, options);
      expect(fixed.report.findings).to.deep.equal([]);
    });
  });

  describe('9. reflow', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('reports, at 320 px, text cut off, sideways scrolling and overlapping text; passes when all reflow', async () => {
      await setViewport({ width: 320, height: 640 });
      const broken = await setUp(html`<a11y-reflow></a11y-reflow>`);
      checkReflow(broken);
      expect(texts(broken.report, 'reflow').map((text) => text.replace(/ ".*/, '')).sort()).to.deep.equal(['scrolls sideways', 'text cut off (width)', 'text overlaps']);

      const fixed = await setUp(html`<a11y-reflow fixed></a11y-reflow>`);
      checkReflow(fixed);
      expect(fixed.report.of('reflow')).to.deep.equal([]);
    });
  });
});
