import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SitrepErrorEvent, SitrepLoadEvent } from '../events/events.js';
import { loadDataset, type InlineRoot } from '../model/load.js';
import { parseWith, unreadable, type LoadError, type LoadResult } from '../model/parse.js';
import { loadReaders, syncReaders } from '../model/readers.js';
import type { DataIssue, Dataset, Format } from '../model/types.js';

/** What an element must offer for its data to be loaded by a {@link DatasetController}. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  format: Format;
  data?: unknown;
  /** How long to wait for the data, in milliseconds (default 15,000). */
  timeout?: number;
  /** The largest data file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
}

/** Where an element's data stands. */
export type DataStatus = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * Loads the data of an element from `.data` (wins) or `src`, and keeps the latest result:
 * a new `src` aborts the previous load, and removing the element aborts it too (loading
 * resumes if the element is put back). Fires `sitrep-load` or `sitrep-error` on the host
 * once the result is rendered.
 */
export class DatasetController implements ReactiveController {
  status: DataStatus = 'idle';
  dataset?: Dataset;
  issues: readonly DataIssue[] = [];
  error?: LoadError;
  /** Bytes received so far while loading, and the total when known. */
  progress?: { received: number; total?: number };
  private abort?: AbortController;
  private progressFrame = 0;
  private requested?: { src?: string; format: Format; data?: unknown };

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.requested) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const { src, format, data } = this.host;
    const last = this.requested;
    if (last && last.src === src && last.format === format && last.data === data) return;
    this.requested = { src, format, data };
    this.abort?.abort();
    this.abort = undefined;
    if (data !== undefined && data !== null) {
      const result = parseWith(data, {}, syncReaders());
      if (result) this.settle(result);
      else this.parseLater(data);
    } else if (src) {
      this.start(src, format);
    } else {
      this.status = 'idle';
      this.dataset = undefined;
      this.error = undefined;
      this.issues = [];
    }
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.progressFrame);
    this.progressFrame = 0;
    if (this.status === 'loading') {
      this.abort?.abort();
      this.abort = undefined;
      this.requested = undefined;
    }
  }

  /** Loads the data again, bypassing kept results (after a network, HTTP or timeout error). */
  retry(): void {
    const { src, format } = this.host;
    if (!src || this.host.data != null) return;
    this.abort?.abort();
    this.start(src, format, true);
    this.host.requestUpdate();
  }

  /**
   * A TimelineJS object handed over as `.data` in the self-contained bundle: its reader is loaded
   * on first use, then the data is read (or the failure to load the reader is reported).
   */
  private parseLater(data: unknown): void {
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'loading';
    loadReaders()
      .then(
        (readers) => parseWith(data, {}, readers)!,
        (error: unknown) => unreadable(`the data cannot be read: ${error instanceof Error ? error.message : String(error)}`, undefined),
      )
      .then((result) => {
        if (abort.signal.aborted || this.abort !== abort) return;
        this.abort = undefined;
        this.settle(result);
      });
  }

  private start(src: string, format: Format, reload = false): void {
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'loading';
    this.progress = undefined;
    const root = this.host.getRootNode() as unknown as Partial<InlineRoot>;
    const document = this.host.ownerDocument;
    const lookup: InlineRoot = {
      getElementById: (id) => (typeof root.getElementById === 'function' ? root.getElementById(id) : null) ?? document.getElementById(id),
    };
    const onProgress = (received: number, total: number | undefined) => {
      if (this.abort !== abort) return;
      this.progress = total === undefined ? { received } : { received, total };
      // One re-render per frame at most, however many chunks arrive.
      if (!this.progressFrame) {
        this.progressFrame = requestAnimationFrame(() => {
          this.progressFrame = 0;
          this.host.requestUpdate();
        });
      }
    };
    const { timeout, maxBytes } = this.host;
    const limits = {
      ...(timeout !== undefined && timeout > 0 ? { timeout } : {}),
      ...(maxBytes !== undefined && maxBytes > 0 ? { maxBytes } : {}),
    };
    // The result is drawn in a task of its own: reading a large file and drawing it would otherwise
    // hold the page in one long task (bench/WHY.md).
    loadDataset(src, { signal: abort.signal, format, root: lookup, baseUrl: document.baseURI, reload, onProgress, ...limits }).then((result) =>
      setTimeout(() => {
        if (abort.signal.aborted || this.abort !== abort) return;
        this.abort = undefined;
        this.settle(result);
        this.host.requestUpdate();
      }),
    );
  }

  private settle(result: LoadResult): void {
    if (result.ok) {
      this.status = 'loaded';
      this.dataset = result.dataset;
      this.issues = result.issues;
      this.error = undefined;
    } else {
      if (result.error.kind === 'aborted') return;
      this.status = 'error';
      this.dataset = undefined;
      this.issues = result.error.issues;
      this.error = result.error;
    }
    const host = this.host;
    // Fire once the element has drawn the result: the update it needs is requested here, so that
    // a listener finds the marks drawn and can zoom or select.
    host.requestUpdate();
    void host.updateComplete.then(() => {
      if (result.ok) host.dispatchEvent(new SitrepLoadEvent(result.dataset, result.issues));
      else if (result.error.kind !== 'aborted') host.dispatchEvent(new SitrepErrorEvent(result.error.kind, result.error.message, result.error.issues));
    });
  }
}
