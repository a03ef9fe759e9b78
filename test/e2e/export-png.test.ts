import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, STRICT_CSP } from './browser.js';
// @ts-expect-error: plain JavaScript without declarations
import { createDemoServer, listen } from '../../demo/serve.mjs';

/**
 * The drop-in's Vega runtime has no canvas renderer until a PNG export asks for it (a chunk of
 * its own, scripts/trim-vega.mjs): a PNG exported from the built drop-in, on a strict-CSP page,
 * is a real PNG with the chart in it, and an SVG export needs no canvas at all.
 */
describe('PNG and SVG exports from the built drop-in', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  let downloads: string;

  beforeAll(async () => {
    server = createDemoServer({ headers: { 'content-security-policy': STRICT_CSP } });
    origin = `http://127.0.0.1:${await listen(server, 18440)}`;
    browser = await launchChromium();
    downloads = mkdtempSync(join(tmpdir(), 'mbc-export-'));
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  for (const kind of ['PNG', 'SVG'] as const) {
    it(`exports a chart as ${kind}, with no CSP violation and no error`, async () => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(String(e)));
      const folder = mkdtempSync(join(downloads, `${kind}-`));
      const client = await page.createCDPSession();
      await client.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, eventsEnabled: true });
      const done = new Promise<void>((resolve) => client.on('Browser.downloadProgress', (e: { state: string }) => e.state === 'completed' && resolve()));
      const canvasChunks: string[] = [];
      page.on('response', (r) => /vega-canvas-module/.test(r.url()) && canvasChunks.push(r.url()));
      await page.goto(`${origin}/test/e2e/pages/view.html?tag=mbc-product-usage&src=/data/h10-bundle.json`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => {
          const chart = document.querySelector('mbc-product-usage')?.shadowRoot?.querySelector('mbc-chart');
          return chart?.shadowRoot?.querySelector('svg g.role-mark > *') && !chart.shadowRoot.querySelector('button[part="export"][disabled]');
        },
        { timeout: 30000, polling: 100 },
      );
      const fileName = await page.evaluate(async (label: string) => {
        const chart = document.querySelector('mbc-product-usage')!.shadowRoot!.querySelector('mbc-chart')!;
        const exported = new Promise<string>((resolve) =>
          chart.addEventListener('mbc-export', (e) => resolve((e as CustomEvent<{ fileName: string }>).detail.fileName), { once: true }),
        );
        [...chart.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="export"]')].find((b) => b.textContent!.trim() === label)!.click();
        return exported;
      }, kind);
      await done;
      const files = readdirSync(folder);
      expect(files).toEqual([fileName]);
      const bytes = readFileSync(join(folder, fileName));
      if (kind === 'PNG') {
        expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        // A chart at twice its size, not an empty 1×1 image: IHDR width and height.
        expect(bytes.readUInt32BE(16)).toBeGreaterThan(300);
        expect(bytes.readUInt32BE(20)).toBeGreaterThan(150);
        expect(canvasChunks.length).toBe(1);
      } else {
        expect(bytes.toString('utf8')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
        expect(canvasChunks).toEqual([]);
      }
      expect(problems).toEqual([]);
      await page.close();
    }, 90000);
  }
});
