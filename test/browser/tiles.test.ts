import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/mbc-dashboard/mbc-dashboard.js';
import type { MbcDashboard } from '../../components/mbc-dashboard/mbc-dashboard.component.js';
import type { MbcDataSource } from '../../components/mbc-data-source/mbc-data-source.component.js';
import type { MbcKpi } from '../../components/mbc-kpi/mbc-kpi.component.js';
import { deepQueryAll, shownText } from './helpers.js';

const MANIFEST = '/data/manifest.json';
const tiles = (el: Element) => deepQueryAll<MbcKpi>(el.shadowRoot!, 'mbc-kpi').map((k) => [k.label, k.value]);

describe('the overview of a municipality whose every cell is hidden', () => {
  it('says "afgeschermd" in the usage and indicator tiles, never "Indicaties 0"', async () => {
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard src=${MANIFEST}></mbc-dashboard>`);
    await waitUntil(() => deepQueryAll(el.shadowRoot!, 'mbc-kpi').length >= 10, 'overview tiles', { timeout: 20000 });
    el.shadowRoot!.querySelector<MbcDataSource>('mbc-data-source')!.store.setFilters({ municipalities: ['Midden-Delfland'] });
    await waitUntil(() => tiles(el).some(([label, value]) => label === 'Indicaties' && value === 'afgeschermd'), 'hidden indications', { timeout: 20000 });
    const shown = Object.fromEntries(tiles(el));
    expect(shown['Indicaties']).to.equal('afgeschermd');
    expect(shown['Gezinnen (2a/2b)']).to.equal('afgeschermd');
    expect(shown['OTS voorkomen']).to.equal('afgeschermd');
    const usageTile = deepQueryAll<MbcKpi>(el.shadowRoot!, 'mbc-kpi').find((k) => k.label === 'Indicaties')!;
    expect(shownText(usageTile.shadowRoot!.querySelector('[part="value"]')!)).to.equal('afgeschermd');
  });
});
