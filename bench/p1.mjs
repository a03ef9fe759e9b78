/**
 * P1 of `npm run bench`: the time from navigation to the moment the first four charts of the
 * dashboard's default page (the overview) have drawn marks, against plain vega-embed compiling
 * the same four charts from Vega-Lite in the browser, interleaved in one run. Method:
 * bench/README.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * In-page probe (classic script, runs before any module): `__bench.firstFour()` is true once the
 * first four `<mbc-chart>` elements (document order, through shadow roots) have an SVG with
 * data marks; the time is taken on the `mbc-chart-rendered` event that completes the four.
 */
export const PROBE = `
window.__bench = { done: null, errors: [] };
window.addEventListener('error', (e) => window.__bench.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__bench.errors.push(String(e.reason && e.reason.message || e.reason)));
window.__bench.deep = function deep(root, selector, found = []) {
  found.push(...root.querySelectorAll(selector));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deep(el.shadowRoot, selector, found);
  return found;
};
window.__bench.marks = (root) => root.querySelectorAll('svg g.role-mark > *').length;
window.__bench.firstFour = () => {
  const charts = window.__bench.deep(document, 'mbc-chart').slice(0, 4);
  return charts.length === 4 && charts.every((c) => c.shadowRoot && window.__bench.marks(c.shadowRoot) > 0);
};
window.__bench.counts = () => {
  const baseline = document.getElementById('charts');
  const roots = baseline ? [...baseline.children] : window.__bench.deep(document, 'mbc-chart').slice(0, 4).map((c) => c.shadowRoot);
  return roots.map((r) => (r ? window.__bench.marks(r) : 0));
};
document.addEventListener('mbc-chart-rendered', () => {
  if (window.__bench.done === null && window.__bench.firstFour()) window.__bench.done = performance.now();
});
`;

/** The dashboard as a policy advisor embeds it, on its default page (the overview). */
export const DASHBOARD_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>P1 mbc-dashboard</title>
<script>${PROBE}</script>
<script type="module" src="/dist/cdn/mbc-dashboard.js"></script>
</head><body style="margin: 0; inline-size: 1200px">
<mbc-dashboard src="/data/manifest.json"></mbc-dashboard>
</body></html>`;

/** The baseline: plain vega-embed, Vega-Lite compiled in the browser, the same four charts. */
export const BASELINE_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>P1 vega-embed</title>
<script>${PROBE}</script>
<script type="module">
import embed from '/bench/.build/vega-embed.js';
const charts = await (await fetch('/bench/.build/p1-specs.json')).json();
const root = document.getElementById('charts');
await Promise.all(charts.map(({ spec, width }) => {
  const div = document.createElement('div');
  div.style.inlineSize = width + 'px';
  root.append(div);
  return embed(div, spec, { renderer: 'svg', actions: false });
}));
const drawn = [...root.children].filter((div) => window.__bench.marks(div) > 0).length;
if (drawn === charts.length) window.__bench.done = performance.now();
else window.__bench.errors.push('only ' + drawn + ' of ' + charts.length + ' charts have marks');
</script>
</head><body style="margin: 0; inline-size: 1200px"><div id="charts"></div></body></html>`;

/**
 * The Vega-Lite spec of a drawn chart, for vega-embed: its template with the chart's rows put
 * into the named data sets, its signal values as the parameters' values, and the size it was
 * drawn at: the same chart, compiled in the browser instead of at build time.
 */
export function composeVegaLite(template, chart, width) {
  const spec = structuredClone(template.spec);
  const fill = (node) => {
    if (Array.isArray(node)) return node.forEach(fill);
    if (!node || typeof node !== 'object') return;
    const data = node.data;
    if (data && typeof data === 'object' && !Array.isArray(data) && typeof data.name === 'string' && !data.values) {
      if (!(data.name in chart.data)) throw new Error(`${chart.template}: no rows for data set "${data.name}"`);
      node.data = { name: data.name, values: chart.data[data.name] };
    }
    Object.values(node).forEach(fill);
  };
  fill(spec);
  spec.params = spec.params.map((p) => (p.name in chart.signals ? { ...p, value: chart.signals[p.name] } : p));
  spec.width = width;
  spec.height = chart.height;
  return spec;
}

/** Read the first four charts off a loaded dashboard page and write their Vega-Lite specs for the baseline. */
export async function writeBaselineSpecs(page, root, build) {
  const charts = await page.evaluate(() =>
    window.__bench
      .deep(document, 'mbc-chart')
      .slice(0, 4)
      .map((c) => ({
        heading: c.heading,
        width: c.shadowRoot.querySelector('.canvas').clientWidth,
        chart: { template: c.chart.template, data: c.chart.data, signals: c.chart.signals, height: c.chart.height },
      })),
  );
  const { loadTemplates } = await import(pathToFileURL(join(root, 'scripts', 'compile-specs.mjs')).href);
  const templates = new Map((await loadTemplates()).map(({ template }) => [template.id, template]));
  const specs = charts.map(({ heading, width, chart }) => {
    const template = templates.get(chart.template);
    if (!template) throw new Error(`no template ${chart.template}`);
    return { heading, width, template: chart.template, spec: composeVegaLite(template, chart, width) };
  });
  writeFileSync(join(build, 'p1-specs.json'), JSON.stringify(specs));
  return specs;
}
