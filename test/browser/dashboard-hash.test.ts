import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/mbc-dashboard/mbc-dashboard.js';
import type { MbcDashboard } from '../../components/mbc-dashboard/mbc-dashboard.component.js';
import type { MbcDataSource } from '../../components/mbc-data-source/mbc-data-source.component.js';

const MANIFEST = '/data/manifest.json';
const tab = (el: MbcDashboard, page: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${page}`);
const selected = (el: MbcDashboard) => el.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')?.id;

describe('mbc-dashboard with sync-hash: the open page in the URL', () => {
  const start = location.pathname + location.search;
  afterEach(() => history.replaceState(null, '', start));

  it('opens the page a link names, and keeps it in the hash', async () => {
    history.replaceState(null, '', `${start}#mbc-dashboard-source:gemeente=Delft&page=business-case`);
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST} sync-hash></mbc-dashboard>`);
    await waitUntil(() => tab(el, 'business-case'), 'tabs', { timeout: 20000 });
    expect(el.page).to.equal('business-case');
    await waitUntil(() => selected(el) === 'tab-business-case' && el.shadowRoot!.querySelector('mbc-business-case'), 'the business case open', {
      timeout: 20000,
    });
    const source = el.shadowRoot!.querySelector<MbcDataSource>('mbc-data-source')!;
    await waitUntil(() => source.store.status === 'ready', 'data', { timeout: 20000 });
    expect(source.store.filters.municipalities).to.deep.equal(['Delft']);
    expect(location.hash).to.equal('#mbc-dashboard-source:gemeente=Delft&page=business-case');
    // A filter change keeps the page in the hash.
    source.store.setFilters({ municipalities: ['Rijswijk'] });
    expect(location.hash).to.equal('#mbc-dashboard-source:gemeente=Rijswijk&page=business-case');
  });

  it('writes the tab into the hash without adding history entries, and follows a hash change', async () => {
    history.replaceState(null, '', start);
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST} sync-hash></mbc-dashboard>`);
    await waitUntil(() => tab(el, 'usage'), 'tabs', { timeout: 20000 });
    const entries = history.length;
    tab(el, 'usage')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#mbc-dashboard-source:page=usage');
    tab(el, 'costs')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#mbc-dashboard-source:page=costs');
    tab(el, 'overview')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(entries);
    // A link on the same page (or the back button to another hash) opens its page.
    location.hash = '#mbc-dashboard-source:page=indicators';
    await waitUntil(() => el.page === 'indicators', 'hashchange');
    await el.updateComplete;
    expect(selected(el)).to.equal('tab-indicators');
  });

  it('leaves the URL alone without sync-hash', async () => {
    history.replaceState(null, '', `${start}#mbc-dashboard-source:page=costs`);
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST}></mbc-dashboard>`);
    await waitUntil(() => tab(el, 'usage'), 'tabs', { timeout: 20000 });
    expect(el.page).to.equal('overview');
    tab(el, 'usage')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#mbc-dashboard-source:page=costs');
  });
});
