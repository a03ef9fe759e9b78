import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/register.js';
import type { MbcDashboard } from '../../components/mbc-dashboard/mbc-dashboard.component.js';
import type { MbcFilterBar } from '../../components/mbc-filter-bar/mbc-filter-bar.component.js';
import { deepQueryAll } from './helpers.js';

const bar = (el: MbcDashboard) => el.shadowRoot!.querySelector<MbcFilterBar>('mbc-filter-bar')!;
const toggle = (el: MbcDashboard) => bar(el).shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
const form = (el: MbcDashboard) => bar(el).shadowRoot!.querySelector<HTMLFormElement>('form')!;
const shown = (e: Element) => getComputedStyle(e).display !== 'none';

describe('the filter bar on a phone', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('at 375 px folds the filters behind a disclosure button, so the first screen shows a figure', async () => {
    await setViewport({ width: 375, height: 667 });
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard src="/data/manifest.json"></mbc-dashboard>`);
    await waitUntil(() => deepQueryAll(el.shadowRoot!, 'mbc-kpi').length >= 5, 'tiles', { timeout: 20000 });
    await bar(el).updateComplete;
    expect(shown(toggle(el))).to.equal(true);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(toggle(el).getAttribute('aria-controls')).to.equal('filters');
    expect(toggle(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filters: Regio (totaal)');
    expect(shown(form(el))).to.equal(false);
    // The first key figure starts on the first screen.
    const first = deepQueryAll<HTMLElement>(el.shadowRoot!, 'mbc-kpi')[0]!;
    expect(first.getBoundingClientRect().top).to.be.below(667);

    // Keyboard: focus the button and press Enter, then Space.
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    await bar(el).updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(shown(form(el))).to.equal(true);
    await sendKeys({ press: 'Space' });
    await bar(el).updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(shown(form(el))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('at 1024 px shows the filters and no button', async () => {
    await setViewport({ width: 1024, height: 768 });
    const el = await fixture<MbcDashboard>(html`<mbc-dashboard src="/data/manifest.json"></mbc-dashboard>`);
    await waitUntil(() => form(el)?.querySelector('select'), 'filters', { timeout: 20000 });
    expect(shown(toggle(el))).to.equal(false);
    expect(shown(form(el))).to.equal(true);
  });
});
