/**
 * P3 of `npm run bench`: the JavaScript a page actually loads, counted from the responses of a
 * real page load in Chromium (gzip -9 of each JavaScript response body, added up): the
 * dashboard's default page, and each view alone on a page. The first chunk is counted from the
 * build's chunk report, as scripts/check-size.mjs does. Method: bench/README.md.
 */
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBE } from './p1.mjs';

/** A view alone on a page, with the sample data, drawing every chart it has. */
const VIEW_PAGES = {
  'mbc-business-case': '/data/business-case.haaglanden.json',
  'mbc-implementation-costs': '/data/business-case.haaglanden.json',
  'mbc-product-usage': '/data/h10-bundle.json',
  'mbc-indicators': '/data/h10-bundle.json',
  'mbc-benchmark': '/data/manifest.json',
  'mbc-overview': '/data/manifest.json',
};

const viewPage = (tag, src) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>P3 ${tag}</title>
<script>${PROBE}</script>
<script type="module" src="/dist/cdn/mbc-dashboard.js"></script>
</head><body style="margin: 0; inline-size: 1200px">
<${tag} src="${src}"></${tag}>
</body></html>`;

export function writeP3Pages(build) {
  for (const [tag, src] of Object.entries(VIEW_PAGES)) writeFileSync(join(build, `p3-${tag}.html`), viewPage(tag, src));
}

/** Every `<mbc-chart>` on the page has drawn marks (at least `min` charts), and none is loading. */
function allDrawn(min) {
  const charts = window.__bench.deep(document, 'mbc-chart');
  return charts.length >= min && charts.every((c) => c.shadowRoot && window.__bench.marks(c.shadowRoot) > 0);
}

/**
 * Load `path` in a fresh context (empty cache), wait until its charts are drawn and the network
 * has been idle for a second (so the code loaded when the browser is idle counts too), and add
 * up the gzip -9 size of every JavaScript file it received (each URL once).
 */
export async function measurePage(browser, origin, path, minCharts) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // The probe on any page, the demo's included (a page that has it runs it again, harmlessly).
    await page.evaluateOnNewDocument(PROBE);
    const pending = [];
    page.on('response', (response) => {
      if (!/javascript/.test(response.headers()['content-type'] ?? '')) return;
      pending.push(
        response
          .buffer()
          .then((body) => ({ url: new URL(response.url()).pathname, bytes: gzipSync(body, { level: 9 }).length }))
          .catch(() => null),
      );
    });
    await page.goto(origin + path, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(allDrawn, { timeout: 60_000, polling: 100 }, minCharts);
    await page.waitForNetworkIdle({ idleTime: 1000, timeout: 30_000 });
    // A file counts once: the analyses worker imports chunks the page has loaded already (a
    // worker has a module map of its own), which a server with caching (hashed names) serves
    // from the cache; the same bytes are not more code.
    const byUrl = new Map();
    for (const file of (await Promise.all(pending)).filter(Boolean)) if (!byUrl.has(file.url)) byUrl.set(file.url, file);
    const files = [...byUrl.values()];
    return { bytes: files.reduce((s, f) => s + f.bytes, 0), files: files.sort((a, b) => b.bytes - a.bytes) };
  } finally {
    await context.close();
  }
}

export async function measureP3Pages(browser, origin) {
  const dashboard = await measurePage(browser, origin, '/bench/.build/p1-dashboard.html', 4);
  const views = {};
  for (const tag of Object.keys(VIEW_PAGES)) views[tag] = await measurePage(browser, origin, `/bench/.build/p3-${tag}.html`, 1);
  return { dashboard, views };
}
