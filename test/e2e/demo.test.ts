import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { Server } from 'node:http';
// @ts-expect-error: plain ESM script without types
import { createDemoServer, listen } from '../../demo/serve.mjs';
import { launchChromium } from './browser.js';

// `npm start` builds and runs demo/serve.mjs; this test serves the same files and opens the page.
describe('the demo page (npm start)', () => {
  let server: Server;
  let browser: Browser;
  let port: number;

  beforeAll(async () => {
    server = createDemoServer();
    port = await listen(server, 18080);
    browser = await launchChromium();
  }, 30000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('renders the dashboard: overview tiles and its four charts, then the product-usage charts with marks, and no console errors', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    await page.goto(`http://localhost:${port}/`, { waitUntil: 'load' });
    const deepCount = (selector: string) =>
      page.evaluate((sel) => {
        const count = (root: ParentNode): number =>
          root.querySelectorAll(sel).length + [...root.querySelectorAll('*')].reduce((n, el) => n + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
        return count(document);
      }, selector);
    await page.waitForFunction(() => (document.querySelector('mbc-dashboard')?.shadowRoot?.querySelectorAll('[role="tab"]').length ?? 0) > 0, {
      timeout: 20000,
    });
    // Every page of the dashboard has its tab, the benchmark ("Vergelijken") last.
    const tabs = await page.evaluate(() => [...document.querySelector('mbc-dashboard')!.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) => t.id));
    expect(tabs).toEqual(['tab-overview', 'tab-business-case', 'tab-costs', 'tab-usage', 'tab-indicators', 'tab-benchmark']);
    await page.waitForFunction(
      () => {
        const count = (root: ParentNode): number =>
          root.querySelectorAll('mbc-kpi').length + [...root.querySelectorAll('*')].reduce((n, el) => n + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
        return count(document) >= 10;
      },
      { timeout: 20000 },
    );
    expect(await deepCount('mbc-kpi')).toBeGreaterThanOrEqual(10);
    // The overview draws four charts besides its tiles.
    await page.waitForFunction(
      () => {
        const charts: Element[] = [];
        const walk = (root: ParentNode) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.localName === 'mbc-chart') charts.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        return charts.length === 4 && charts.every((c) => c.shadowRoot!.querySelector('.canvas svg g.role-mark > *'));
      },
      { timeout: 20000 },
    );
    await page.evaluate(() => document.querySelector('mbc-dashboard')!.shadowRoot!.querySelector<HTMLButtonElement>('#tab-usage')!.click());
    const marks = await page.waitForFunction(
      () => {
        const count = (root: ParentNode): number =>
          root.querySelectorAll('g.mark-rect path').length +
          [...root.querySelectorAll('*')].reduce((n, el) => n + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
        const n = count(document);
        return n >= 12 ? n : false;
      },
      { timeout: 20000 },
    );
    expect(await marks.jsonValue()).toBeGreaterThanOrEqual(12);
    expect(problems).toEqual([]);
    await page.close();
  }, 40000);
});
