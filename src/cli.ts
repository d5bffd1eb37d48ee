#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `sitrep` command. `sitrep render <data file> [options] > out.html` writes an element as
 * server-rendered HTML (see `sitrep/ssr`): for a CMS template, a page read without JavaScript,
 * or a feed. Problems go to stderr, one line each; the exit status is 0 when the HTML was
 * written, 1 when the data file cannot be read or shows nothing, 2 for a wrong command line.
 */
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderHtml, SSR_ELEMENTS, DEFAULT_SERVER_WIDTH, type SsrElement } from './ssr.js';
import { FORMATS, type Format } from './model/types.js';

const USAGE = `Usage: sitrep render <data file> [options] > out.html

Writes a Sitrep element as HTML with its shadow root (declarative shadow DOM), the events as a
plain list for feeds and readers without JavaScript, and the data inline for sitrep.js to take
over without a flash.

Options:
  --element <name>   ${SSR_ELEMENTS.join(', ')} (default: timeline)
  --actor <id>       the actor of an actor-card
  --compact          an actor-card on one line, for article text
  --route <id>       the route of a route-chip
  --lang <tag>       the language (BCP 47), such as ar or fr (default: English, the page's own)
  --dir <ltr|rtl>    the direction (default: rtl for Arabic, Persian, Hebrew…)
  --calendar <name>  the calendar dates are written in, such as persian or gregory
  --src <url>        the URL the page loads the data from, instead of inlining it
  --width <px>       the timeline's width on the server (default: ${DEFAULT_SERVER_WIDTH})
  --format <name>    ${FORMATS.join(', ')} (default: auto)
  -h, --help         this text`;

/** Where the command writes. */
export interface Output {
  out(text: string): void;
  err(line: string): void;
}

class UsageError extends Error {}

/**
 * Runs the command with `args` (without `node` and the script) and returns its exit status:
 * 0 when the HTML was written, 1 when the data cannot be read or shows nothing, 2 for a wrong
 * command line.
 */
export async function main(args: readonly string[], output: Output): Promise<number> {
  try {
    return await run(args, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`sitrep: ${error.message} (see sitrep --help)`);
      return 2;
    }
    output.err(`sitrep: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

async function run(args: readonly string[], output: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        element: { type: 'string' },
        actor: { type: 'string' },
        compact: { type: 'boolean' },
        route: { type: 'string' },
        lang: { type: 'string' },
        dir: { type: 'string' },
        calendar: { type: 'string' },
        src: { type: 'string' },
        width: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(firstLine(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    output.out(`${USAGE}\n`);
    return 0;
  }
  const [command, file, ...rest] = positionals;
  if (command !== 'render') throw new UsageError(command ? `unknown command "${command}"; the command is: sitrep render <data file>` : 'no command; the command is: sitrep render <data file>');
  if (!file) throw new UsageError('no data file; give its path: sitrep render <data file>');
  if (rest.length) throw new UsageError(`one data file at a time ("${rest[0]}" is one too many)`);

  const element = values.element ?? 'timeline';
  if (!(SSR_ELEMENTS as readonly string[]).includes(element)) throw new UsageError(`unknown element "${element}"; use ${SSR_ELEMENTS.join(', ')}`);
  const format = values.format ?? 'auto';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}"; use ${FORMATS.join(', ')}`);
  if (values.dir !== undefined && values.dir !== 'ltr' && values.dir !== 'rtl') throw new UsageError(`--dir is ltr or rtl, not "${values.dir}"`);
  const width = values.width === undefined ? undefined : Number(values.width);
  if (width !== undefined && !(Number.isFinite(width) && width >= 120 && width <= 10_000)) throw new UsageError(`--width is a width in pixels from 120 to 10000, not "${values.width}"`);
  if (element === 'actor-card' && !values.actor) throw new UsageError('an actor-card needs --actor <id>');
  if (element === 'route-chip' && !values.route) throw new UsageError('a route-chip needs --route <id>');

  let text: string;
  try {
    text = new TextDecoder().decode(await readFile(file));
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : firstLine(error);
    output.err(`sitrep render: cannot read ${file}: ${why}`);
    return 1;
  }

  const result = await renderHtml({
    data: text,
    url: file,
    element: element as SsrElement,
    format: format as Format,
    ...(values.actor !== undefined ? { actor: values.actor } : {}),
    ...(values.route !== undefined ? { route: values.route } : {}),
    ...(values.compact ? { compact: true } : {}),
    ...(values.lang !== undefined ? { lang: values.lang } : {}),
    ...(values.dir !== undefined ? { dir: values.dir as 'ltr' | 'rtl' } : {}),
    ...(values.calendar !== undefined ? { calendar: values.calendar } : {}),
    ...(values.src !== undefined ? { src: values.src } : {}),
    ...(width !== undefined ? { width } : {}),
  });
  if (!result.ok) {
    output.err(`sitrep render: ${file}: ${result.error?.message ?? 'nothing in it can be shown'}`);
    return 1;
  }
  if (result.warnings.length) {
    output.err(`sitrep render: ${file}: ${result.warnings.join('; ')}`);
    return 1;
  }
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  if (result.issues.length) {
    const counts = [errors ? `${errors} ${errors === 1 ? 'error' : 'errors'} (those items are left out)` : '', warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '']
      .filter(Boolean)
      .join(' and ');
    output.err(`sitrep render: ${file}: ${counts}; the element lists them, as in the page`);
  }
  output.out(result.html);
  return 0;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

/** Whether this module is the program Node runs (directly, or through npm's link to it). */
function isMain(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isMain()) {
  process.exitCode = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (line) => process.stderr.write(`${line}\n`),
  });
}
