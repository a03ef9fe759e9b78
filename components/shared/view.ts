import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Bundle } from '../../src/data/types.js';
import type { FileIssue } from '../../src/data/load.js';
import type { Lang } from '../../src/i18n/lang.js';
import { uiText } from '../../src/i18n/ui-messages.js';
import { StoreController } from './store-controller.js';
import type { DataStore } from './store.js';
import { LangController, resolveLang } from './lang.js';
import { emit } from './events.js';
import { GlossaryController } from './glossary.js';

/** At most this many problems are listed in an alert; the rest are counted. */
const MAX_LISTED = 20;

/**
 * The base of every view: finds its data (`source`, `src`, `bundle`, `model`), renders the
 * loading, error, empty and partial states, and reports errors with an `mbc-error` event.
 * Subclasses implement `renderView(store, lang)`.
 */
export abstract class MbcView extends LitElement {
  /** Id of an `<mbc-data-source>` on the page whose data and filters this view shares. */
  @property() source = '';

  /** URL of a manifest (or bundle, model, raw file) for this view alone, instead of `source`. */
  @property() src = '';

  /** A prepared bundle, set directly as a JS property. */
  @property({ attribute: false }) bundle?: Bundle;

  /** A business-case model, set directly as a JS property. */
  @property({ attribute: false }) model?: unknown;

  /** Refuse data files larger than this many bytes (with `src`; default 20 MB). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  /** Give up on a data file that has not arrived after this many seconds (with `src`; default 30). */
  @property({ type: Number }) timeout?: number;

  protected readonly langController = new LangController(this);

  protected readonly data = new StoreController(this);
  /** The glossary for the terms in the view's texts; it loads when the view first asks. */
  protected readonly terms = new GlossaryController(this);
  private reportedVersion = -1;
  private reportedStore: DataStore | null = null;

  /** The language in use: `lang` on the element or the nearest ancestor, else Dutch. */
  protected get language(): Lang {
    return resolveLang(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Start loading the Vega runtime while the data loads, so the first chart does not wait
    // for both in turn. Views that show only tiles never need it. The chart element owns Vega;
    // the view only asks the registered element to preload it.
    if (this.drawsCharts) (customElements.get('mbc-chart') as { preload?: () => void } | undefined)?.preload?.();
  }

  /** Whether this view will draw charts (the filter bar and tile-only views do not). */
  protected get drawsCharts(): boolean {
    return (this as { variant?: string }).variant !== 'tiles';
  }

  protected override updated(): void {
    const store = this.data.store;
    if (!store || store.status === 'loading') return;
    if (store === this.reportedStore && store.version === this.reportedVersion) return;
    this.reportedStore = store;
    this.reportedVersion = store.version;
    if (store.errors.length) emit(this, 'mbc-error', { errors: store.errors });
  }

  protected override render() {
    const lang = this.language;
    const store = this.data.store;
    if (!store || store.status === 'idle') return html`<p part="status" class="muted">${uiText(lang, 'view.empty')}</p>`;
    if (store.status === 'loading') return html`<p part="status" class="muted" role="status">${uiText(lang, 'view.loading')}</p>`;
    const alert = store.errors.length ? this.renderAlert(store.errors, lang, store) : nothing;
    if (store.status === 'error') return alert;
    let content: TemplateResult | typeof nothing;
    try {
      content = this.renderView(store, lang);
    } catch (error) {
      // A view never throws into the host page.
      content = this.renderAlert([{ file: '', line: 0, code: 'render_failed', message: error instanceof Error ? error.message : String(error) }], lang);
    }
    return html`${alert}${content}`;
  }

  /** The `role="alert"` box listing problems with file, line and column. */
  protected renderAlert(errors: readonly FileIssue[], lang: Lang, store?: DataStore) {
    const listed = errors.slice(0, MAX_LISTED);
    return html`<div part="alert" class="alert" role="alert">
      <p><strong>${uiText(lang, 'alert', { n: errors.length })}</strong></p>
      <ul>
        ${listed.map((e) => html`<li>${describeIssue(e)}</li>`)}
      </ul>
      ${errors.length > MAX_LISTED ? html`<p>${uiText(lang, 'alert.more', { n: errors.length - MAX_LISTED })}</p>` : nothing}
      ${store?.canRetry ? html`<button type="button" part="retry" class="retry" @click=${() => void store.retry()}>${uiText(lang, 'alert.retry')}</button>` : nothing}
    </div>`;
  }

  protected renderEmpty(lang: Lang) {
    return html`<p part="status" class="muted">${uiText(lang, 'view.empty')}</p>`;
  }

  protected abstract renderView(store: DataStore, lang: Lang): TemplateResult | typeof nothing;
}

/**
 * "h10-gebruik.csv: Regel 7, kolom "startdatum": …". The parse messages already name the line
 * and column in the reader's language; the file name is added here.
 */
export function describeIssue(issue: Partial<FileIssue> & { message: string }): string {
  const file = issue.file ? issue.file.split(/[\\/]/).pop()!.split('?')[0]! : '';
  return file ? `${file}: ${issue.message}` : issue.message;
}
