import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/register.js';
import type { MbcDashboard } from '../../components/mbc-dashboard/mbc-dashboard.component.js';
import { deepQueryAll } from './helpers.js';

// WCAG 1.4.10 Reflow: at 320 CSS px nothing may need horizontal scrolling.
describe('320 px wide', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const page of ['overview', 'business-case', 'costs', 'usage', 'indicators', 'benchmark'] as const) {
    it(`the dashboard's ${page} page fits without horizontal scrolling`, async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await fixture<MbcDashboard>(html`<mbc-dashboard src="/data/manifest.json" page=${page}></mbc-dashboard>`);
      await waitUntil(() => deepQueryAll(el.shadowRoot!, 'mbc-kpi').length > 0, 'tiles', { timeout: 20000 });
      if (page !== 'overview') await waitUntil(() => deepQueryAll(el.shadowRoot!, '.canvas svg').length > 0, 'a chart', { timeout: 20000 });
      await new Promise((r) => setTimeout(r, 300));
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  }
});
