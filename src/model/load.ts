/**
 * Loading a dataset from a URL or from an inline `<script>` on the page.
 *
 * Failures are typed results, never exceptions: `network`, `http`, `timeout`, `too-large`,
 * `parse`, `validation` (and `aborted` when the caller's signal aborted). A failed connection and
 * the answers 429, 502, 503 and 504 are tried again, at most twice, after a short wait (the
 * server's `Retry-After` when it gives one); other answers and bad data are not. Concurrent calls for
 * the same address share one request and one parsed dataset; the request is aborted only when
 * every caller has aborted. Successful results are kept for the page's lifetime (the last
 * eight addresses), so elements created later reuse them; `reload: true` fetches anew.
 *
 * In the self-contained bundle, the readers of CSV, ACLED and TimelineJS, and the validator of a
 * native file that is not clean, come in a file of their own, loaded here the first time a text
 * needs them (see `readers.ts`).
 */
import { parseSteps, type LoadError, type LoadResult, type ParseOptions } from './parse.js';
import { loadReaders, syncReaders, type FormatReaders } from './readers.js';
import { runStepsInTasks } from './steps.js';
import type { Format } from './types.js';

/** Options for {@link loadDataset}. */
export interface LoadOptions {
  /** Aborts this caller's interest; the shared request stops when no caller is left. */
  readonly signal?: AbortSignal;
  /** Milliseconds before the request counts as failed (default 15,000). */
  readonly timeout?: number;
  /** Largest accepted body in bytes, checked while reading (default 20 MB). */
  readonly maxBytes?: number;
  /** The data format (default `auto`). */
  readonly format?: Format;
  /** Where `#id` sources are looked up (default: the document). */
  readonly root?: InlineRoot;
  /** Base for relative URLs (default: the document's URL). */
  readonly baseUrl?: string;
  /** Bypass the kept results and fetch anew. */
  readonly reload?: boolean;
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
  /** Called as the body arrives: bytes received so far, and the total when the server said it. */
  readonly onProgress?: (received: number, total: number | undefined) => void;
}

/** What `#id` sources need from a document or shadow root. */
export interface InlineRoot {
  getElementById(id: string): { readonly textContent: string | null; readonly localName?: string; getAttribute?(name: string): string | null } | null;
}

/** Default timeout: 15 s. */
export const DEFAULT_TIMEOUT = 15_000;
/** Default size cap: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const KEPT_RESULTS = 8;

interface SharedRequest {
  readonly result: Promise<LoadResult>;
  readonly controller: AbortController;
  callers: number;
  readonly progress: Set<(received: number, total: number | undefined) => void>;
}

const inFlight = new Map<string, SharedRequest>();
const kept = new Map<string, LoadResult>();

/** Forgets kept results (tests; pages that must refetch everything). */
export function clearDatasetCache(): void {
  kept.clear();
}

const TIMED_OUT = Symbol('timeout');
const NO_CALLERS = Symbol('no callers');

class TooLargeError extends Error {}

/** The body stopped arriving part-way: the connection was reset or the server gave up. */
class BrokenTransferError extends Error {
  constructor(readonly received: number, readonly declared: number | undefined) {
    super('the transfer broke');
  }
}

/**
 * `promise`, or a rejection as soon as `signal` aborts: a timeout or an abort then holds even
 * with a fetch (a polyfill, a test double) that ignores its signal.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', stop), resolve(value)),
      (error) => (signal.removeEventListener('abort', stop), reject(error)),
    );
  });
}

/** A size in words: kilobytes below a megabyte (a small `max-bytes` reads "1 KB", not "0 MB"), else megabytes. */
function sizeInWords(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

function failure(kind: LoadError['kind'], message: string, extra: Partial<LoadError> = {}): LoadResult {
  return { ok: false, error: { kind, message, issues: [], ...extra } };
}

function loadInline(src: string, options: LoadOptions): LoadResult | Promise<LoadResult> {
  let id: string;
  try {
    id = decodeURIComponent(src.slice(1));
  } catch {
    return failure('network', `"${src}" is not a valid id of an element on this page`);
  }
  const root = options.root ?? (globalThis as { document?: InlineRoot }).document;
  const element = root?.getElementById(id);
  if (!element) return failure('network', `no element with id "${id}" holds the data on this page`);
  if (element.localName !== undefined && element.localName !== 'script') {
    return failure('network', `#${id} is a <${element.localName}>; inline data must be a <script type="application/json"> or <script type="text/csv">`);
  }
  const text = element.textContent ?? '';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // The limit counts bytes, as a file's does: in UTF-8, as the page would send the text (measured only when it could matter).
  if (text.length > maxBytes || (text.length * 3 > maxBytes && new TextEncoder().encode(text).length > maxBytes)) return failure('too-large', `the inline data #${id} is larger than ${sizeInWords(maxBytes)}`);
  const contentType = element.getAttribute?.('type') ?? undefined;
  return parseText(text, { format: options.format, contentType, url: src, signal: options.signal });
}

async function readBody(response: Response, maxBytes: number, signal: AbortSignal, progress: (received: number, total: number | undefined) => void): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new TooLargeError(`${sizeInWords(declared)} declared`);
  if (!response.body) return untilAborted(response.text(), signal);
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await untilAborted(reader.read(), signal);
    } catch (error) {
      if (signal.aborted) {
        reader.cancel().catch(() => undefined);
        throw error;
      }
      throw new BrokenTransferError(received, declared > 0 ? declared : undefined);
    }
    const { done, value } = chunk;
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError(`more than ${sizeInWords(maxBytes)} received`);
    }
    text += decoder.decode(value, { stream: true });
    progress(received, declared > 0 ? declared : undefined);
  }
  return text + decoder.decode();
}

/** Answers worth asking again: the server was busy or a gateway failed. */
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
/** At most this many retries after the first request. */
export const MAX_RETRIES = 2;

/** How long to wait before retry `attempt` (0-based): `Retry-After` when the server gave one (at most 5 s), else 300 ms, 600 ms, with jitter. */
function retryDelay(attempt: number, retryAfter: string | null): number {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const until = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(until)) return Math.min(Math.max(until, 0), 5000);
  }
  return 300 * 2 ** attempt + Math.random() * 100;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => (clearTimeout(timer), reject(signal.reason));
    const timer = setTimeout(() => (signal.removeEventListener('abort', stop), resolve()), ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}

async function fetchAndParse(
  url: string,
  options: LoadOptions,
  controller: AbortController,
  progress: (received: number, total: number | undefined) => void,
): Promise<LoadResult> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timer = setTimeout(() => controller.abort(TIMED_OUT), timeout);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  try {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await untilAborted(
          fetchImpl(url, {
            signal: controller.signal,
            credentials: 'same-origin',
            headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
          }),
          controller.signal,
        );
      } catch (error) {
        // A failed connection is worth another try, unless we were stopped.
        if (controller.signal.aborted || attempt >= MAX_RETRIES) throw error;
        await wait(retryDelay(attempt, null), controller.signal);
        continue;
      }
      if (!response.ok) {
        const status = response.status;
        response.body?.cancel().catch(() => undefined);
        if (RETRYABLE_STATUS.has(status) && attempt < MAX_RETRIES) {
          await wait(retryDelay(attempt, response.headers.get('retry-after')), controller.signal);
          continue;
        }
        const tries = attempt > 0 ? ` (after ${attempt + 1} tries)` : '';
        return failure('http', `the server answered ${status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}${tries}`, { status, url });
      }
      let text: string;
      try {
        text = await readBody(response, maxBytes, controller.signal, progress);
      } catch (error) {
        // A body cut off by a reset connection is worth another try, like a failed connection.
        if (!(error instanceof BrokenTransferError) || controller.signal.aborted || attempt >= MAX_RETRIES) throw error;
        await wait(retryDelay(attempt, null), controller.signal);
        continue;
      }
      // The server has answered: the time-out no longer runs while the text is read, and the reading
      // stops if every caller leaves.
      clearTimeout(timer);
      return await parseText(text, { format: options.format, contentType: response.headers.get('content-type') ?? undefined, url, signal: controller.signal });
    }
  } catch (error) {
    if (controller.signal.reason === TIMED_OUT) return failure('timeout', `${url} did not answer within ${timeout / 1000} s`, { url });
    if (controller.signal.reason === NO_CALLERS) return failure('aborted', `loading ${url} was aborted`, { url });
    if (error instanceof TooLargeError) return failure('too-large', `${url} is larger than the ${sizeInWords(maxBytes)} limit (${error.message})`, { url });
    if (error instanceof BrokenTransferError) {
      const of = error.declared ? ` of ${sizeInWords(error.declared)}` : '';
      return failure('network', `${url} stopped arriving after ${sizeInWords(error.received)}${of}: the connection broke (after ${MAX_RETRIES + 1} tries)`, { url });
    }
    return failure('network', `${url} could not be loaded: the network failed, or the server does not let this page read it (CORS)`, { url });
  } finally {
    clearTimeout(timer);
  }
}

/** Where {@link parseText} finds the readers of the other formats: `readers.ts`, or a stand-in in tests. */
export interface ReaderSource {
  readonly syncReaders: typeof syncReaders;
  readonly loadReaders: typeof loadReaders;
}

/**
 * Parses the text that arrived, first loading the readers of the other formats when the text
 * needs them and they are loaded on demand (`from`). Native JSON never waits. A spreadsheet is
 * read in steps that give the page back every 40 ms (`steps.ts`), and stops at the next step once
 * `signal` aborts (the result is then a parse error that no caller sees). The parser never
 * throws by contract; should a defect make it throw, or the readers fail to load, the reader
 * sees a parse error naming the file, not a misleading network error.
 */
export async function parseText(
  text: string,
  options: ParseOptions & { url: string; signal?: AbortSignal },
  from: ReaderSource = { syncReaders, loadReaders },
): Promise<LoadResult> {
  const read = (readers: FormatReaders | undefined) => runStepsInTasks(parseSteps(text, options, readers), options.signal);
  try {
    return (await read(from.syncReaders())) ?? (await read(await from.loadReaders()))!;
  } catch (error) {
    return failure('parse', `${options.url} could not be read: ${error instanceof Error ? error.message : String(error)}`, { url: options.url });
  }
}

function absolute(src: string, baseUrl?: string): string | undefined {
  try {
    return new URL(src, baseUrl ?? (globalThis as { location?: { href: string } }).location?.href).href;
  } catch {
    return undefined;
  }
}

/**
 * Loads a dataset from `src`: a URL, or `#id` naming an inline `<script type="application/json">`
 * or `<script type="text/csv">`. Resolves with the dataset and its issues, or with a typed
 * error; never rejects.
 */
export function loadDataset(src: string, options: LoadOptions = {}): Promise<LoadResult> {
  const aborted = failure('aborted', `loading ${src} was aborted`);
  if (options.signal?.aborted) return Promise.resolve(aborted);
  if (src.startsWith('#')) return Promise.resolve(loadInline(src, options));
  const url = absolute(src, options.baseUrl);
  if (!url) return Promise.resolve(failure('network', `"${src}" is not a valid address`));
  const key = `${options.format ?? 'auto'} ${url}`;
  const done = !options.reload && kept.get(key);
  if (done) {
    kept.delete(key);
    kept.set(key, done);
    return Promise.resolve(done);
  }

  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const listeners = new Set<(received: number, total: number | undefined) => void>();
    const report = (received: number, total: number | undefined) => listeners.forEach((listener) => listener(received, total));
    const result = fetchAndParse(url, options, controller, report).then((outcome) => {
      if (inFlight.get(key) === shared) inFlight.delete(key);
      if (outcome.ok) {
        kept.set(key, outcome);
        if (kept.size > KEPT_RESULTS) kept.delete(kept.keys().next().value!);
      }
      return outcome;
    });
    shared = { result, controller, callers: 0, progress: listeners };
    inFlight.set(key, shared);
  }
  const request = shared;
  request.callers++;
  const onProgress = options.onProgress;
  if (onProgress) {
    request.progress.add(onProgress);
    void request.result.then(() => request.progress.delete(onProgress));
  }
  const signal = options.signal;
  if (!signal) return request.result;
  return new Promise<LoadResult>((resolve) => {
    const leave = () => {
      if (onProgress) request.progress.delete(onProgress);
      request.callers--;
      if (request.callers === 0) {
        if (inFlight.get(key) === request) inFlight.delete(key);
        request.controller.abort(NO_CALLERS);
      }
      resolve(aborted);
    };
    signal.addEventListener('abort', leave, { once: true });
    request.result.then((outcome) => {
      signal.removeEventListener('abort', leave);
      resolve(outcome);
    });
  });
}
