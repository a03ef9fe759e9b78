import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataStore } from './store.js';
import type { Bundle } from '../../src/data/types.js';
import { resolveLang } from './lang.js';

/** What a view exposes to find its data. */
export interface StoreHost extends ReactiveControllerHost, HTMLElement {
  /** Id of an `<mbc-data-source>` on the page. */
  source: string;
  /** URL of a manifest (or bundle, model, raw file) for this view alone. */
  src: string;
  bundle?: Bundle;
  model?: unknown;
  maxBytes?: number;
  timeout?: number;
}

/** Fired on `document` when an `<mbc-data-source>` connects, so views placed before it can find it. */
export const SOURCE_CONNECTED = 'mbc-data-source-connected';

/** Elements that own a store (`<mbc-data-source>`). */
export interface StoreOwner extends HTMLElement {
  readonly store: DataStore;
}

/**
 * Finds the store a view reads: its own (from `src`, `bundle` or `model`) or the one of the
 * `<mbc-data-source>` named by `source`, looked up in the view's own tree and then the document.
 * Subscribes to its changes and asks the host to update.
 */
export class StoreController implements ReactiveController {
  store: DataStore | null = null;
  private own?: DataStore;
  private key = '';
  private givenBundle?: Bundle;
  private givenModel?: unknown;
  private readonly onChange = () => this.host.requestUpdate();
  private readonly onSourceConnected = () => this.resolve(true);

  constructor(private readonly host: StoreHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve(true);
    document.addEventListener(SOURCE_CONNECTED, this.onSourceConnected);
  }

  hostDisconnected(): void {
    document.removeEventListener(SOURCE_CONNECTED, this.onSourceConnected);
    this.store?.removeEventListener('change', this.onChange);
    // An aborted load must start again on reconnect; loaded data is kept.
    if (this.own?.status === 'loading') {
      this.own.abort();
      this.own.status = 'idle';
      this.key = '';
    }
    this.store = null;
  }

  hostUpdate(): void {
    this.resolve(false);
  }

  private resolve(force: boolean): void {
    const { src, source, bundle, model } = this.host;
    const ownData = Boolean(src || bundle || model);
    const key = ownData ? `own|${src}` : `source|${source}`;
    let store: DataStore | null;
    if (ownData) {
      this.own ??= new DataStore();
      store = this.own;
      if (bundle || model) {
        // Compare with what was given, not with the store: a refused bundle leaves the store empty.
        if (this.givenBundle !== bundle || this.givenModel !== model) {
          this.givenBundle = bundle;
          this.givenModel = model;
          store.setData({ bundle: bundle ?? null, model: model ?? null }, resolveLang(this.host));
        }
      } else if (key !== this.key || force) {
        if (key !== this.key || store.status === 'idle') void store.load(src, resolveLang(this.host), this.host.maxBytes, this.host.timeout);
      }
    } else {
      store = source ? findSource(this.host, source) : null;
    }
    this.key = key;
    if (store !== this.store) {
      this.store?.removeEventListener('change', this.onChange);
      this.store = store;
      store?.addEventListener('change', this.onChange);
      this.host.requestUpdate();
    }
  }
}

function findSource(host: HTMLElement, id: string): DataStore | null {
  const root = host.getRootNode() as Document | ShadowRoot;
  const el = (root.getElementById?.(id) ?? document.getElementById(id)) as StoreOwner | null;
  return el && el.store instanceof DataStore ? el.store : null;
}
