/**
 * The elements inside a page that another framework renders: a Vue 3 app (installed from npm)
 * mounts `<mbc-data-source>`, `<mbc-filter-bar>`, `<mbc-product-usage>` and `<mbc-indicators>`
 * with render functions, binds properties and attributes and listens to events the Vue way,
 * re-renders them when a `ref` changes, and unmounts them.
 *
 * What Vue does with a prop on a custom element (runtime-dom `patchProp`):
 * - `'.bundle'` always sets the DOM property (objects cannot travel as attributes);
 * - `'^source'` always sets the attribute;
 * - a plain key (`source`) sets the property when the element has one (`'source' in el`), which is
 *   the case here because the elements are defined before the app mounts; else the attribute.
 * - `onMbcError` and `'onMbc-error'` both listen to `mbc-error`: Vue hyphenates the name after
 *   `on`. A template's `@mbc-error` compiles to `onMbcError`.
 *
 * Vue's default ESM entry (`vue.runtime.esm-bundler.js`) expects a bundler to replace
 * `process.env.NODE_ENV`; the test runner serves modules as they are, like an intranet page
 * without a build step, so this test loads the runtime-only build Vue ships for native ES
 * modules in the browser. Render functions only: no template compiler, no `eval`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type * as Vue from 'vue';
// @ts-expect-error -- Vue publishes no declarations for this file; it is typed as 'vue' below.
import * as vueBrowserBuild from 'vue/dist/vue.runtime.esm-browser.js';
import '../../components/register.js';
import type { MbcChart } from '../../components/mbc-chart/mbc-chart.component.js';
import type { MbcProductUsage } from '../../components/mbc-product-usage/mbc-product-usage.component.js';
import type { MbcIndicators } from '../../components/mbc-indicators/mbc-indicators.component.js';
import type { MbcErrorDetail } from '../../components/shared/events.js';
import type { Bundle } from '../../src/data/types.js';
import type { Filters } from '../../src/select/filters.js';
import { barMarks, deepQueryAll, waitForDeep } from './helpers.js';

const { createApp, h, nextTick, shallowRef } = vueBrowserBuild as typeof Vue;

const SOURCE_ID = 'vue-usage-source';
/** Delft and Wassenaar, 2024-Q1..Q4, usage only. */
const SMALL = '/test/fixtures/small-bundle.json';
/** Ten municipalities, 2023-Q1..2025-Q4, usage and indicators. */
const H10 = '/data/h10-bundle.json';

const loadBundle = async (url: string): Promise<Bundle> => (await fetch(url)).json();

/** The first chart of a view (indications per quarter × product) and its bars. */
function firstChart(view: Element): MbcChart {
  const chart = view.shadowRoot!.querySelector<MbcChart>('mbc-chart');
  if (!chart) throw new Error(`<${view.localName}> has no chart yet`);
  return chart;
}
const firstChartBars = (view: Element): number => barMarks(firstChart(view).shadowRoot!).length;

const tileValue = (view: Element, index: number): string => view.shadowRoot!.querySelectorAll('mbc-kpi')[index]?.value ?? '';

/** Wait until every chart below `root` has a Vega view (all drawn), and return them. */
async function allChartsDrawn(root: ParentNode, atLeast: number): Promise<MbcChart[]> {
  await waitUntil(
    () => {
      const charts = deepQueryAll<MbcChart>(root, 'mbc-chart');
      return charts.length >= atLeast && charts.every((c) => c.view !== undefined);
    },
    `at least ${atLeast} charts drawn`,
    { timeout: 20000 },
  );
  return deepQueryAll<MbcChart>(root, 'mbc-chart');
}

interface Mounted {
  app: Vue.App;
  host: HTMLElement;
  unmounted: boolean;
}

const mounted: Mounted[] = [];
/** Vue's warnings and errors, uncaught errors and unhandled rejections: each test expects none. */
const problems: string[] = [];
const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);

function mount(render: () => Vue.VNode): Mounted {
  const host = document.createElement('div');
  document.body.append(host);
  const app = createApp({ render });
  app.config.warnHandler = (message) => problems.push(`Vue warning: ${message}`);
  app.config.errorHandler = (error) => problems.push(`Vue error: ${String(error)}`);
  app.mount(host);
  const entry = { app, host, unmounted: false };
  mounted.push(entry);
  return entry;
}

function unmount(entry: Mounted): void {
  if (entry.unmounted) return;
  entry.unmounted = true;
  entry.app.unmount();
  entry.host.remove();
}

before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  mounted.splice(0).forEach(unmount);
  expect(problems.splice(0)).to.deep.equal([]);
});

/**
 * The app under test: a shared source with the filter bar and two views on it, and a product-
 * usage view with its own bundle. `sourceBundle` and `ownBundle` are Vue refs (`shallowRef`:
 * the bundle is handed over as it is, not wrapped in a reactive proxy).
 */
function usageApp(sourceBundle: Vue.ShallowRef<Bundle>, ownBundle: Vue.ShallowRef<Bundle>, filterEvents: Filters[]) {
  return mount(() =>
    h('div', { class: 'vue-root' }, [
      h('mbc-data-source', {
        id: SOURCE_ID,
        '.bundle': sourceBundle.value,
        onMbcFilterChange: (event: Event) => filterEvents.push((event as CustomEvent<{ filters: Filters }>).detail.filters),
      }),
      h('mbc-filter-bar', { '^source': SOURCE_ID }),
      h('mbc-product-usage', { id: 'usage-on-source', source: SOURCE_ID }),
      h('mbc-indicators', { id: 'indicators-on-source', '^source': SOURCE_ID }),
      h('mbc-product-usage', { id: 'usage-own', '.bundle': ownBundle.value }),
    ]),
  );
}

describe('mbc elements inside a Vue 3 app', () => {
  let small: Bundle;
  let h10: Bundle;

  before(async () => {
    [small, h10] = await Promise.all([loadBundle(SMALL), loadBundle(H10)]);
  });

  it('binds the bundle as a DOM property and the source as attribute or property, and draws the charts', async () => {
    const { host } = usageApp(shallowRef(h10), shallowRef(small), []);
    const source = host.querySelector('mbc-data-source')!;
    const usageOnSource = host.querySelector<MbcProductUsage>('#usage-on-source')!;
    const indicators = host.querySelector<MbcIndicators>('#indicators-on-source')!;
    const own = host.querySelector<MbcProductUsage>('#usage-own')!;

    // '.bundle' set the property: the very object, not a copy, and no attribute.
    expect(source.bundle).to.equal(h10);
    expect(own.bundle).to.equal(small);
    expect(own.hasAttribute('bundle')).to.equal(false);
    // '^source' set the attribute; a plain `source` set the property (the element defines it).
    expect(indicators.getAttribute('source')).to.equal(SOURCE_ID);
    expect(usageOnSource.source).to.equal(SOURCE_ID);
    expect(usageOnSource.hasAttribute('source')).to.equal(false);

    // Own bundle: 4 quarters × 3 products. Shared h10 source: 12 quarters × 3 products.
    await waitUntil(() => own.shadowRoot!.querySelector('mbc-chart'), 'own view rendered');
    await waitForDeep(firstChart(own).shadowRoot!, 'g.mark-rect path', 12);
    expect(firstChartBars(own)).to.equal(12);
    await waitUntil(() => usageOnSource.shadowRoot!.querySelector('mbc-chart'), 'view on the source rendered');
    await waitForDeep(firstChart(usageOnSource).shadowRoot!, 'g.mark-rect path', 36);
    expect(firstChartBars(usageOnSource)).to.equal(36);
    await waitUntil(() => indicators.shadowRoot!.querySelector('mbc-chart'), 'indicators rendered');
    const indicatorCharts = await allChartsDrawn(indicators.shadowRoot!, 5);
    expect(indicatorCharts.reduce((n, chart) => n + barMarks(chart.shadowRoot!).length, 0)).to.be.greaterThan(0);
    // The filter bar found the source through the attribute: one checkbox per municipality + region.
    const boxes = host.querySelector('mbc-filter-bar')!.shadowRoot!.querySelectorAll('input[type="checkbox"]');
    expect(boxes.length).to.equal(h10.municipalities.length + 1);
  });

  it('delivers mbc-error with its detail to onMbcError and to onMbc-error', async () => {
    const camel: MbcErrorDetail[] = [];
    const hyphenated: MbcErrorDetail[] = [];
    const { host } = mount(() =>
      h('mbc-product-usage', {
        src: '/test/fixtures/does-not-exist.json',
        onMbcError: (event: Event) => camel.push((event as CustomEvent<MbcErrorDetail>).detail),
        'onMbc-error': (event: Event) => hyphenated.push((event as CustomEvent<MbcErrorDetail>).detail),
      }),
    );
    await waitUntil(() => camel.length > 0 && hyphenated.length > 0, 'both Vue handlers called', { timeout: 15000 });
    expect(camel.length).to.equal(1);
    expect(hyphenated.length).to.equal(1);
    expect(camel[0]).to.equal(hyphenated[0]);
    expect(camel[0]!.errors.length).to.equal(1);
    expect(camel[0]!.errors[0]!.code).to.equal('http');
    expect(camel[0]!.errors[0]!.message).to.contain('404');
    const view = host.querySelector('mbc-product-usage')!;
    await waitUntil(() => view.shadowRoot!.querySelector('[role="alert"]'), 'alert shown');
  });

  it('delivers a click in the filter bar to the Vue listener as mbc-filter-change, and the views follow', async () => {
    const filterEvents: Filters[] = [];
    const { host } = usageApp(shallowRef(small), shallowRef(small), filterEvents);
    const usageOnSource = host.querySelector<MbcProductUsage>('#usage-on-source')!;
    await waitUntil(() => tileValue(usageOnSource, 0) === '156', 'region total of the fixture');
    const bar = host.querySelector('mbc-filter-bar')!;
    await bar.updateComplete;
    const delft = [...bar.shadowRoot!.querySelectorAll<HTMLLabelElement>('fieldset label')]
      .find((label) => label.textContent!.trim() === 'Delft')!
      .querySelector('input')!;
    expect(filterEvents).to.deep.equal([]);
    delft.click();
    expect(filterEvents.length).to.equal(1);
    expect(filterEvents[0]!.municipalities).to.deep.equal(['Delft']);
    // Delft alone: 1: 6..9 = 30; 2a: 12..15 = 54; 2b: 7..10 = 34. Total 118.
    await waitUntil(() => tileValue(usageOnSource, 0) === '118', 'the view on the source follows the filter');
    // The view with its own bundle does not follow the shared filters.
    expect(tileValue(host.querySelector<MbcProductUsage>('#usage-own')!, 0)).to.equal('156');
  });

  it('re-renders the element with the new property value when a ref changes', async () => {
    const ownBundle = shallowRef(small);
    const { host } = usageApp(shallowRef(small), ownBundle, []);
    const own = host.querySelector<MbcProductUsage>('#usage-own')!;
    await waitUntil(() => own.shadowRoot!.querySelector('mbc-chart'), 'own view rendered');
    await waitForDeep(firstChart(own).shadowRoot!, 'g.mark-rect path', 12);
    expect(tileValue(own, 0)).to.equal('156');

    ownBundle.value = h10;
    await nextTick();
    // Vue patched the same element (no new element), with the new object as its property.
    expect(host.querySelector('#usage-own')).to.equal(own);
    expect(own.bundle).to.equal(h10);
    await waitUntil(() => firstChartBars(own) === 36, 'the chart redrawn for 12 quarters × 3 products', { timeout: 15000 });
    expect(tileValue(own, 0)).not.to.equal('156');

    ownBundle.value = small;
    await nextTick();
    await waitUntil(() => firstChartBars(own) === 12, 'back to 4 quarters × 3 products', { timeout: 15000 });
    expect(tileValue(own, 0)).to.equal('156');
  });

  it('unmounts cleanly: every Vega view is finalized and nothing is left in the page', async () => {
    const filterEvents: Filters[] = [];
    const entry = usageApp(shallowRef(h10), shallowRef(small), filterEvents);
    const charts = await allChartsDrawn(entry.host, 10);
    const views = charts.map((chart) => chart.view!);
    expect(views.every((view) => view !== undefined)).to.equal(true);
    const source = entry.host.querySelector('mbc-data-source')!;

    unmount(entry);

    expect(entry.host.childElementCount).to.equal(0);
    expect(deepQueryAll(document.body, 'mbc-chart').length).to.equal(0);
    for (const chart of charts) {
      expect(chart.isConnected).to.equal(false);
      expect(chart.view).to.equal(undefined);
    }
    // A finalized Vega view has removed its own listeners and timers; give late work a frame.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(charts.every((chart) => chart.view === undefined)).to.equal(true);
    // The detached source no longer listens to its store: no stale mbc-filter-change reaches the app.
    source.store.setFilters({ municipalities: ['Delft'] });
    expect(filterEvents).to.deep.equal([]);
  });
});
