/**
 * TimelineJS files (version 3): its JSON and its spreadsheet CSV. Slides become events, `group`
 * becomes a lane (an actor), the title slide names the dataset, `display_date` is kept. Text
 * fields of TimelineJS may hold HTML; here they become plain text (and are always rendered as
 * text). Version 2 files are recognised and rejected with a message that says so.
 */
import { parseEdtf } from './dates.js';
import type { CsvTable } from './csv.js';
import { NamedItems, slugId } from './named-items.js';
import { finishDataset, ID_PATTERN, isRecord, ownValue, safeUrl } from './rules.js';
import type { Actor, ConflictEvent, DataIssue, Dataset, Source } from './types.js';

/** A date of TimelineJS: parts as numbers or strings, empty strings meaning absent. */
interface SlideDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  display_date?: unknown;
}

/** One TimelineJS slide, reduced to what a timeline event needs. */
interface Slide {
  readonly start?: SlideDate;
  readonly end?: SlideDate;
  readonly headline: string;
  readonly text: string;
  readonly group: string;
  readonly displayDate: string;
  readonly id: string;
  readonly mediaUrl: string;
  readonly mediaCredit: string;
  /** Where the slide is in the file, for messages: a JSON path or a spreadsheet row. */
  readonly at: { path?: string; row?: number };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Where each `<script>` or `<style>` element ends. */
const CLOSINGS: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/**
 * Text without its `<script>` and `<style>` elements, each search going on from where the last
 * ended, so that the time grows with the text's length and no more (an element never closed runs
 * to the end, as in a browser).
 */
function withoutScripts(html: string): string {
  const opening = /<(script|style)\b/gi;
  let text = '';
  let from = 0;
  for (let match; (match = opening.exec(html)); ) {
    text += `${html.slice(from, match.index)} `;
    const closing = CLOSINGS[match[1]!.toLowerCase()]!;
    closing.lastIndex = opening.lastIndex;
    if (!closing.exec(html)) return text;
    from = opening.lastIndex = closing.lastIndex;
  }
  return text + html.slice(from);
}

/**
 * HTML of a TimelineJS text field as plain text: tags dropped (block ends as spaces), common
 * entities decoded. Every pattern runs in time linear in the text, however its tags are left open.
 */
export function htmlToText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return withoutScripts(value)
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      const lower = name.toLowerCase();
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : lower.startsWith('#') ? Number(lower.slice(1)) : NaN;
      // A character reference beyond Unicode is the replacement character, as in HTML.
      if (!Number.isNaN(code)) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      return ownValue(ENTITIES, lower) ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function part(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** An EDTF date from TimelineJS parts, or a message. Precision is what the parts give (year, month, day, time). */
export function slideDateToEdtf(date: SlideDate | undefined): { edtf: string } | { message: string } {
  const year = part(date?.year);
  if (!year) return { message: 'the date has no year' };
  if (!/^\d{1,4}$/.test(year)) return { message: `the year "${year}" is not one this library reads (years 0–9999)` };
  const pad = (value: string) => value.padStart(2, '0');
  let edtf = year.padStart(4, '0');
  const month = part(date?.month);
  const day = part(date?.day);
  const hour = part(date?.hour);
  if (!month) return { edtf };
  edtf += `-${pad(month)}`;
  if (!day) return { edtf };
  edtf += `-${pad(day)}`;
  if (!hour) return { edtf };
  return { edtf: `${edtf}T${pad(hour)}:${pad(part(date?.minute) ?? '0')}` };
}

function slidesToDataset(title: string, slides: readonly Slide[], issues: DataIssue[]): Dataset | null {
  // A slide's group is its lane: one actor per group.
  const actors = new NamedItems<Actor>();
  const ids = new Set<string>();
  const events: ConflictEvent[] = [];
  slides.forEach((slide, index) => {
    const where = (field: string) => (slide.at.path ? { path: `${slide.at.path}.${field}` } : { row: slide.at.row, column: field });
    const fail = (field: string, message: string, value?: unknown) =>
      issues.push({ severity: 'error', message: `${slide.at.row ? `Row ${slide.at.row}, ` : ''}${message}; this slide is left out`, ...where(field), ...(value !== undefined ? { value } : {}) });
    const start = slideDateToEdtf(slide.start);
    if ('message' in start) return fail(slide.at.path ? 'start_date' : 'Year', start.message, slide.start);
    let date = start.edtf;
    if (slide.end && part(slide.end.year)) {
      const end = slideDateToEdtf(slide.end);
      if ('message' in end) return fail(slide.at.path ? 'end_date' : 'End Year', end.message, slide.end);
      date = `${start.edtf}/${end.edtf}`;
    }
    const parsed = parseEdtf(date);
    if (!parsed.ok) return fail(slide.at.path ? 'start_date' : 'Year', parsed.message, date);
    const headline = slide.headline || htmlToText(slide.text).slice(0, 80);
    if (!headline) return fail(slide.at.path ? 'text.headline' : 'Headline', 'the slide has no headline');
    let id = slide.id && ID_PATTERN.test(slide.id) ? slide.id : slugId(headline, ids);
    if (ids.has(id)) id = slugId(`${id}-${index + 1}`, ids);
    ids.add(id);
    const actorIds: string[] = [];
    if (slide.group) {
      const group = slide.group;
      actorIds.push(actors.idFor(group, group, (id) => ({ id, name: group, names: {}, aliases: [] })));
    }
    const url = slide.mediaUrl ? safeUrl(slide.mediaUrl) : undefined;
    const sources: Source[] = url ? [{ name: slide.mediaCredit || new URL(url).hostname, url }] : slide.mediaCredit ? [{ name: slide.mediaCredit }] : [];
    events.push({
      id,
      date,
      when: parsed.span,
      title: headline,
      summary: htmlToText(slide.text) || undefined,
      type: 'strategic',
      subtype: undefined,
      actors: actorIds,
      place: undefined,
      routes: [],
      status: undefined,
      fatalities: undefined,
      displayDate: slide.displayDate || undefined,
      sources,
      corrections: [],
    });
  });
  // Nothing to show, with a reason: slides with errors, or a quote never closed that took every row.
  if (events.length === 0 && issues.some((issue) => issue.severity === 'error')) return null;
  return finishDataset({ title, actorById: actors.byId, placeById: new Map(), routeById: new Map(), events });
}

/** Reads TimelineJS JSON (version 3); `isTimelineJsJson` in parse.ts recognises it. */
export function importTimelineJsJson(value: unknown): { dataset: Dataset | null; issues: DataIssue[]; fatal?: string } {
  const issues: DataIssue[] = [];
  if (isRecord(value) && isRecord(value.timeline)) {
    return {
      dataset: null,
      issues,
      fatal: 'this is a TimelineJS 2 file ({"timeline": {"date": [...]}}); open it in TimelineJS 3 or save it again in the TimelineJS 3 format ({"events": [...]})',
    };
  }
  const root = value as { title?: unknown; events?: unknown };
  const titleSlide = isRecord(root.title) && isRecord(root.title.text) ? root.title.text : undefined;
  const title = htmlToText(titleSlide?.headline) || 'Timeline';
  const slides: Slide[] = (Array.isArray(root.events) ? root.events : []).map((raw, index) => {
    const slide = isRecord(raw) ? raw : {};
    const text = isRecord(slide.text) ? slide.text : {};
    const media = isRecord(slide.media) ? slide.media : {};
    return {
      start: isRecord(slide.start_date) ? (slide.start_date as SlideDate) : undefined,
      end: isRecord(slide.end_date) ? (slide.end_date as SlideDate) : undefined,
      headline: htmlToText(text.headline),
      text: typeof text.text === 'string' ? text.text : '',
      group: htmlToText(slide.group),
      displayDate: htmlToText(slide.display_date) || htmlToText(isRecord(slide.start_date) ? slide.start_date.display_date : undefined),
      id: typeof slide.unique_id === 'string' ? slide.unique_id.trim() : '',
      mediaUrl: typeof media.url === 'string' ? media.url.trim() : '',
      mediaCredit: htmlToText(media.credit),
      at: { path: `$.events[${index}]` },
    };
  });
  return { dataset: slidesToDataset(title, slides, issues), issues };
}

/** True when a spreadsheet header is TimelineJS's (Year … Headline). */
export function isTimelineJsHeader(header: readonly string[]): boolean {
  const names = header.map((name) => name.trim().toLowerCase());
  return names.includes('year') && names.includes('headline');
}

/** Reads the TimelineJS spreadsheet (version 3 columns); `Type` title names the dataset, `era` rows are skipped. */
export function importTimelineJsSheet(table: CsvTable, fallbackTitle: string): { dataset: Dataset | null; issues: DataIssue[] } {
  const issues = [...table.issues];
  const index = new Map(table.header.map((name, i) => [name.trim().toLowerCase(), i]));
  let title = fallbackTitle;
  const slides: Slide[] = [];
  for (const { row, cells } of table.rows) {
    const cell = (name: string) => {
      const i = index.get(name);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const type = cell('type').toLowerCase();
    if (type === 'title') {
      title = htmlToText(cell('headline')) || title;
      continue;
    }
    if (type === 'era') continue;
    slides.push({
      start: { year: cell('year'), month: cell('month'), day: cell('day'), hour: cell('time').split(':')[0], minute: cell('time').split(':')[1] },
      end: { year: cell('end year'), month: cell('end month'), day: cell('end day'), hour: cell('end time').split(':')[0], minute: cell('end time').split(':')[1] },
      headline: htmlToText(cell('headline')),
      text: cell('text'),
      group: htmlToText(cell('group')),
      displayDate: htmlToText(cell('display date')),
      id: '',
      mediaUrl: cell('media'),
      mediaCredit: htmlToText(cell('media credit')),
      at: { row },
    });
  }
  return { dataset: slidesToDataset(title, slides, issues), issues };
}
