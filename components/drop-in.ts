/**
 * The entry of the drop-in bundle (`dist/cdn/mbc-dashboard.js`). It registers the small elements
 * at once and loads each view's code when the page needs it, so the first chunk stays small
 * and key-figure tiles appear before Vega loads:
 * - a view tag already in the document, or added later (seen by a MutationObserver), loads now;
 * - every other view loads when the browser is idle, so views created inside other shadow
 *   roots (a framework's, a CMS widget's) are defined soon after too.
 * Properties set on an element before its code loads are kept (Lit upgrades them).
 */
import './mbc-chart/mbc-chart.js';
import './mbc-kpi/mbc-kpi.js';
import './mbc-data-source/mbc-data-source.js';
import './mbc-filter-bar/mbc-filter-bar.js';
import { MbcChart } from './mbc-chart/mbc-chart.component.js';

const VIEWS: Record<string, () => Promise<unknown>> = {
  'mbc-product-usage': () => import('./mbc-product-usage/mbc-product-usage.js'),
  'mbc-indicators': () => import('./mbc-indicators/mbc-indicators.js'),
  'mbc-benchmark': () => import('./mbc-benchmark/mbc-benchmark.js'),
  'mbc-business-case': () => import('./mbc-business-case/mbc-business-case.js'),
  'mbc-implementation-costs': () => import('./mbc-implementation-costs/mbc-implementation-costs.js'),
  'mbc-overview': () => import('./mbc-overview/mbc-overview.js'),
  'mbc-dashboard': () => import('./mbc-dashboard/mbc-dashboard.js'),
};

const started = new Map<string, Promise<unknown>>();

/** Load one view's code (once). */
export function loadElement(tag: string): Promise<unknown> {
  const load = VIEWS[tag];
  if (!load) return Promise.resolve();
  let promise = started.get(tag);
  if (!promise) {
    promise = load().catch((error: unknown) => {
      started.delete(tag); // a network hiccup may be retried
      console.error(`mbc-dashboard: could not load <${tag}>`, error);
    });
    started.set(tag, promise);
  }
  return promise;
}

function scan(root: ParentNode): void {
  for (const tag of Object.keys(VIEWS)) {
    if (started.has(tag) || !root.querySelector(tag)) continue;
    void loadElement(tag);
    // A view on the page will draw charts (the dashboard's overview does too): fetch the Vega
    // runtime alongside the view's code and the data.
    if (root.querySelector(`${tag}:not([variant="tiles"])`)) MbcChart.preload();
  }
}

/** Scan every open shadow root below `root` (once, when idle). */
function scanShadowRoots(root: ParentNode): void {
  for (const el of root.querySelectorAll('*')) {
    if (!el.shadowRoot) continue;
    scan(el.shadowRoot);
    scanShadowRoots(el.shadowRoot);
  }
}

if (typeof document !== 'undefined') {
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (VIEWS[node.localName]) void loadElement(node.localName);
        if (node.firstElementChild) scan(node);
      }
    }
    if (started.size === Object.keys(VIEWS).length) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
  idle(() => {
    scanShadowRoots(document);
    if (started.size === 0) Object.keys(VIEWS).forEach((tag) => void loadElement(tag));
  });
}
