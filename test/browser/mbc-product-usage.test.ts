import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/mbc-product-usage/mbc-product-usage.js';
import type { MbcProductUsage } from '../../components/mbc-product-usage/mbc-product-usage.component.js';
import { barMarks, deepText, waitForDeep } from './helpers.js';

describe('mbc-product-usage', () => {
  it('renders one bar per period × product from a bundle URL', async () => {
    const el = await fixture<MbcProductUsage>(html`<mbc-product-usage src="/test/fixtures/small-bundle.json"></mbc-product-usage>`);
    await waitForDeep(el.shadowRoot!, 'g.mark-rect path', 12);
    expect(barMarks(el.shadowRoot!)).to.have.length(12);
  });

  it('shows an alert and fires mbc-error for a missing file', async () => {
    const el = document.createElement('mbc-product-usage');
    const error = oneEvent(el, 'mbc-error');
    el.src = '/test/fixtures/does-not-exist.json';
    document.body.append(el);
    const event = await error;
    expect(event.detail.errors[0].code).to.equal('http');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(deepText(el.shadowRoot!)).to.contain('HTTP 404');
    el.remove();
  });
});
