import { expect } from '@open-wc/testing';
import { clearDatasetCache, loadDataset } from '../../src/model/load.js';
import { smallDataset } from '../fixtures/small-dataset.js';

const body = JSON.stringify(smallDataset);

/** A fetch that answers from `respond` and counts its calls; it honours the abort signal. */
function fakeFetch(respond: (signal: AbortSignal) => Promise<Response> | Response) {
  const calls: string[] = [];
  const signals: AbortSignal[] = [];
  const fetch = ((url: string, init: RequestInit) => {
    calls.push(String(url));
    signals.push(init.signal!);
    return new Promise<Response>((resolve, reject) => {
      init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      Promise.resolve(respond(init.signal!)).then(resolve, reject);
    });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls, signals };
}
const never = () => new Promise<Response>(() => undefined);
const json = (text: string, init: ResponseInit = {}) => new Response(text, { status: 200, headers: { 'content-type': 'application/json' }, ...init });

describe('loadDataset', () => {
  beforeEach(() => clearDatasetCache());
  afterEach(() => document.querySelectorAll('script[data-test]').forEach((script) => script.remove()));

  it('loads a real URL over HTTP and validates it', async () => {
    const result = await loadDataset('/data/syria-2024.json');
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.dataset.events.length).to.be.at.least(40);
  });

  it('reads an inline <script type="application/json"> named by #id', async () => {
    const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'inline-data', textContent: body });
    script.dataset.test = '';
    document.body.append(script);
    const result = await loadDataset('#inline-data');
    expect(result.ok && result.dataset.events.length).to.equal(6);
  });

  it('says when #id names no element, or not a script', async () => {
    const missing = await loadDataset('#nothing-here');
    expect(!missing.ok && missing.error.message).to.contain('no element with id "nothing-here"');
    const div = Object.assign(document.createElement('div'), { id: 'a-div' });
    div.dataset.test = '';
    document.body.append(div);
    const notScript = await loadDataset('#a-div');
    div.remove();
    expect(!notScript.ok && notScript.error.message).to.contain('<div>');
  });

  it('answers a malformed #id with an error instead of throwing', async () => {
    const result = await Promise.resolve().then(() => loadDataset('#%E0%A4%A'));
    expect(!result.ok && [result.error.kind, result.error.message]).to.deep.equal(['network', '"#%E0%A4%A" is not a valid id of an element on this page']);
  });

  it('holds inline data to max-bytes in bytes of UTF-8, as a file, not in characters', async () => {
    const arabic = JSON.stringify({ ...smallDataset, description: 'ب'.repeat(600) });
    const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'inline-arabic', textContent: arabic });
    script.dataset.test = '';
    document.body.append(script);
    const bytes = new TextEncoder().encode(arabic).length;
    expect(arabic.length).to.be.below(bytes - 500);
    const over = await loadDataset('#inline-arabic', { maxBytes: bytes - 1 });
    expect(!over.ok && over.error.kind).to.equal('too-large');
    const within = await loadDataset('#inline-arabic', { maxBytes: bytes });
    expect(within.ok).to.equal(true);
  });

  it('reports an HTTP error with its status', async () => {
    const result = await loadDataset('/data/does-not-exist.json');
    expect(!result.ok && [result.error.kind, result.error.status]).to.deep.equal(['http', 404]);
  });

  it('reports a network failure as network, never as an exception, after trying again twice', async () => {
    const { fetch, calls } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await loadDataset('https://data.example/x.json', { fetch });
    expect(!result.ok && result.error.kind).to.equal('network');
    expect(calls).to.have.length(3);
  });

  it('tries again after 502, 503 and 504, and succeeds when the server recovers', async () => {
    let answer = 0;
    const statuses = [503, 502];
    const { fetch, calls } = fakeFetch(() => (answer < statuses.length ? new Response('busy', { status: statuses[answer++] }) : json(body)));
    const result = await loadDataset('https://data.example/busy.json', { fetch });
    expect([result.ok, calls.length]).to.deep.equal([true, 3]);
  });

  it('gives up after two retries, saying how many tries it made', async () => {
    const { fetch, calls } = fakeFetch(() => new Response('down', { status: 503, statusText: 'Service Unavailable' }));
    const result = await loadDataset('https://data.example/down.json', { fetch });
    expect(!result.ok && [result.error.kind, result.error.status]).to.deep.equal(['http', 503]);
    expect(!result.ok && result.error.message).to.contain('(after 3 tries)');
    expect(calls).to.have.length(3);
  });

  it('waits as long as Retry-After asks on 429', async () => {
    let answered = false;
    const { fetch, calls } = fakeFetch(() => {
      if (answered) return json(body);
      answered = true;
      return new Response('slow down', { status: 429, headers: { 'retry-after': '1' } });
    });
    const started = performance.now();
    const result = await loadDataset('https://data.example/limited.json', { fetch });
    expect([result.ok, calls.length]).to.deep.equal([true, 2]);
    expect(performance.now() - started).to.be.at.least(950);
  });

  it('never tries again after 404, 410 or 500', async () => {
    for (const status of [404, 410, 500]) {
      const { fetch, calls } = fakeFetch(() => new Response('no', { status }));
      const result = await loadDataset(`https://data.example/${status}.json`, { fetch });
      expect(!result.ok && result.error.status).to.equal(status);
      expect(calls, String(status)).to.have.length(1);
    }
  });

  it('reports invalid JSON as parse, with the line', async () => {
    const { fetch } = fakeFetch(() => json('{\n  "version": 1,\n  "title": "t" "events": []\n}'));
    const result = await loadDataset('https://data.example/broken.json', { fetch });
    expect(!result.ok && result.error.kind).to.equal('parse');
    expect(!result.ok && result.error.message).to.contain('line 3');
  });

  it('says when the address returns a web page instead of data (a server\'s fallback page)', async () => {
    const { fetch } = fakeFetch(() => new Response('<!doctype html><html><body>Not here</body></html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const result = await loadDataset('https://data.example/typo.json', { fetch });
    expect(!result.ok && result.error.kind).to.equal('parse');
    expect(!result.ok && result.error.message).to.contain('returned a web page, not data');
  });

  /** A body that sends `sent` bytes of `text`, then breaks as a reset connection does. */
  function breakingBody(text: string, sent: number): ReadableStream<Uint8Array> {
    const bytes = new TextEncoder().encode(text);
    let step = 0;
    return new ReadableStream({
      pull(controller) {
        if (step++ === 0) controller.enqueue(bytes.slice(0, sent));
        else controller.error(new TypeError('network error'));
      },
    });
  }

  it('tries again when the body breaks off mid-transfer, and shows the data that then arrives whole', async () => {
    let calls = 0;
    const { fetch } = fakeFetch(() => (++calls === 1 ? new Response(breakingBody(body, 200), { headers: { 'content-type': 'application/json' } }) : json(body)));
    const result = await loadDataset('https://data.example/reset-once.json', { fetch });
    expect(calls).to.equal(2);
    expect(result.ok && result.dataset.events.length).to.equal(6);
  });

  it('says how much arrived when the body keeps breaking off, after three tries', async () => {
    const big = body.padEnd(4000, ' ');
    const { fetch, calls } = fakeFetch(() => new Response(breakingBody(big, 2048), { headers: { 'content-type': 'application/json', 'content-length': String(big.length) } }));
    const result = await loadDataset('https://data.example/reset.json', { fetch });
    expect(calls.length).to.equal(3);
    expect(!result.ok && result.error.kind).to.equal('network');
    expect(!result.ok && result.error.message).to.contain('stopped arriving after 2 KB of 4 KB');
  });

  it('says a JSON file that ends early may have been cut off (a body truncated without a network error)', async () => {
    const { fetch } = fakeFetch(() => json(body.slice(0, Math.floor(body.length / 2))));
    const result = await loadDataset('https://data.example/cut.json', { fetch });
    expect(!result.ok && result.error.kind).to.equal('parse');
    expect(!result.ok && result.error.message).to.contain('ends too early');
  });

  it('reads a CSV cut off mid-row: the whole rows render, the cut row is reported with its number', async () => {
    const csv = 'date,title,type\n2024-11-27,Offensive begins,battle\n2024-11-30,Aleppo falls,battle\n2024-12-0';
    const { fetch } = fakeFetch(() => new Response(csv, { headers: { 'content-type': 'text/csv' } }));
    const result = await loadDataset('https://data.example/cut.csv', { fetch });
    expect(result.ok && result.dataset.events.map((event) => event.title)).to.deep.equal(['Offensive begins', 'Aleppo falls']);
    expect(result.ok && result.issues.some((issue) => issue.row === 4 && issue.severity === 'error')).to.equal(true);
  });

  it('believes the content over a wrong content type: JSON sent as text/plain or CSV, CSV sent as JSON', async () => {
    const csv = 'date,title,type\n2024-11-27,Offensive begins,battle\n';
    const cases: [string, string, string, number][] = [
      ['https://data.example/data', body, 'text/plain', 6],
      ['https://data.example/data.csv', body, 'text/csv', 6],
      ['https://data.example/data.json', csv, 'application/json', 1],
      ['https://data.example/export', csv, 'application/octet-stream', 1],
    ];
    for (const [url, text, type, events] of cases) {
      const { fetch } = fakeFetch(() => new Response(text, { headers: { 'content-type': type } }));
      const result = await loadDataset(url, { fetch });
      expect(result.ok && result.dataset.events.length, `${type} at ${url}`).to.equal(events);
    }
  });

  it('names a workbook, a PDF or a picture served in place of data, and says what to do', async () => {
    const cases: [Uint8Array<ArrayBuffer>, string, string][] = [
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'save the sheet as CSV'],
      [new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3'), 'application/pdf', 'PDF document'],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png', 'picture or media file'],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'application/octet-stream', 'old .xls workbook'],
    ];
    for (const [bytes, type, says] of cases) {
      const { fetch } = fakeFetch(() => new Response(bytes, { headers: { 'content-type': type } }));
      const result = await loadDataset('https://data.example/events', { fetch });
      expect(!result.ok && result.error.kind, type).to.equal('parse');
      expect(!result.ok && result.error.message, type).to.contain(says);
    }
  });

  it('reports data with nothing to show as validation, with the issues', async () => {
    const { fetch } = fakeFetch(() => json('{"version": 1, "title": "t", "events": [{"id": "x"}]}'));
    const result = await loadDataset('https://data.example/bad.json', { fetch });
    expect(!result.ok && result.error.kind).to.equal('validation');
    expect(!result.ok && result.error.issues.length).to.be.greaterThan(1);
  });

  it('times out after the given time and aborts the request', async () => {
    const { fetch, signals } = fakeFetch(never);
    const started = performance.now();
    const result = await loadDataset('https://data.example/slow.json', { fetch, timeout: 150 });
    const elapsed = performance.now() - started;
    expect(!result.ok && result.error.kind).to.equal('timeout');
    expect(elapsed).to.be.within(140, 400);
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('refuses a body over the size cap as it arrives, even without Content-Length', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
        if (pulled > 1000) controller.close();
      },
    });
    const { fetch } = fakeFetch(() => new Response(stream, { headers: { 'content-type': 'application/json' } }));
    const result = await loadDataset('https://data.example/huge.json', { fetch, maxBytes: 256 * 1024 });
    expect(!result.ok && result.error.kind).to.equal('too-large');
    expect(pulled).to.be.below(10);
  });

  it('refuses a declared Content-Length over the cap before reading', async () => {
    const { fetch } = fakeFetch(() => json(body, { headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) } }));
    const result = await loadDataset('https://data.example/declared.json', { fetch });
    expect(!result.ok && result.error.kind).to.equal('too-large');
  });

  it('resolves as aborted when the caller aborts, and aborts the request', async () => {
    const { fetch, signals } = fakeFetch(never);
    const controller = new AbortController();
    const pending = loadDataset('https://data.example/abort.json', { fetch, signal: controller.signal });
    controller.abort();
    const result = await pending;
    expect(!result.ok && result.error.kind).to.equal('aborted');
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('shares one request between concurrent calls for the same URL', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { fetch, calls } = fakeFetch(async () => {
      await gate;
      return json(body);
    });
    const first = loadDataset('https://data.example/shared.json', { fetch });
    const second = loadDataset('https://data.example/shared.json', { fetch });
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(calls).to.have.length(1);
    expect(a.ok && b.ok && a.dataset === b.dataset).to.equal(true);
  });

  it('keeps the shared request alive while one caller still wants it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { fetch, calls, signals } = fakeFetch(async () => {
      await gate;
      return json(body);
    });
    const leaving = new AbortController();
    const first = loadDataset('https://data.example/kept.json', { fetch, signal: leaving.signal });
    const second = loadDataset('https://data.example/kept.json', { fetch, signal: new AbortController().signal });
    leaving.abort();
    expect(signals[0]!.aborted).to.equal(false);
    release();
    const [a, b] = await Promise.all([first, second]);
    expect([!a.ok && a.error.kind, b.ok, calls.length]).to.deep.equal(['aborted', true, 1]);
  });

  it('reports progress as the body arrives, with the declared total', async () => {
    const chunk = new TextEncoder().encode(body);
    const half = Math.ceil(chunk.length / 2);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk.slice(0, half));
        controller.enqueue(chunk.slice(half));
        controller.close();
      },
    });
    const { fetch } = fakeFetch(() => new Response(stream, { headers: { 'content-type': 'application/json', 'content-length': String(chunk.length) } }));
    const seen: [number, number | undefined][] = [];
    const result = await loadDataset('https://data.example/progress.json', { fetch, onProgress: (received, total) => seen.push([received, total]) });
    expect(result.ok).to.equal(true);
    expect(seen).to.deep.equal([
      [half, chunk.length],
      [chunk.length, chunk.length],
    ]);
  });

  it('reuses a finished result, unless asked to reload', async () => {
    const { fetch, calls } = fakeFetch(() => json(body));
    await loadDataset('https://data.example/again.json', { fetch });
    await loadDataset('https://data.example/again.json', { fetch });
    expect(calls).to.have.length(1);
    await loadDataset('https://data.example/again.json', { fetch, reload: true });
    expect(calls).to.have.length(2);
  });
});
