import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/mbc-dashboard/mbc-dashboard.js';
import type { MbcDashboard } from '../../components/mbc-dashboard/mbc-dashboard.component.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import type { MbcKpi } from '../../components/mbc-kpi/mbc-kpi.component.js';
import { analysisStats } from '../../components/mbc-business-case/analyses-client.js';
import { deepQueryAll } from './helpers.js';

const switchButtons = (el: MbcDashboard) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('header .language button')];
const monteCarlo = (el: MbcDashboard) => deepQueryAll<MbcChart>(el.shadowRoot!, 'mbc-chart').find((c) => c.chart?.fileName.startsWith('monte-carlo'));

describe('the dashboard’s language switch', () => {
  it('is a labelled group of two toggle buttons beside the print button', async () => {
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard src="/data/manifest.json"></mbc-dashboard>`);
    const group = el.shadowRoot!.querySelector('header .actions .language')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Taal');
    expect(switchButtons(el).map((b) => [b.textContent!.trim(), b.lang, b.getAttribute('aria-pressed')])).to.deep.equal([
      ['Nederlands', 'nl', 'true'],
      ['English', 'en', 'false'],
    ]);
  });

  it('re-renders every text in English without running the Monte Carlo again', async () => {
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard src="/data/manifest.json" page="business-case"></mbc-dashboard>`);
    await waitUntil(() => monteCarlo(el)?.chart?.summary.startsWith('Bij '), 'Monte Carlo in Dutch', { timeout: 30000 });
    const runs = analysisStats.worker + analysisStats.mainThread;
    expect(runs).to.be.greaterThan(0);
    const samplesBefore = monteCarlo(el)!.chart!.table.rows.length;
    switchButtons(el)[1]!.click();
    await waitUntil(() => monteCarlo(el)?.chart?.summary.startsWith('Over '), 'Monte Carlo in English', { timeout: 10000 });
    expect(el.lang).to.equal('en');
    expect(switchButtons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
    expect(el.shadowRoot!.querySelector('header .language')!.getAttribute('aria-label')).to.equal('Language');
    expect([...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.textContent!.trim())).to.include('Implementation costs');
    expect(deepQueryAll<MbcKpi>(el.shadowRoot!, 'mbc-kpi').map((k) => k.label)).to.include('Net present value');
    // The same analyses, in other words.
    await new Promise((r) => setTimeout(r, 300));
    expect(analysisStats.worker + analysisStats.mainThread).to.equal(runs);
    expect(monteCarlo(el)!.chart!.table.rows.length).to.equal(samplesBefore);
    switchButtons(el)[0]!.click();
    await waitUntil(() => monteCarlo(el)?.chart?.summary.startsWith('Bij '), 'back in Dutch');
    expect(analysisStats.worker + analysisStats.mainThread).to.equal(runs);
  });
});
