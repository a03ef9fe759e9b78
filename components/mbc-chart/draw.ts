import type { TemplateChart, VegaSpec } from '../../src/specs/chart-model.js';
import type { Lang } from '../../src/i18n/lang.js';
import { numberLocale, paletteOf, vegaThemeConfig, type Theme } from '../../src/specs/theme.js';
import type { TooltipHandler, VegaRuntime, VegaView } from '../shared/vega-runtime-types.js';

/**
 * Drawing a precompiled template with the trimmed runtime: parse the Vega spec once per theme,
 * then per chart only set the signals and the data sets and run. A view can be made ahead of its
 * data (`prepareView`), while the data is on its way; the first chart of that template takes it.
 */

/** Parsed runtime specs by Vega spec and theme config: parsing is the costly step. */
const parsed = new WeakMap<VegaSpec, Map<string, object>>();

export function parseOnce(runtime: VegaRuntime, spec: VegaSpec, theme: Theme): object {
  const config = vegaThemeConfig(theme);
  const key = JSON.stringify(config);
  let byTheme = parsed.get(spec);
  if (!byTheme) parsed.set(spec, (byTheme = new Map()));
  let result = byTheme.get(key);
  if (!result) byTheme.set(key, (result = runtime.parse(spec, config, { ast: true })));
  return result;
}

/** Put a chart's signals, height, description and data into a view (not yet run). */
export function applyChart(view: VegaView, chart: TemplateChart, theme: Theme, exportTitle: readonly string[] = []): void {
  view.signal('palette', paletteOf(theme));
  for (const [name, value] of Object.entries(chart.signals)) view.signal(name, value);
  view.signal('exportTitle', exportTitle);
  view.height(chart.height);
  view.description(chart.table.caption);
  for (const [name, rows] of Object.entries(chart.data)) view.data(name, rows);
}

export interface ViewOptions {
  theme: Theme;
  width: number;
  /** Draw into this element as SVG; without it the view is headless (for exports). */
  container?: HTMLElement;
  tooltip?: TooltipHandler;
  /** Lines drawn above the chart (exports only). */
  exportTitle?: readonly string[];
}

function newView(
  runtime: VegaRuntime,
  spec: VegaSpec,
  theme: Theme,
  lang: Lang,
  renderer: 'svg' | 'none',
  container?: HTMLElement,
  tooltip?: TooltipHandler,
): VegaView {
  return runtime.createView(parseOnce(runtime, spec, theme), {
    expr: runtime.expressionInterpreter,
    renderer,
    container,
    tooltip,
    locale: { number: numberLocale(lang) },
    // Errors only: they reach the console, where the end-to-end tests look for them.
    logLevel: 1,
  });
}

/** Views made ahead of their data, at most one per spec, theme and language, until a chart takes it. */
const waiting = new WeakMap<VegaSpec, Map<string, VegaView>>();
const waitingKey = (theme: Theme, lang: Lang) => `${lang} ${JSON.stringify(theme)}`;

/**
 * Make a view of `spec` now (its dataflow built), for the first chart of that template to draw
 * into. It is not run: its signals (strings, colours) come with the chart.
 */
export function prepareView(runtime: VegaRuntime, spec: VegaSpec, theme: Theme, lang: Lang): void {
  let byKey = waiting.get(spec);
  if (!byKey) waiting.set(spec, (byKey = new Map()));
  const key = waitingKey(theme, lang);
  if (byKey.has(key)) return;
  byKey.set(key, newView(runtime, spec, theme, lang, 'svg'));
}

/** A new view of a template chart (or the one made ahead for it), run once. */
export async function createTemplateView(runtime: VegaRuntime, chart: TemplateChart, options: ViewOptions): Promise<VegaView> {
  const spec = await chart.vega();
  const byKey = options.container ? waiting.get(spec) : undefined;
  const key = waitingKey(options.theme, chart.lang);
  let view = byKey?.get(key);
  if (view && options.container) {
    byKey!.delete(key);
    if (options.tooltip) view.tooltip(options.tooltip);
    view.initialize(options.container);
  } else view = newView(runtime, spec, options.theme, chart.lang, options.container ? 'svg' : 'none', options.container, options.tooltip);
  applyChart(view, chart, options.theme, options.exportTitle);
  view.width(options.width);
  await view.runAsync();
  return view;
}

/** Decode a `data:` URL by hand: `fetch()` of one is blocked by a strict `connect-src`. */
function dataUrlToBlob(url: string, type: string): Blob {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/**
 * A PNG (2× scale) or SVG of a template chart with its export lines (title, municipality,
 * period, scenario, "illustratief", data date) drawn above it, from a headless view of the same
 * width, so the chart on screen does not change.
 */
export async function exportTemplateImage(runtime: VegaRuntime, chart: TemplateChart, theme: Theme, width: number, kind: 'png' | 'svg'): Promise<Blob> {
  if (kind === 'png') await runtime.enableCanvas();
  const view = await createTemplateView(runtime, chart, { theme, width, exportTitle: chart.exportLines ?? [chart.table.caption] });
  try {
    if (kind === 'svg') return new Blob([await view.toSVG()], { type: 'image/svg+xml' });
    return dataUrlToBlob(await view.toImageURL('png', 2), 'image/png');
  } finally {
    view.finalize();
  }
}

/** A PNG or SVG of any view as drawn (a custom Vega-Lite chart). */
export async function exportViewImage(view: VegaView, kind: 'png' | 'svg'): Promise<Blob> {
  if (kind === 'svg') return new Blob([await view.toSVG()], { type: 'image/svg+xml' });
  return dataUrlToBlob(await view.toImageURL('png', 2), 'image/png');
}
