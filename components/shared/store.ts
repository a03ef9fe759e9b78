import type { Bundle } from '../../src/data/types.js';
import type { FileIssue } from '../../src/data/load.js';
import type { SourceData, SourceFile } from '../../src/data/source.js';
import { checkBundle, normalizeBundle, stripTexts } from '../../src/data/check-bundle.js';
import { EMPTY_FILTERS, type Filters } from '../../src/select/filters.js';
import type { Lang } from '../../src/i18n/lang.js';

export type StoreStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Problems that may go away when the same files are loaded again. */
const RETRYABLE = new Set(['timeout', 'network', 'truncated', 'http', 'html_page']);

/**
 * The state one data source shares with every view on it: what was loaded, its problems, and
 * the filters. A plain `EventTarget`: it fires `change` after every update. Loading is guarded
 * by a generation counter and an AbortController, so switching `src` quickly always ends with
 * the last source.
 */
export class DataStore extends EventTarget {
  status: StoreStatus = 'idle';
  title = '';
  bundle: Bundle | null = null;
  model: unknown | null = null;
  errors: FileIssue[] = [];
  warnings: FileIssue[] = [];
  /** The files loaded, with the SHA-256 of their bytes (for a snapshot's stamp); empty for data set directly. */
  files: SourceFile[] = [];
  filters: Filters = EMPTY_FILTERS;
  /** Bumped whenever new data (or new errors) arrive; views memoise on it. */
  version = 0;

  private generation = 0;
  private controller?: AbortController;
  private last?: { url: string; lang: Lang; maxBytes?: number; timeout?: number };

  /**
   * Load a manifest, bundle, model or raw file, giving up on a file after `timeout` seconds
   * (default 30). Never rejects.
   */
  async load(url: string, lang: Lang, maxBytes?: number, timeout?: number): Promise<void> {
    this.last = { url, lang, maxBytes, timeout };
    const generation = ++this.generation;
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.status = 'loading';
    this.changed();
    let data: SourceData;
    try {
      // The loader is a chunk of its own (fetched in parallel with the first view's code), so the
      // first chunk stays small.
      const { loadSource } = await import('../../src/data/source.js');
      data = await loadSource(url, { lang, signal: controller.signal, maxBytes, timeout });
    } catch (error) {
      if (generation !== this.generation) return; // superseded (aborted)
      data = { title: '', bundle: null, model: null, warnings: [], errors: [{ file: url, line: 1, code: 'load_failed', message: String(error) }] };
    }
    if (generation !== this.generation) return;
    this.apply(data);
  }

  /**
   * Set data directly (JS properties `bundle` / `model`). A bundle is checked like a loaded one
   * (structure, finite numbers, no unsuppressed small counts); a bad one is refused with errors.
   */
  setData(data: { bundle?: Bundle | null; model?: unknown | null; title?: string }, lang: Lang = 'nl'): void {
    this.generation++;
    this.controller?.abort();
    const bundle = data.bundle === undefined ? this.bundle : data.bundle;
    const issues = bundle ? checkBundle(bundle, lang) : [];
    this.apply({
      title: data.title ?? this.title,
      bundle: issues.length || !bundle ? null : normalizeBundle(bundle),
      model: data.model === undefined ? this.model : stripTexts(data.model),
      errors: issues.map((i) => ({ file: '', line: 0, code: i.code, message: i.message })),
      warnings: [],
    });
  }

  /** Whether the last load failed on fetching (time limit, network, HTTP), so trying again may help. */
  get canRetry(): boolean {
    return this.last !== undefined && this.status !== 'loading' && this.errors.some((e) => RETRYABLE.has(e.code));
  }

  /** Load the last source again (after a time limit or a network error). */
  retry(): Promise<void> {
    if (!this.last) return Promise.resolve();
    const { url, lang, maxBytes, timeout } = this.last;
    return this.load(url, lang, maxBytes, timeout);
  }

  /** Clear all data (no source). */
  reset(): void {
    this.generation++;
    this.controller?.abort();
    this.status = 'idle';
    this.bundle = null;
    this.model = null;
    this.errors = [];
    this.warnings = [];
    this.version++;
    this.changed();
  }

  setFilters(partial: Partial<Filters>): void {
    const next = { ...this.filters, ...partial };
    if (JSON.stringify(next) === JSON.stringify(this.filters)) return;
    this.filters = next;
    this.dispatchEvent(new Event('filters'));
    this.changed();
  }

  /** Abort any load in flight (when the owner disconnects). */
  abort(): void {
    this.generation++;
    this.controller?.abort();
  }

  private apply(data: SourceData): void {
    this.title = data.title;
    this.bundle = data.bundle;
    this.model = data.model;
    this.errors = data.errors;
    this.warnings = data.warnings;
    this.files = data.files ?? [];
    this.status = data.bundle || data.model ? 'ready' : data.errors.length ? 'error' : 'ready';
    this.version++;
    this.changed();
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}
