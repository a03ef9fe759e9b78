import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, WebWorker } from 'puppeteer-core';
import type { Server } from 'node:http';
// @ts-expect-error: plain ESM script without types
import { createDemoServer, listen } from '../../demo/serve.mjs';
import { launchChromium, STRICT_CSP } from './browser.js';

// The strict policy of the README (STRICT_CSP): no `unsafe-eval`, no inline script or style,
// and no `worker-src`, so workers fall back to `script-src 'self'`.

describe('the business case’s analyses worker in the built drop-in, under a strict CSP', () => {
  let server: Server;
  let browser: Browser;
  let port: number;

  beforeAll(async () => {
    server = createDemoServer({ headers: { 'content-security-policy': STRICT_CSP } });
    port = await listen(server, 18240);
    browser = await launchChromium();
  }, 30000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('starts dist/cdn/chunks/monte-carlo.worker.js, which draws the Monte Carlo chart, with zero violations', async () => {
    const page = await browser.newPage();
    const workers: WebWorker[] = [];
    page.on('workercreated', (worker) => workers.push(worker));
    await page.goto(`http://localhost:${port}/test/e2e/pages/csp-worker.html`, { waitUntil: 'load' });
    const summary = await page.waitForFunction(
      () => {
        const view = document.querySelector('mbc-business-case');
        const charts = [...(view?.shadowRoot?.querySelectorAll('mbc-chart') ?? [])] as Array<Element & { chart?: { summary: string } }>;
        return charts.find((c) => c.chart?.summary.includes('trekkingen'))?.chart?.summary ?? false;
      },
      { timeout: 30000 },
    );
    expect(await summary.jsonValue()).toContain('Bij 20.000 trekkingen');
    // The worker is the built file, and its module ran (it listens for requests).
    expect(workers.map((w) => new URL(w.url()).pathname)).toEqual(['/dist/cdn/chunks/monte-carlo.worker.js']);
    expect(await workers[0]!.evaluate(() => typeof (globalThis as { onmessage: unknown }).onmessage)).toBe('function');
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors)).toEqual([]);
    await page.close();
  }, 40000);
});
