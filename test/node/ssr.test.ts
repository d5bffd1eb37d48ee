/**
 * Server rendering (`sitrep/ssr` and the `sitrep render` command): declarative shadow DOM, the
 * events as a plain list in the light DOM, inline data the element can take over from, escaped
 * hostile data, Arabic right to left, and one clear line on stderr for every error.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { buildForNode } from '../../scripts/node-build.mjs';
import { machineDate } from '../../src/i18n/format-date.js';
import { loadStrings, stringsFor } from '../../src/i18n/strings.js';
import { parseDataset } from '../../src/model/parse.js';
import { renderHtml, type SsrOptions } from '../../src/ssr.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const FILE = 'data/syria-2024.json';
const text = readFileSync(FILE, 'utf8');
const shipped = parseDataset(text);
if (!shipped.ok) throw new Error('the shipped dataset does not load');
const EVENTS = shipped.dataset.events;

const render = (options: Partial<SsrOptions> = {}) => renderHtml({ data: text, url: FILE, ...options });

/** The parts of the output: the inline script, the element's start tag, its shadow root and its light DOM. */
function parts(html: string, tag = 'sitrep-timeline') {
  const script = /^<script type="([^"]+)" id="([^"]+)">([\s\S]*?)<\/script>\n/.exec(html);
  const start = new RegExp(`<${tag}\\b[^>]*>`).exec(html);
  const shadowStart = html.indexOf('<template shadowroot="open" shadowrootmode="open">');
  const shadowEnd = html.lastIndexOf('</template>');
  const end = html.lastIndexOf(`</${tag}>`);
  return {
    script: script ? { type: script[1]!, id: script[2]!, text: script[3]! } : undefined,
    tag: start?.[0] ?? '',
    shadow: html.slice(shadowStart, shadowEnd),
    light: html.slice(shadowEnd + '</template>'.length, end),
  };
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const decode = (value: string) => value.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('renderHtml (sitrep/ssr)', () => {
  it('writes the timeline with a declarative shadow root, marks and its text list', async () => {
    const result = await render();
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
    const { tag, shadow } = parts(result.html);
    expect(result.html).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(shadow).toContain('part="base"');
    expect(shadow.match(/part="mark[ "]/g)?.length ?? 0).toBeGreaterThan(10);
    expect(shadow).toMatch(/<p class="summary" id="summary">60 events from /);
    expect(shadow).toContain('<svg width="720"');
    expect(attribute(tag, 'src')).toMatch(/^#sitrep-data-[0-9a-f]{16}$/);
    expect(result.html, 'no hydration markers').not.toMatch(/<!--\/?lit-|<\?>/);
  });

  it('puts every event in the light DOM as an <ol> of items with a valid <time datetime>', async () => {
    const { light } = parts((await render()).html);
    const list = /<ol>([\s\S]*)<\/ol>/.exec(light)?.[1] ?? '';
    const items = list.split('<li>').slice(1);
    expect(items).toHaveLength(60);
    expect(EVENTS).toHaveLength(60);
    items.forEach((item, index) => {
      // The date is isolated (<bdi>): a date written in the data keeps its own order on right-to-left pages.
      const datetime = /<time datetime="([^"]+)"><bdi>([^<]+)<\/bdi><\/time>/.exec(item);
      expect(datetime?.[1]).toBe(machineDate(EVENTS[index]!.when));
      expect(Number.isNaN(Date.parse(datetime![1]!))).toBe(false);
      expect(decode(/<\/time>:\s*<bdi>([^<]*)<\/bdi>/.exec(item)?.[1] ?? '')).toBe(EVENTS[index]!.title);
    });
    // The title takes its direction from its own text, as the element's does (an English title on a right-to-left page).
    expect(light).toContain(`<p dir="auto">${"Syria, 27 November – 21 December 2024: the rebel offensive, the fall of Assad and Iran&#39;s evacuation"}</p>`);
  });

  it('inlines the data as JSON the element reads back, named by the element', async () => {
    const { script, tag } = parts((await render()).html);
    expect(script?.type).toBe('application/json');
    expect(`#${script?.id}`).toBe(attribute(tag, 'src'));
    expect(JSON.parse(script!.text)).toEqual(JSON.parse(text));
    // The same data gives the same id: elements from one dataset share the script.
    expect(parts((await render({ element: 'actor-card', actor: 'hts' })).html, 'sitrep-actor-card').script?.id).toBe(script?.id);
  });

  it('keeps a given src URL and inlines nothing; refuses a src that is not http(s), relative or #id', async () => {
    const { html } = await render({ src: 'https://example.org/data/syria-2024.json' });
    expect(html.startsWith('<sitrep-timeline')).toBe(true);
    expect(attribute(parts(html).tag, 'src')).toBe('https://example.org/data/syria-2024.json');
    await expect(render({ src: 'javascript:alert(1)' })).rejects.toThrow(/not an http\(s\) URL/);
    await expect(render({ src: 'data:application/json,{}' })).rejects.toThrow(RangeError);
    expect(attribute(parts((await render({ src: '/data/x.json' })).html).tag, 'src')).toBe('/data/x.json');
  });

  it('escapes hostile data everywhere: markup in titles, names and the inline JSON stays text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const closer = '</script><script>alert(2)</script>';
    const hostile = {
      ...smallDataset,
      title: `Title ${payload}`,
      actors: smallDataset.actors.map((actor, index) => (index === 0 ? { ...actor, name: `"><svg onload=alert(3)>` } : actor)),
      events: smallDataset.events.map((event, index) => (index === 0 ? { ...event, title: payload, summary: closer } : event)),
    };
    for (const element of ['timeline', 'actor-card', 'route-chip'] as const) {
      const { html } = await renderHtml({ data: JSON.stringify(hostile), element, actor: 'rebels', route: 'ally-out' });
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<svg onload');
      expect(html.match(/<script/g)).toHaveLength(1);
      expect(html.match(/<\/script>/g)).toHaveLength(1);
      const { script } = parts(html, `sitrep-${element}`);
      expect(script!.text).not.toMatch(/[<>]/);
      expect(JSON.parse(script!.text)).toEqual(hostile);
      if (element !== 'route-chip') expect(html).toContain(element === 'timeline' ? '&lt;img src=x onerror=alert(1)&gt;' : '&quot;&gt;&lt;svg onload=alert(3)&gt;');
    }
    // As an object, too.
    const { html } = await renderHtml({ data: hostile });
    expect(html).not.toContain('<img');
    expect(html.match(/&lt;img src=x onerror=alert\(1\)&gt;/g)!.length).toBeGreaterThanOrEqual(2);
  });

  it('renders Arabic right to left, with the Arabic strings loaded first', async () => {
    const result = await render({ lang: 'ar' });
    const { tag, shadow, light } = parts(result.html);
    expect(attribute(tag, 'lang')).toBe('ar');
    expect(attribute(tag, 'dir')).toBe('rtl');
    expect(shadow).toMatch(/<div part="base" dir="rtl" lang="ar"/);
    await loadStrings('ar');
    const arabic = stringsFor('ar');
    expect(decode(/<p id="keys" class="visually-hidden">([^<]*)<\/p>/.exec(shadow)?.[1] ?? '')).toBe(arabic.keysHelp);
    expect(decode(/<summary>([^<(]*)/.exec(shadow)?.[1]?.trim() ?? '')).toBe(arabic.eventsList);
    // Dates in Arabic, here and in the light DOM, with machine-readable datetimes.
    expect(/<p class="summary" id="summary">([^<]*)</.exec(shadow)?.[1]).toMatch(/[\u0600-\u06ff]/);
    const dates = [...light.matchAll(/<time datetime="([^"]+)"><bdi>([^<]*)<\/bdi><\/time>/g)];
    expect(dates).toHaveLength(60);
    dates.forEach(([, datetime, words], index) => {
      expect(datetime).toBe(machineDate(EVENTS[index]!.when));
      expect(decode(words!)).toBe(EVENTS[index]!.displayDate ?? decode(words!));
    });
    expect(dates.filter(([, , words]) => /[\u0600-\u06ff]/.test(words!)).length).toBeGreaterThan(40);
    // An explicit dir wins; Hebrew and Persian are right to left too, French is not.
    expect(attribute(parts((await render({ lang: 'ar', dir: 'ltr' })).html).tag, 'dir')).toBe('ltr');
    expect(attribute(parts((await render({ lang: 'fa' })).html).tag, 'dir')).toBe('rtl');
    expect(attribute(parts((await render({ lang: 'he-IL' })).html).tag, 'dir')).toBe('rtl');
    expect(attribute(parts((await render({ lang: 'fr' })).html).tag, 'dir')).toBe('ltr');
  });

  it('lays the timeline out at the given width; a narrow width gives the list layout', async () => {
    expect((await render({ width: 1000 })).html).toContain('<svg width="1000"');
    const narrow = parts((await render({ width: 400 })).html).shadow;
    expect(narrow).toContain('class="vertical"');
    expect(narrow.match(/<li data-event-id=/g)?.length ?? 0).toBeGreaterThan(0);
    await expect(render({ width: 5 })).rejects.toThrow(/width/);
  });

  it('renders an actor card and a route chip, with their text in the light DOM', async () => {
    const card = parts((await render({ element: 'actor-card', actor: 'hts', compact: true })).html, 'sitrep-actor-card');
    expect(attribute(card.tag, 'actor')).toBe('hts');
    expect(card.tag).toMatch(/\scompact(\s|>|=)/);
    expect(card.shadow).toContain('class="compact"');
    expect(card.light).toBe("<bdi>Hay&#39;at Tahrir al-Sham</bdi>");
    const chip = parts((await render({ element: 'route-chip', route: 'evac-air-tehran' })).html, 'sitrep-route-chip');
    expect(chip.shadow).toMatch(/<time datetime="2024-12-06">/);
    expect(chip.light).toMatch(/^<bdi>Damascus International Airport<\/bdi> → <bdi>Tehran<\/bdi>, by air,\s+<time datetime="2024-12-06">December 6, 2024<\/time> \(reported\)$/);
  });

  it('shows data problems as the elements do, and never throws for bad data', async () => {
    const partial = await renderHtml({ data: { ...smallDataset, events: [...smallDataset.events, { id: 'bad', date: 'someday', title: 'Bad', type: 'battle', sources: [] }] } });
    expect(partial.ok).toBe(true);
    expect(partial.issues.some((issue) => issue.severity === 'error')).toBe(true);
    expect(parts(partial.html).shadow).toMatch(/<details class="skipped"[^>]*>\s*<summary>(?:<span[^>]*>)?1 of 7 events in the data was skipped\./);
    const broken = await renderHtml({ data: '{"version": 1, "events": [', url: 'broken.json' });
    expect(broken.ok).toBe(false);
    expect(broken.error?.kind).toBe('parse');
    expect(parts(broken.html).shadow).toMatch(/<div part="error" role="alert">/);
    const unknown = await render({ element: 'actor-card', actor: 'nobody' });
    expect(unknown.warnings).toEqual(['no actor "nobody" in the data']);
    expect(parts(unknown.html, 'sitrep-actor-card').shadow).toContain('part="base error"');
    await expect(renderHtml({ data: text, element: 'map' as never })).rejects.toThrow(/unknown element "map"/);
  });

  it('inlines a spreadsheet as text/csv, and refuses one that could end its script', async () => {
    const csv = readFileSync('data/syria-2024-sample.csv', 'utf8');
    const { html, ok } = await renderHtml({ data: csv, url: 'x.csv' });
    expect(ok).toBe(true);
    expect(parts(html).script?.type).toBe('text/csv');
    await expect(renderHtml({ data: `id,date,title\na,2024-12-06,"</script><script>alert(1)"\n`, url: 'x.csv' })).rejects.toThrow(/cannot be inlined/);
    expect((await renderHtml({ data: `id,date,title\na,2024-12-06,"</script>"\n`, url: 'x.csv', src: '/x.csv' })).html).not.toContain('<script');
  });
});

describe('sitrep render (the command)', () => {
  let dir: string;
  let scratch: string;
  const cli = (...args: string[]) => spawnSync('node', [join(dir, 'cli.js'), ...args], { encoding: 'utf8' });
  /** One line on stderr, and the exit status. */
  const failsWith = (result: ReturnType<typeof cli>, status: number, pattern: RegExp) => {
    expect(result.status).toBe(status);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
  };

  beforeAll(async () => {
    dir = (await buildForNode()) as string;
    scratch = mkdtempSync(join(tmpdir(), 'sitrep-ssr-'));
  }, 120_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it('writes the timeline of the shipped dataset to stdout', () => {
    const result = cli('render', FILE, '--element', 'timeline');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const { tag, shadow, light, script } = parts(result.stdout);
    expect(shadow).toContain('part="base"');
    expect(light.match(/<li>/g)).toHaveLength(60);
    expect(JSON.parse(script!.text)).toEqual(JSON.parse(text));
    expect(attribute(tag, 'src')).toBe(`#${script!.id}`);
    // What it weighs: the shipped story, data inline, stays small over the wire.
    const bytes = Buffer.byteLength(result.stdout);
    const gzip = gzipSync(result.stdout, { level: 9 }).length;
    console.log(`sitrep render ${FILE}: ${bytes} B, ${gzip} B gzip`);
    expect(gzip).toBeLessThan(40 * 1024);
  });

  it('takes the options: an Arabic route chip with a src URL', () => {
    const result = cli('render', FILE, '--element', 'route-chip', '--route', 'evac-air-tehran', '--lang', 'ar', '--src', 'https://example.org/syria.json');
    expect(result.status).toBe(0);
    const { tag, script } = parts(result.stdout, 'sitrep-route-chip');
    expect(script).toBeUndefined();
    expect(attribute(tag, 'dir')).toBe('rtl');
    expect(attribute(tag, 'lang')).toBe('ar');
    expect(attribute(tag, 'src')).toBe('https://example.org/syria.json');
  });

  it('is a program npm can link as the sitrep command', () => {
    expect(readFileSync(join(dir, 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect((JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> }).bin.sitrep).toBe('dist/cli.js');
  });

  it('prints its usage with --help', () => {
    const result = cli('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: sitrep render <data file>/);
  });

  it('exits 1 with one line for a missing file, a folder or unreadable data', () => {
    failsWith(cli('render', 'data/nope.json'), 1, /^sitrep render: cannot read data\/nope\.json: there is no such file\n$/);
    failsWith(cli('render', 'data'), 1, /cannot read data: it is a folder/);
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{"version": 1, "events": [');
    failsWith(cli('render', broken), 1, /broken\.json: the data is not valid JSON/);
    failsWith(cli('render', 'README.md'), 1, /README\.md: /);
    failsWith(cli('render', FILE, '--element', 'actor-card', '--actor', 'nobody'), 1, /no actor "nobody" in the data/);
  });

  it('exits 2 with one line for a wrong command line', () => {
    failsWith(cli('render', FILE, '--element', 'map'), 2, /^sitrep: unknown element "map"; use timeline, actor-card, route-chip/);
    failsWith(cli(), 2, /no command/);
    failsWith(cli('draw', FILE), 2, /unknown command "draw"/);
    failsWith(cli('render'), 2, /no data file/);
    failsWith(cli('render', FILE, '--colour', 'red'), 2, /--colour/);
    failsWith(cli('render', FILE, '--element', 'route-chip'), 2, /needs --route/);
    failsWith(cli('render', FILE, '--width', 'wide'), 2, /--width/);
    failsWith(cli('render', FILE, '--dir', 'up'), 2, /--dir/);
    failsWith(cli('render', FILE, '--src', 'javascript:alert(1)'), 1, /not an http\(s\) URL/);
  });

  it('warns on stderr about data problems but writes the HTML', () => {
    const partial = join(scratch, 'partial.json');
    writeFileSync(partial, JSON.stringify({ ...smallDataset, events: [...smallDataset.events, { id: 'bad', date: 'someday', title: 'Bad', type: 'battle', sources: [] }] }));
    const result = cli('render', partial);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^sitrep render: .*partial\.json: 1 error \(those items are left out\)/);
    expect(result.stdout).toContain('shadowrootmode');
  });
});
