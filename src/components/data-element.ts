import { isServer, LitElement, ReactiveElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DatasetController } from '../controllers/dataset-controller.js';
import { SitrepErrorEvent } from '../events/events.js';
import { loadStrings, stringsFor, stringsReady, type Strings } from '../i18n/strings.js';
import type { Format } from '../model/types.js';
import { withCalendar } from '../i18n/calendar.js';
import { followLanguage, inheritedAttribute, unfollowLanguage } from './inherited.js';
import type { LazyModule } from './lazy.js';

/** Something named in the data, with names by language. */
export interface Named {
  readonly name: string;
  readonly names: Readonly<Record<string, string>>;
}

/**
 * What the three elements share: where their data comes from (`src`, `format`, `.data`, one
 * request per address for the whole page), the language and direction they inherit from the
 * page, and names in that language.
 */
export class SitrepDataElement extends LitElement {
  protected readonly data$ = new DatasetController(this);
  /** The language in effect (from `lang` on the element or an ancestor). */
  protected locale = 'en';
  /** The locale dates are written in: `locale` with the calendar chosen by `calendar`, if any. */
  protected dateLocale = 'en';
  /** Whether the element is laid out right to left (from `dir`). */
  protected rtl = false;
  protected strings: Strings = stringsFor('en');

  /** URL of the dataset (JSON or CSV), or `#id` of an inline `<script type="application/json">` or `<script type="text/csv">` on the page. */
  @property() src?: string;

  /** The data format: `auto`, `sitrep`, `csv`, `acled` or `timelinejs`. */
  @property() format: Format = 'auto';

  /** A dataset object in the native format; when set it wins over `src`. */
  @property({ attribute: false }) data?: unknown;

  /**
   * How long to wait for the data, in milliseconds (default 15,000). Elements sharing one `src`
   * share one request, made with the limits of the first to ask.
   */
  @property({ type: Number }) timeout?: number;

  /** The largest data file accepted, in bytes (default 20 MB); raise it for a large ACLED export. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  /** IANA time zone used to display times (default: the dataset's `timeZone`, else UTC). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /**
   * The calendar dates are written in: `gregory`, `persian` (Solar Hijri), `islamic-umalqura`,
   * `hebrew`, or any other calendar `Intl` knows. By default, the usual calendar of the language
   * (Persian readers get the Solar Hijri calendar). Only the writing changes: events keep their
   * places on the time axis, and the detail of an event also gives the Gregorian date.
   */
  @property() calendar?: string;

  /** The dataset and id last reported missing, so that each is reported once. */
  private missing?: readonly [unknown, string];

  /**
   * With its data loaded, a card or chip whose actor or route is not in it has nothing to show:
   * it shows why, and fires `sitrep-error` (kind `validation`) once per dataset and id.
   */
  protected reportMissing(id = '', found: boolean, message: (id: string) => string): void {
    const { dataset } = this.data$;
    if (!dataset || found || (this.missing?.[0] === dataset && this.missing[1] === id)) return;
    this.missing = [dataset, id];
    // After the data's `sitrep-load`, which fires once this update is complete.
    void this.updateComplete.then(() => this.dispatchEvent(new SitrepErrorEvent('validation', message(id), this.data$.issues)));
  }

  /** The zone times are written in: `time-zone`, else the dataset's `timeZone`, else UTC. */
  protected displayZone(dataset: { readonly timeZone?: string } | undefined): string {
    return this.timeZone || dataset?.timeZone || 'UTC';
  }

  /**
   * The nodes a server rendered into the shadow root (declarative shadow DOM, see `sitrep/ssr`):
   * they stay until the element can draw its data (or its error) in the page's language, and go
   * in the same turn as that first drawing, so readers never see a loading state, an empty box
   * or the content twice.
   */
  private serverNodes?: ChildNode[];
  private serverStrings?: 'waiting' | 'settled';
  /** Parts of the drawing on their way (see {@link loadedPart}). */
  private readonly pendingParts = new Map<LazyModule<unknown>, Promise<void>>();

  /**
   * A part of the drawing that loads on first use: the module when it is loaded, else undefined
   * while it loads. The element then updates again when it arrives; meanwhile `updateComplete`
   * waits for it, and a server's nodes stay. A part that cannot be loaded is left out (the
   * console says so), and the rest of the element works.
   */
  protected loadedPart<T>(module: LazyModule<T>): T | undefined {
    if (module.loaded || module.failed || this.pendingParts.has(module)) return module.loaded;
    const pending: Promise<void> = module
      .load()
      .then(
        () => undefined,
        (error: unknown) => console.error(`sitrep: a part of <${this.localName}> could not be loaded (${error instanceof Error ? error.message : String(error)})`),
      )
      .finally(() => {
        this.pendingParts.delete(module);
        this.requestUpdate();
      });
    this.pendingParts.set(module, pending);
    return undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // A part that started loading during the update is part of that update.
    while (this.pendingParts.size > 0) {
      await Promise.all(this.pendingParts.values());
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const rendered = this.shadowRoot?.hasChildNodes() ? [...this.shadowRoot.childNodes] : undefined;
    const root = super.createRenderRoot();
    // Lit renders before the root's first child (the styles, where they are shimmed as <style>
    // elements), and keeps its part on that node: never one of the server's, which go.
    if (rendered) this.renderOptions.renderBefore = root.childNodes[rendered.length] ?? null;
    this.serverNodes = rendered;
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.serverNodes && this.keepServerNodes()) {
      // The update completes (attributes reflect, events can fire) without drawing over the server's nodes.
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
      return;
    }
    super.update(changed);
    if (this.serverNodes) {
      for (const node of this.serverNodes) node.remove();
      this.serverNodes = undefined;
    }
  }

  /** Whether the server's nodes must stay: the data or a part of the drawing is loading, or the language's strings are (waited for once). */
  private keepServerNodes(): boolean {
    if (this.data$.status === 'loading' || this.pendingParts.size > 0) return true;
    if (stringsReady(this.locale) || this.serverStrings === 'settled') return false;
    if (!this.serverStrings) {
      this.serverStrings = 'waiting';
      void loadStrings(this.locale).finally(() => {
        this.serverStrings = 'settled';
        this.requestUpdate();
      });
    }
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLanguage(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Server rendering runs no controller: the data given as `.data` is read here (synchronously).
    if (isServer && this.data != null) this.data$.hostUpdate();
    this.locale = inheritedAttribute(this, 'lang') || 'en';
    this.rtl = inheritedAttribute(this, 'dir')?.toLowerCase() === 'rtl';
    this.dateLocale = withCalendar(this.locale, this.calendar);
    this.strings = stringsFor(this.locale);
    if (!stringsReady(this.locale)) {
      // The language's strings load once for the page; until then the element speaks English.
      const locale = this.locale;
      void loadStrings(locale).then((loaded) => {
        if (loaded && this.locale === locale) this.requestUpdate();
      });
    }
  }

  /** The name of an actor or place in the element's language, else its main name. */
  protected nameOf(item: Named | undefined): string | undefined {
    if (!item) return undefined;
    const base = this.locale.split('-')[0]!;
    return item.names[this.locale] ?? item.names[base] ?? item.name;
  }

  /** The `<sitrep-timeline>` named by `for`, looked up in this element's tree, then the document. */
  protected linkedTimeline(id: string | undefined): HTMLElement | null {
    if (!id) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = root.getElementById?.(id) ?? this.ownerDocument.getElementById(id);
    return found?.localName === 'sitrep-timeline' ? found : null;
  }
}
