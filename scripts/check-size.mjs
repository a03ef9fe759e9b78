#!/usr/bin/env node
/**
 * Size budgets of the drop-in folder dist/cdn/ (gzip -9 of each file, added up). Fails (exit 1)
 * when a budget is exceeded. Reads dist/mbc-dashboard.chunks.json, which rollup.config.mjs writes.
 *
 * - first chunk: dist/cdn/mbc-dashboard.js and everything it imports statically; the tiles and the
 *   alert appear before Vega loads.
 * - default dashboard page (the overview): the first chunk, the dashboard's chunks and those of
 *   the views the overview shows (it loads them when it opens), the trimmed Vega runtime and the
 *   specs of the overview's four charts;
 * - each single view page (a view alone on a page, drawing every chart): the first chunk, the
 *   view's chunks, the runtime and every chart spec the view can load.
 * No page may load vega-lite, vega-embed or arquero (the raw-file chunks): the library's charts
 * are precompiled, and a user's own Vega-Lite chart loads chunks/vega-embed.js only when asked.
 * `npm run bench` (P3) measures the same from the responses of a real page load.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const KB = 1024;
export const BUDGETS = { firstChunk: 25 * KB, defaultPage: 200 * KB, viewPage: 200 * KB };
/**
 * The templates the dashboard's overview draws, and the views its page loads: the overview
 * element alone, which shows the key figures of every view itself (the shared tile renderers).
 */
export const OVERVIEW_SPECS = ['business-case/year', 'business-case/stakeholders', 'product-usage/hours', 'indicators/trend'];
export const OVERVIEW_VIEWS = ['mbc-overview'];
export const VIEWS = ['mbc-business-case', 'mbc-implementation-costs', 'mbc-product-usage', 'mbc-indicators', 'mbc-benchmark', 'mbc-overview'];

export function pages(dir = 'dist') {
  const chunks = JSON.parse(readFileSync(`${dir}/mbc-dashboard.chunks.json`, 'utf8'));
  const gz = (file) => gzipSync(readFileSync(`${dir}/cdn/${file}`), { level: 9 }).length;
  const closure = (start) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      chunks[file].imports.forEach(visit);
    };
    visit(start);
    return seen;
  };
  const find = (test) => Object.keys(chunks).find(test);
  const chunkOf = (tag) => find((f) => f.startsWith(`chunks/${tag}-`));
  const specChunks = (ids) => Object.keys(chunks).filter((f) => chunks[f].specs.some((id) => ids.includes(id)));
  /** Every spec a set of chunks can load with a dynamic import. */
  const loadableSpecs = (files) => [...files].flatMap((f) => chunks[f].dynamicImports).filter((f) => chunks[f]?.specs.length);
  const first = closure('mbc-dashboard.js');
  // The data loader, a chunk of its own that every page with data fetches at once.
  const loader = closure(chunkOf('source'));
  const runtime = closure(find((f) => chunks[f].packages.includes('vega-view')));
  const page = (...parts) => new Set(parts.flatMap((p) => [...p]));
  const result = [['first chunk', first, BUDGETS.firstChunk]];
  const dashboard = closure(chunkOf('mbc-dashboard'));
  const overviewViews = OVERVIEW_VIEWS.map((tag) => closure(chunkOf(tag)));
  result.push([
    'default dashboard page (overview)',
    page(first, loader, dashboard, ...overviewViews, runtime, specChunks(OVERVIEW_SPECS)),
    BUDGETS.defaultPage,
  ]);
  for (const tag of VIEWS) {
    const view = closure(chunkOf(tag));
    result.push([`${tag} page`, page(first, loader, view, runtime, loadableSpecs(view)), BUDGETS.viewPage]);
  }
  return result.map(([name, files, budget]) => ({
    name,
    files: [...files],
    size: [...files].reduce((s, f) => s + gz(f), 0),
    budget,
    packages: [...new Set([...files].flatMap((f) => chunks[f].packages))],
  }));
}

function main() {
  let failed = false;
  for (const { name, size, budget, packages } of pages()) {
    const forbidden = packages.filter((p) => ['vega-lite', 'vega-embed', 'arquero', 'vega'].includes(p));
    const ok = size <= budget && forbidden.length === 0;
    failed ||= !ok;
    console.log(
      `${ok ? '✓' : '✗'} ${name}: ${(size / KB).toFixed(1)} KB gzip (budget ${(budget / KB).toFixed(0)} KB)${forbidden.length ? `, loads ${forbidden.join(', ')}` : ''}`,
    );
  }
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
