/**
 * The entry of the one-file snapshot build (`dist/cdn/snapshot/mbc-dashboard.snapshot.js`): every
 * element at once and every chart template and the Vega runtime inline, no chunks to fetch. It
 * reads the packed data of the page (`#mbc-snapshot-data`, see `src/snapshot/pack.ts`) and hands
 * it to the page's `<mbc-dashboard>`. The business case's analyses run on the main thread in
 * slices: a snapshot has no worker file, and makes no request at all.
 */
import './register.js';
import { useAnalysesWorker } from './mbc-business-case/analyses-client.js';
import { setInlineSnapshot } from './shared/snapshot-context.js';
import { unpackSnapshotData } from '../src/snapshot/pack.js';
import { EMPTY_FILTERS } from '../src/select/filters.js';
import type { Bundle } from '../src/data/types.js';
import type { MbcDashboard } from './mbc-dashboard/mbc-dashboard.component.js';
import type { MbcDataSource } from './mbc-data-source/mbc-data-source.component.js';

useAnalysesWorker(false);

async function start(): Promise<void> {
  const block = document.getElementById('mbc-snapshot-data');
  const dashboard = document.querySelector<MbcDashboard>('mbc-dashboard[data-snapshot]');
  if (!block || !dashboard) return;
  const data = await unpackSnapshotData(block.textContent ?? '');
  // A download from this page makes the same file again: its code is this very script.
  const code = document.querySelector('#mbc-snapshot-data ~ script[type="module"]')?.textContent ?? '';
  setInlineSnapshot({ script: code, files: data.files ?? [] });
  dashboard.heading = data.title;
  if (data.page) dashboard.page = data.page as MbcDashboard['page'];
  dashboard.bundle = (data.bundle ?? undefined) as Bundle | undefined;
  dashboard.model = data.model ?? undefined;
  if (data.filters) {
    await dashboard.updateComplete;
    const source = dashboard.shadowRoot?.querySelector<MbcDataSource>('mbc-data-source');
    source?.store.setFilters({ ...EMPTY_FILTERS, ...data.filters });
  }
}

void start().catch((error: unknown) => {
  const dashboard = document.querySelector('mbc-dashboard[data-snapshot]');
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.textContent = `mbc-dashboard: ${error instanceof Error ? error.message : String(error)}`;
  dashboard?.after(alert);
});
