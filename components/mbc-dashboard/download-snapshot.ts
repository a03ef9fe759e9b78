/**
 * "Download als HTML-bestand": the dashboard as it stands (its data, its page and its filters)
 * in one HTML file that works without a network, the same file `mbc-dashboard snapshot` writes.
 * A chunk of its own, loaded on the first click: the code of the snapshot (`dist/cdn/snapshot/`) is
 * fetched from next to the library, or, inside a snapshot, taken from the page itself.
 */
import { buildSnapshot, snapshotFileName } from '../../src/snapshot/build.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { DataStore } from '../shared/store.js';
import { inlineSnapshot } from '../shared/snapshot-context.js';

declare const __MBC_VERSION__: string | undefined;

/** The package version, when the build wrote it in. */
const VERSION = typeof __MBC_VERSION__ === 'string' ? __MBC_VERSION__ : 'dev';

async function snapshotScript(signal?: AbortSignal): Promise<string> {
  const inline = inlineSnapshot();
  if (inline) return inline.script;
  // This module is a chunk one folder below the drop-in (dist/cdn/chunks/).
  const url = new URL('../snapshot/mbc-dashboard.snapshot.js', import.meta.url);
  const response = await fetch(url, { signal, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url.pathname.split('/').pop()}: HTTP ${response.status}`);
  const script = await response.text();
  // A server that answers every path with its start page would give HTML, not the code.
  if (/^\s*</.test(script)) throw new Error(`${url.pathname.split('/').pop()}: not JavaScript`);
  return script;
}

/** Make the snapshot of what `store` holds, as a Blob and a file name. */
export async function makeSnapshot(
  store: DataStore,
  options: { title: string; lang: Lang; page: string; signal?: AbortSignal },
): Promise<{ blob: Blob; name: string }> {
  const now = new Date();
  const script = await snapshotScript(options.signal);
  const html = await buildSnapshot({
    script,
    version: VERSION,
    now,
    title: options.title,
    lang: options.lang,
    page: options.page,
    bundle: store.bundle,
    model: store.model,
    files: inlineSnapshot()?.files ?? store.files,
    filters: store.filters,
  });
  return { blob: new Blob([html], { type: 'text/html;charset=utf-8' }), name: snapshotFileName(options.title, now) };
}
