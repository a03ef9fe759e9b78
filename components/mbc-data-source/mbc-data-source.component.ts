import { LitElement, css, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Bundle } from '../../src/data/types.js';
import { readSourceHash, writeSourceHash } from '../../src/select/filters.js';
import { DataStore } from '../shared/store.js';
import { SOURCE_CONNECTED } from '../shared/store-controller.js';
import { resolveLang } from '../shared/lang.js';
import { emit } from '../shared/events.js';
import { baseStyles } from '../shared/base.styles.js';

/**
 * Loads data once for every view on the page that names it with `source="…"`. Give it an `id`
 * and a `src` pointing at a manifest (`format: "mbc-manifest"`), a prepared bundle, a
 * business-case model or a raw CSV/JSON/Arrow file; or set the `bundle` and `model` properties.
 * It renders nothing itself (unless `src` fails; then the views show the alert).
 *
 * The shared filters (municipalities, period range, scenario) live here. With `sync-hash`, they
 * are mirrored in the URL hash as `#<id>:gemeente=…&van=…`, so a link reopens the same view.
 *
 * @tagname mbc-data-source
 * @summary Loads data once for every view that names it.
 *
 * @fires {CustomEvent<MbcLoadDetail>} mbc-load - When data has loaded. `detail: {bundle, model, warnings}`.
 * @fires {CustomEvent<MbcErrorDetail>} mbc-error - When loading fails or the data has errors. `detail: {errors}`.
 * @fires {CustomEvent<MbcFilterChangeDetail>} mbc-filter-change - When the shared filters change. `detail: {filters}`.
 */
export class MbcDataSource extends LitElement {
  static override styles = [
    baseStyles,
    css`
    :host {
      display: none;
    }
  `,
  ];

  /** The shared state every view on this source reads. */
  readonly store = new DataStore();

  /** URL of a manifest, bundle, model or raw data file. */
  @property() src = '';

  /** A prepared bundle set directly. */
  @property({ attribute: false }) bundle?: Bundle;

  /** A business-case model set directly. */
  @property({ attribute: false }) model?: unknown;

  /** Mirror the filters in the URL hash. */
  @property({ type: Boolean, attribute: 'sync-hash' }) syncHash = false;

  /** Refuse data files larger than this many bytes (default 20 MB). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  /** Give up on a data file that has not arrived after this many seconds (default 30); the views then offer to try again. */
  @property({ type: Number }) timeout?: number;

  private lastVersion = 0;
  private readonly handleChange = () => this.handleStoreChange();
  private readonly handleFilters = () => this.handleFiltersChange();
  private readonly handleHashChange = () => this.readHash();

  override connectedCallback(): void {
    super.connectedCallback();
    this.store.addEventListener('change', this.handleChange);
    this.store.addEventListener('filters', this.handleFilters);
    window.addEventListener('hashchange', this.handleHashChange);
    this.readHash();
    if (this.hasUpdated && this.src && this.store.status !== 'ready') void this.store.load(this.src, resolveLang(this), this.maxBytes, this.timeout);
    document.dispatchEvent(new CustomEvent(SOURCE_CONNECTED, { detail: { id: this.id } }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store.removeEventListener('change', this.handleChange);
    this.store.removeEventListener('filters', this.handleFilters);
    window.removeEventListener('hashchange', this.handleHashChange);
    this.store.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bundle') || changed.has('model')) {
      if (this.bundle !== undefined || this.model !== undefined)
        this.store.setData({ bundle: this.bundle ?? null, model: this.model ?? null }, resolveLang(this));
    }
    if (changed.has('src')) {
      if (this.src) void this.store.load(this.src, resolveLang(this), this.maxBytes, this.timeout);
      else if (this.bundle === undefined && this.model === undefined) this.store.reset();
    }
  }

  private handleStoreChange(): void {
    const { status, version } = this.store;
    if (status === 'loading' || version === this.lastVersion) return;
    this.lastVersion = version;
    if (this.store.errors.length) emit(this, 'mbc-error', { errors: this.store.errors });
    if (status === 'ready') emit(this, 'mbc-load', { bundle: this.store.bundle, model: this.store.model, warnings: this.store.warnings });
  }

  private handleFiltersChange(): void {
    emit(this, 'mbc-filter-change', { filters: this.store.filters });
    if (this.syncHash && this.id) {
      const hash = writeSourceHash(location.hash, this.id, this.store.filters);
      if (hash !== location.hash.replace(/^#/, '')) history.replaceState(history.state, '', hash ? `#${hash}` : location.pathname + location.search);
    }
  }

  private readHash(): void {
    if (!this.syncHash || !this.id) return;
    const filters = readSourceHash(location.hash, this.id);
    if (filters) this.store.setFilters(filters);
  }

  protected override render() {
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mbc-data-source': MbcDataSource;
  }
}
