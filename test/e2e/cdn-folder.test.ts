import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, WebWorker } from 'puppeteer-core';
import type { Server } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: plain ESM script without types
import { createDemoServer, listen } from '../../demo/serve.mjs';
import { launchChromium } from './browser.js';

/**
 * An advisor uploads dist/cdn/ as one folder to the intranet, with the data elsewhere, and pastes
 * a script tag with a relative path. Only that copy is served: nothing from dist/ outside it, no
 * node_modules, no repository. Every view draws, the analyses worker starts from the copy, and
 * no request fails.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const PAGE = `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <title>Beter Samenspel: de business case</title>
    <link rel="icon" href="data:," />
    <script type="module" src="../assets/mbc-dashboard/mbc-dashboard.js"></script>
  </head>
  <body>
    <mbc-dashboard src="../files/mbc/manifest.json" layout="sections"></mbc-dashboard>
  </body>
</html>
`;

describe('dist/cdn/ uploaded as one folder', () => {
  let site: string;
  let server: Server;
  let browser: Browser;
  let port: number;

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'mbc-intranet-'));
    cpSync(`${root}dist/cdn`, join(site, 'intranet/assets/mbc-dashboard'), { recursive: true });
    mkdirSync(join(site, 'intranet/files/mbc'), { recursive: true });
    for (const file of ['manifest.json', 'h10-bundle.json', 'business-case.haaglanden.json', 'parameters-h10.csv'])
      cpSync(`${root}data/${file}`, join(site, 'intranet/files/mbc', file));
    mkdirSync(join(site, 'intranet/pages'), { recursive: true });
    writeFileSync(join(site, 'intranet/pages/business-case.html'), PAGE);
    server = createDemoServer({ root: site, index: '/intranet/pages/business-case.html' });
    port = await listen(server, 18340);
    browser = await launchChromium();
  }, 30000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('draws every view from the copy, starts the worker from it, and every request succeeds', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const scripts: string[] = [];
    const workers: WebWorker[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('request', (r) => ['script', 'other'].includes(r.resourceType()) && r.url().endsWith('.js') && scripts.push(new URL(r.url()).pathname));
    page.on('workercreated', (w) => workers.push(w));
    await page.goto(`http://localhost:${port}/intranet/pages/business-case.html`, { waitUntil: 'load' });
    const drawn = await page.waitForFunction(
      () => {
        const charts: Element[] = [];
        const walk = (node: ParentNode) => {
          for (const el of node.querySelectorAll('*')) {
            if (el.localName === 'mbc-chart') charts.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        const withMarks = charts.filter((c) => c.shadowRoot!.querySelector('svg g[class*="mark-"] > *'));
        const monteCarlo = (charts as Array<Element & { chart?: { summary: string } }>).some((c) => c.chart?.summary.includes('trekkingen'));
        return charts.length >= 15 && withMarks.length === charts.length && monteCarlo ? charts.length : false;
      },
      { timeout: 60000, polling: 200 },
    );
    expect(await drawn.jsonValue()).toBeGreaterThanOrEqual(15);
    expect(workers.map((w) => new URL(w.url()).pathname)).toEqual(['/intranet/assets/mbc-dashboard/chunks/monte-carlo.worker.js']);
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((path) => !path.startsWith('/intranet/assets/mbc-dashboard/'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 90000);
});
