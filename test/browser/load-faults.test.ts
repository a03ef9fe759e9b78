import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/register.js';
import type { MbcProductUsage } from '../../components/mbc-product-usage/mbc-product-usage.component.js';
import { deepText } from './helpers.js';

/** Runs `body` with `window.fetch` replaced by `stub`. */
async function withFetch(stub: typeof fetch, body: () => Promise<void>): Promise<void> {
  const real = window.fetch;
  window.fetch = stub;
  try {
    await body();
  } finally {
    window.fetch = real;
  }
}

const alertOf = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="alert"]');

describe('loading faults in the browser', () => {
  it('a data URL that never answers: after `timeout` seconds an alert names it, and "Opnieuw proberen" loads it', async () => {
    const realFetch = window.fetch.bind(window);
    let answer = false;
    let requests = 0;
    const stub = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      requests++;
      if (answer) return realFetch('/test/fixtures/small-bundle.json', init);
      return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }) as typeof fetch;
    await withFetch(stub, async () => {
      const errors: unknown[] = [];
      const el = await fixture<MbcProductUsage>(
        html`<mbc-product-usage src="/data/traag.json" timeout="0.3" @mbc-error=${(e: Event) => errors.push(e)}></mbc-product-usage>`,
      );
      await waitUntil(() => alertOf(el), 'alert after the time limit', { timeout: 5000 });
      expect(deepText(alertOf(el)!)).to.contain('traag.json gaf na 0,3 seconden geen antwoord');
      expect(errors.length).to.equal(1);
      const retry = alertOf(el)!.querySelector('button')!;
      expect(retry.textContent).to.equal('Opnieuw proberen');
      answer = true;
      retry.click();
      await waitUntil(() => !alertOf(el) && el.shadowRoot!.querySelector('mbc-chart'), 'loaded after retry', { timeout: 10000 });
      expect(requests).to.equal(2);
    });
  });

  it('a manifest that names itself: one alert, a bounded number of requests, no spinner forever', async () => {
    let requests = 0;
    const stub = (async () => {
      requests++;
      return new Response(JSON.stringify({ format: 'mbc-manifest', version: 1, bundle: 'lus.json' }));
    }) as typeof fetch;
    await withFetch(stub, async () => {
      const el = await fixture<MbcProductUsage>(html`<mbc-product-usage src="/data/lus.json"></mbc-product-usage>`);
      await waitUntil(() => alertOf(el), 'alert', { timeout: 5000 });
      expect(deepText(alertOf(el)!)).to.contain('verwijst (via lus.json → lus.json) naar zichzelf terug');
      await new Promise((r) => setTimeout(r, 300));
      expect(requests).to.equal(2);
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    });
  });

  it('an HTML login page instead of a CSV: the alert says an HTML page came back, in English too', async () => {
    const stub = (async () =>
      new Response('<!doctype html><html><head><title>Login</title></head><body></body></html>', { headers: { 'content-type': 'text/html' } })) as typeof fetch;
    await withFetch(stub, async () => {
      const el = await fixture<MbcProductUsage>(html`<mbc-product-usage lang="en" src="/data/gebruik.csv"></mbc-product-usage>`);
      await waitUntil(() => alertOf(el), 'alert', { timeout: 5000 });
      expect(deepText(alertOf(el)!)).to.contain('gebruik.csv: An HTML page came back instead of data');
      expect(deepText(alertOf(el)!)).not.to.contain('column');
    });
  });
});
