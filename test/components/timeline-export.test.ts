import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { SitrepTimeline } from '../../src/index.js';
import { smallDataset } from '../fixtures/small-dataset.js';

async function drawn(data: unknown, width = 900, scheme = 'light'): Promise<SitrepTimeline> {
  const page = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px; --sitrep-color-scheme: ${scheme}`}><sitrep-timeline .data=${data}></sitrep-timeline></div>`);
  const el = page.querySelector<SitrepTimeline>('sitrep-timeline')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="mark"]'), 'drawn');
  await el.updateComplete;
  return el;
}
const parse = (file: string) => new DOMParser().parseFromString(file, 'image/svg+xml');

describe('<sitrep-timeline> export of the current view', () => {
  it('toSVG() gives a standalone SVG file: title, visible range, every mark in its colour, a source line', async () => {
    const el = await drawn(smallDataset);
    const doc = parse(await el.toSVG());
    expect(doc.querySelector('parsererror')).to.equal(null);
    const svg = doc.documentElement;
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    const texts = [...svg.querySelectorAll(':scope > text')].map((node) => node.textContent);
    expect(texts[0]).to.equal('Small fixture');
    expect(texts[1]).to.match(/2024/);
    expect(texts[2]).to.equal('Sources: Agency, Paper, Ministry');
    // The marks keep their colours without the element's stylesheet, and lose their interactivity.
    const marks = [...svg.querySelectorAll('rect[fill], circle[fill]')].filter((node) => node.querySelector('title'));
    expect(marks.length).to.equal(6);
    for (const mark of marks) expect(mark.getAttribute('fill')).to.match(/^rgb/);
    expect(svg.querySelector('[tabindex], [role="button"], script')).to.equal(null);
    expect(Number(svg.getAttribute('width'))).to.be.within(900, 940);
  });

  it('keeps data as text in the file: a hostile title is escaped, not markup', async () => {
    const data = { ...smallDataset, title: '<script>alert(1)</script><img src=x onerror=alert(2)>' };
    const el = await drawn(data);
    const file = await el.toSVG();
    const doc = parse(file);
    expect(doc.querySelector('script, img, [onerror]')).to.equal(null);
    expect(doc.documentElement.querySelector(':scope > text')!.textContent).to.equal(data.title);
    expect(file).not.to.contain('<script>');
  });

  it('follows the theme: the dark view exports on its dark background', async () => {
    const el = await drawn(smallDataset, 900, 'dark');
    const backdrop = parse(await el.toSVG()).documentElement.querySelector(':scope > rect')!;
    expect(backdrop.getAttribute('fill')).to.equal('rgb(22, 24, 29)');
  });

  it('toPNG() draws the same view into a PNG at twice its size', async () => {
    const el = await drawn(smallDataset);
    const blob = await el.toPNG();
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const width = Number(parse(await el.toSVG()).documentElement.getAttribute('width'));
    expect(bitmap.width).to.equal(width * 2);
    // Not a blank image: some pixels are the marks' colours.
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 97) colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    expect(colours.size).to.be.greaterThan(3);
  });

  it('has visible buttons that save the view as PNG and SVG files named after the dataset', async () => {
    const el = await drawn(smallDataset);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="save"]')];
    expect(buttons.map((button) => [button.textContent!.trim(), button.getAttribute('aria-label')])).to.deep.equal([
      ['PNG', 'Save the view as a PNG image'],
      ['SVG', 'Save the view as an SVG image'],
    ]);
    const saved: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href.slice(0, 5)}`);
    };
    try {
      buttons[1]!.click();
      buttons[0]!.click();
      await waitUntil(() => saved.length === 2, 'both saved');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved.sort()).to.deep.equal(['small-fixture.png blob:', 'small-fixture.svg blob:']);
  });

  it('wraps a long title to fit the image, right-aligned in right-to-left pages', async () => {
    const data = { ...smallDataset, title: 'A very long title for a timeline of events that will not fit on one line of a narrow image at all, not even close' };
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 640px"><sitrep-timeline layout="horizontal" .data=${data}></sitrep-timeline></div>`);
    const el = page.querySelector<SitrepTimeline>('sitrep-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="mark"]'), 'drawn');
    const svg = parse(await el.toSVG()).documentElement;
    const title = svg.querySelector(':scope > text')!;
    expect(title.querySelectorAll('tspan').length).to.equal(2);
    expect(svg.getAttribute('direction')).to.equal('rtl');
    expect(Number(title.getAttribute('x'))).to.be.greaterThan(600);
  });

  it('says there is nothing to export in the vertical layout', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 360px"><sitrep-timeline .data=${smallDataset}></sitrep-timeline></div>`);
    const el = page.querySelector<SitrepTimeline>('sitrep-timeline')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.vertical .row'), 'vertical');
    let message = '';
    await el.toSVG().catch((error: Error) => (message = error.message));
    expect(message).to.match(/no drawing to export/);
    expect(el.shadowRoot!.querySelector('[part~="save"]')).to.equal(null);
  });
});
