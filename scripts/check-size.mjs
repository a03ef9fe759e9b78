#!/usr/bin/env node
/**
 * Size budgets of the drop-in build (gzip -9). Fails (exit 1) when a budget is exceeded.
 * - first chunk: dist/cdn/mbc-dashboard.js plus everything it imports statically; KPI tiles and
 *   the alert must appear before Vega loads.
 * - prepared-bundle path: every chunk needed to draw charts from a prepared bundle (the first
 *   chunk plus the Vega chunks), without arquero.
 * Reads dist/mbc-dashboard.chunks.json, which rollup.config.mjs writes.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  firstChunk: 25 * 1024,
  // Issue 6 aims at 260 KB; vega + vega-lite + vega-embed as published weigh about 295 KB.
  // This budget guards against regressions until the precompiled-template build lands.
  preparedPath: 330 * 1024,
};

const chunks = JSON.parse(readFileSync('dist/mbc-dashboard.chunks.json', 'utf8'));
const gz = (file) => gzipSync(readFileSync(`dist/cdn/${file}`), { level: 9 }).length;

function closure(start, follow) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of follow(chunks[file])) visit(next);
  };
  visit(start);
  return seen;
}

const first = closure('mbc-dashboard.js', (c) => c.imports);
// The prepared-bundle path: the first chunk plus the chunk that holds vega-embed and what it
// imports. The raw-file chunks (parsers, arquero) are not needed there.
const vegaChunk = Object.keys(chunks).find((f) => chunks[f].packages.includes('vega-embed'));
const prepared = new Set([...first, ...closure(vegaChunk, (c) => c.imports)]);
if ([...prepared].some((f) => chunks[f].packages.includes('arquero'))) {
  console.error('✗ arquero is on the prepared-bundle path');
  process.exit(1);
}

const sum = (files) => [...files].reduce((s, f) => s + gz(f), 0);
const rows = [
  ['first chunk', sum(first), BUDGETS.firstChunk],
  ['prepared-bundle path', sum(prepared), BUDGETS.preparedPath],
];
let failed = false;
for (const [name, size, budget] of rows) {
  const ok = size <= budget;
  failed ||= !ok;
  console.log(`${ok ? '✓' : '✗'} ${name}: ${(size / 1024).toFixed(1)} KB gzip (budget ${(budget / 1024).toFixed(0)} KB)`);
}
process.exit(failed ? 1 : 0);
