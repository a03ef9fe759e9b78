import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { Server } from 'node:http';
// @ts-expect-error: plain ESM script without types
import { createDemoServer, listen } from '../../demo/serve.mjs';
import { launchChromium } from './browser.js';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";

describe('dist/ under a strict Content-Security-Policy', () => {
  let server: Server;
  let browser: Browser;
  let port: number;

  beforeAll(async () => {
    server = createDemoServer({ headers: { 'content-security-policy': STRICT_CSP } });
    port = await listen(server, 18180);
    browser = await launchChromium();
  }, 30000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('draws every chart of every view (the dashboard in sections) with zero violations and no request to another origin', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.host !== `localhost:${port}`) foreign.push(r.url());
    });
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await page.goto(`http://localhost:${port}/test/e2e/pages/csp.html`, { waitUntil: 'load' });
    const counts = await page.waitForFunction(
      () => {
        const charts: Element[] = [];
        const walk = (root: ParentNode) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.localName === 'mbc-chart') charts.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        const drawn = charts.filter((c) => c.shadowRoot!.querySelector('.canvas svg .mark-rect, .canvas svg .mark-text, .canvas svg .mark-line'));
        const views = ['mbc-business-case', 'mbc-implementation-costs', 'mbc-product-usage', 'mbc-indicators'].filter((tag) =>
          document.querySelector('mbc-dashboard')?.shadowRoot?.querySelector(`section ${tag}`),
        );
        return views.length === 4 && charts.length >= 15 && drawn.length === charts.length ? { views: views.length, drawn: drawn.length >= 15 } : false;
      },
      { timeout: 30000 },
    );
    expect(await counts.jsonValue()).toEqual({ views: 4, drawn: true });
    // Hover a bar to bring up a tooltip, which must not inject styles either.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    const errors = await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  }, 40000);

  it('raw CSV under the same CSP gives a clear message naming the fix, not a stack trace', async () => {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${port}/test/e2e/pages/csp-raw.html`, { waitUntil: 'load' });
    const alert = await page.waitForFunction(
      () => document.querySelector('mbc-product-usage')?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? false,
      { timeout: 20000 },
    );
    expect(await alert.jsonValue()).toContain('npx mbc-dashboard prepare');
    const errors = await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
    expect(errors).toEqual([]);
    await page.close();
  }, 40000);
});
