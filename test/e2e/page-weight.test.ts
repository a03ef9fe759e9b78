import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { Server } from 'node:http';
import { launchChromium } from './browser.js';
// @ts-expect-error: plain JavaScript without declarations
import { createDemoServer, listen } from '../../demo/serve.mjs';
// @ts-expect-error: plain JavaScript without declarations
import { measurePage } from '../../bench/p3.mjs';

/**
 * What a page really loads: every JavaScript response of a page load in Chromium (gzip -9 of each
 * body, added up), until its charts are drawn and the network has been idle for a second, so the
 * code a page loads on demand (the data loader, the parameter sheet's reader, the analyses
 * worker, chart specs) counts too. scripts/check-size.mjs adds up the chunk graph statically;
 * this is the measure of record. The budget: 200 KB for the demo (the dashboard's default page,
 * with the sample manifest: bundle, model and parameter sheet) and for each view alone.
 */
const KB = 1024;
const BUDGET = 200 * KB;
const MODEL = '/data/business-case.haaglanden.json';
const BUNDLE = '/data/h10-bundle.json';
const PAGES: [string, string, number][] = [
  ['the demo: the dashboard’s default page (overview) with the sample manifest', '/demo/index.html', 4],
  ...(
    [
      ['mbc-business-case', MODEL],
      ['mbc-implementation-costs', MODEL],
      ['mbc-product-usage', BUNDLE],
      ['mbc-indicators', BUNDLE],
      ['mbc-benchmark', '/data/manifest.json'],
      ['mbc-overview', '/data/manifest.json'],
    ] as const
  ).map(([tag, src]): [string, string, number] => [`${tag} alone on a page`, `/test/e2e/pages/view.html?tag=${tag}&src=${src}`, 1]),
];

interface Measured {
  bytes: number;
  files: { url: string; bytes: number }[];
}

describe('the JavaScript a page loads (gzip)', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    server = createDemoServer();
    origin = `http://127.0.0.1:${await listen(server, 18420)}`;
    browser = await launchChromium();
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  for (const [name, path, charts] of PAGES) {
    it(`${name}: at most 200 KB`, async () => {
      const measured = (await measurePage(browser, origin, path, charts)) as Measured;
      const list = measured.files.map((f) => `${(f.bytes / KB).toFixed(1)} KB ${f.url}`).join('\n');
      // The page loaded the drop-in and drew: a measure of nothing would pass any budget.
      expect(
        measured.files.some((f) => f.url.endsWith('/dist/cdn/mbc-dashboard.js')),
        list,
      ).toBe(true);
      console.log(`${name}: ${(measured.bytes / KB).toFixed(1)} KB`);
      expect(measured.bytes, `${(measured.bytes / KB).toFixed(1)} KB:\n${list}`).toBeLessThanOrEqual(BUDGET);
    }, 120000);
  }
});
