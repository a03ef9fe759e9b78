import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import type { Server } from 'node:http';
// @ts-expect-error: plain ESM script without types
import { createDemoServer, listen } from '../../demo/serve.mjs';
import { launchChromium } from './browser.js';

// Modelled on Spectrum Web Components' memory tests: mount and unmount many times in the built
// drop-in, force garbage collection, and check that no element instance stays behind and the
// heap does not keep growing. Run on dist/ (as users get it), not on the dev server.
describe('memory', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    server = createDemoServer();
    const port = await listen(server, 18500);
    browser = await launchChromium(['--js-flags=--expose-gc']);
    page = await browser.newPage();
    await page.goto(`http://localhost:${port}/test/e2e/pages/leak.html`, { waitUntil: 'load' });
    await page.evaluate(async () => {
      const [bundle, model] = await Promise.all([(await fetch('/data/h10-bundle.json')).json(), (await fetch('/data/business-case.haaglanden.json')).json()]);
      Object.assign(window, { __bundle: bundle, __model: model });
      await customElements.whenDefined('mbc-chart');
      await customElements.whenDefined('mbc-dashboard'); // the drop-in loads view code when idle
    });
    cdp = await page.target().createCDPSession();
  }, 30000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** Mount the dashboard on its product-usage page, wait until every chart is drawn, unmount. */
  const cycles = (n: number) =>
    page.evaluate(async (n) => {
      const w = window as unknown as { __bundle: unknown; __model: unknown };
      let drawn = 0;
      let unfinalized = 0;
      for (let i = 0; i < n; i++) {
        const el = document.createElement('mbc-dashboard') as HTMLElement & { bundle: unknown; model: unknown; page: string };
        el.page = 'usage';
        el.bundle = w.__bundle;
        el.model = w.__model;
        document.getElementById('host')!.append(el);
        const charts = () => {
          const out: (Element & { view?: unknown })[] = [];
          const walk = (root: ParentNode) =>
            root.querySelectorAll('*').forEach((c) => (c.localName === 'mbc-chart' && out.push(c), c.shadowRoot && walk(c.shadowRoot)));
          walk(el.shadowRoot!);
          return out;
        };
        for (let t = 0; t < 400 && !(charts().length >= 4 && charts().every((c) => c.view)); t++) await new Promise((r) => setTimeout(r, 10));
        const own = charts();
        drawn += own.filter((c) => c.view).length;
        el.remove();
        unfinalized += own.filter((c) => c.view !== undefined).length;
      }
      return { drawn, unfinalized };
    }, n);

  const heap = async () => {
    await page.evaluate(async () => {
      for (let i = 0; i < 5; i++) {
        (window as unknown as { gc: () => void }).gc();
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    return (await page.metrics()).JSHeapUsedSize!;
  };

  const instances = async (tag: string) => {
    const proto = await cdp.send('Runtime.evaluate', { expression: `customElements.get(${JSON.stringify(tag)}).prototype` });
    const objects = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId! });
    const length = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objects.objectId!,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    return length.result.value as number;
  };

  it('mounting and unmounting the dashboard 200 times finalizes every Vega view and keeps the heap bounded', async () => {
    await cycles(10); // warm up: lazy chunks, caches
    const before = await heap();
    const result = await cycles(200);
    // Let the last mounts' pending tasks (timers, idle callbacks) finish before measuring.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    const after = await heap();
    expect(result.drawn).toBeGreaterThanOrEqual(800);
    expect(result.unfinalized).toBe(0);
    // A few of the last mounted elements may still be referenced by pending tasks; a leak
    // would keep all 210.
    expect(await instances('mbc-dashboard')).toBeLessThanOrEqual(10);
    expect(await instances('mbc-chart')).toBeLessThanOrEqual(50);
    // A leaked Vega view per chart would be well over 100 MB over 200 dashboards.
    expect(after - before, `heap grew from ${before} to ${after}`).toBeLessThan(16 * 1024 * 1024);
  }, 240000);
});
