/**
 * The timeline's current view as a standalone image (SVG, and PNG from it) for social cards and
 * print: the title, the visible range, the drawing, and a source line. The drawing is a copy of
 * the rendered SVG nodes with the computed colours written onto them (a standalone file has no
 * access to the element's stylesheet); text is copied as text nodes and serialised by
 * `XMLSerializer`, never assembled as markup, so data stays text in the file too.
 */
import type { TimeWindow } from '../../layout/zoom.js';
import type { ConflictEvent } from '../../model/types.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The names of the sources cited by the events in `window`, the most cited first. */
export function rankedSources(events: readonly ConflictEvent[], window: TimeWindow): string[] {
  const names = new Map<string, number>();
  for (const event of events) {
    if (event.when.max < window.start || event.when.min > window.end) continue;
    for (const source of event.sources) names.set(source.name, (names.get(source.name) ?? 0) + 1);
  }
  return [...names].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/** Downloads `blob` as `<title>.<kind>`, the title reduced to letters, digits and hyphens ("timeline" when nothing is left). */
export function download(blob: Blob, title: string, kind: 'png' | 'svg'): void {
  const name = title.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'timeline';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${name}.${kind}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}

/** What the image says around the drawing. */
export interface ExportText {
  readonly title: string;
  /** The visible range in words, such as "26 November – 22 December 2024". */
  readonly range: string;
  /** The source line, such as "Sources: Reuters, AP and 3 more". */
  readonly sources: string;
  readonly lang: string;
  readonly rtl: boolean;
}

/** Presentation properties copied from the rendered nodes to the copy. */
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'display'] as const;
/** Attributes that only make sense on the live, interactive drawing. */
const LIVE = ['tabindex', 'role', 'aria-pressed', 'aria-labelledby', 'aria-describedby', 'part', 'class', 'data-key', 'data-count', 'data-event-id'];

/** A copy of `source` with computed paint written as attributes and interactive attributes removed. */
function paintedCopy(source: SVGElement): SVGElement {
  const copy = source.cloneNode(true) as SVGElement;
  const originals = [source, ...source.querySelectorAll<SVGElement>('*')];
  const copies = [copy, ...copy.querySelectorAll<SVGElement>('*')];
  originals.forEach((original, index) => {
    const target = copies[index]!;
    const style = getComputedStyle(original);
    for (const property of PAINT) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
    for (const name of LIVE) target.removeAttribute(name);
    // The accessible name of a mark becomes its tooltip in the file.
    const label = target.getAttribute('aria-label');
    if (label && target.localName !== 'svg') {
      const title = document.createElementNS(SVG, 'title');
      title.textContent = label;
      target.prepend(title);
    }
    target.removeAttribute('aria-label');
  });
  return copy;
}

/** `content` broken into lines that fit `width` in `font` (at most `most` lines, the last cut with an ellipsis). */
function wrap(content: string, width: number, font: string, most: number): string[] {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return [content];
  context.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  if (lines.length <= most) return lines;
  const kept = lines.slice(0, most);
  let last = `${kept[most - 1]} ${lines[most]}`;
  while (last.length > 1 && context.measureText(`${last}…`).width > width) last = last.slice(0, -1);
  kept[most - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** A block of text lines from `y` (the first baseline), `leading` apart. */
function text(lines: readonly string[], x: number, y: number, size: number, leading: number, weight: string, color: string, font: string, anchor: string): SVGTextElement {
  const node = document.createElementNS(SVG, 'text');
  for (const [name, value] of Object.entries({ x, y, 'font-size': size, 'font-weight': weight, fill: color, 'font-family': font, 'text-anchor': anchor })) {
    node.setAttribute(name, String(value));
  }
  lines.forEach((line, index) => {
    const span = document.createElementNS(SVG, 'tspan');
    span.setAttribute('x', String(x));
    if (index) span.setAttribute('dy', String(leading));
    span.textContent = line;
    node.append(span);
  });
  return node;
}

/**
 * The view as a standalone SVG element: a header (title, range), the drawing, the source line.
 * `drawing` is the timeline's rendered `<svg>`; `host` gives the theme's colours and font.
 */
export function exportSvg(drawing: SVGSVGElement, host: Element, words: ExportText): SVGSVGElement {
  const style = getComputedStyle(host);
  const base = host.shadowRoot?.querySelector('[part~="base"]') ?? host;
  const baseStyle = getComputedStyle(base);
  const background = style.backgroundColor && style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? style.backgroundColor : '#ffffff';
  const color = baseStyle.color || '#1d2125';
  const muted = baseStyle.getPropertyValue('--_color-muted').trim() || color;
  const font = baseStyle.fontFamily || 'sans-serif';
  const width = Number(drawing.getAttribute('width')) || drawing.getBoundingClientRect().width;
  const height = Number(drawing.getAttribute('height')) || drawing.getBoundingClientRect().height;
  const margin = 16;
  const titleLines = wrap(words.title, width, `650 17px ${font}`, 2);
  const rangeLines = wrap(words.range, width, `13px ${font}`, 1);
  const sourceLines = words.sources ? wrap(words.sources, width, `11px ${font}`, 2) : [];
  const header = 24 + titleLines.length * 22 + 18;
  const footer = 12 + sourceLines.length * 15 + 6;
  const total = { width: width + margin * 2, height: header + height + footer };
  // With the file's direction set, "start" is the right edge in right-to-left text.
  const anchor = 'start';
  const x = words.rtl ? total.width - margin : margin;

  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({ width: total.width, height: total.height, viewBox: `0 0 ${total.width} ${total.height}`, lang: words.lang, direction: words.rtl ? 'rtl' : 'ltr' })) {
    svg.setAttribute(name, String(value));
  }
  const title = document.createElementNS(SVG, 'title');
  title.textContent = `${words.title}: ${words.range}`;
  const backdrop = document.createElementNS(SVG, 'rect');
  for (const [name, value] of Object.entries({ width: total.width, height: total.height, fill: background })) backdrop.setAttribute(name, String(value));
  const plot = paintedCopy(drawing);
  plot.setAttribute('x', String(margin));
  plot.setAttribute('y', String(header));
  plot.setAttribute('overflow', 'visible');
  svg.append(
    title,
    backdrop,
    text(titleLines, x, 24, 17, 22, '650', color, font, anchor),
    text(rangeLines, x, 24 + titleLines.length * 22, 13, 16, '400', muted, font, anchor),
    plot,
    text(sourceLines, x, header + height + 22, 11, 15, '400', muted, font, anchor),
  );
  return svg;
}

/** The SVG element as the text of a `.svg` file. */
export function serializeSvg(svg: SVGSVGElement): string {
  svg.setAttribute('xmlns', SVG);
  return new XMLSerializer().serializeToString(svg);
}

/**
 * The SVG file drawn into a PNG at `scale` (2 by default, sharp on high-density screens). The
 * image is read from a `data:` URL, which a strict policy allows with `img-src data:`.
 */
export async function svgToPng(file: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(file)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas to draw the image');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'));
}
