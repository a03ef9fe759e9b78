import type { TemplateChart, VegaSpec } from '../../src/specs/chart-model.js';
import { numberLocale, paletteOf, vegaThemeConfig, type Theme } from '../../src/specs/theme.js';
import type { TooltipHandler, VegaRuntime, VegaView } from './runtime-types.js';

/**
 * Drawing a precompiled template with the trimmed runtime: parse the Vega spec once per theme,
 * then per chart only set the signals and the data sets and run.
 */

/** Parsed runtime specs by Vega spec and theme config: parsing is the costly step. */
const parsed = new WeakMap<VegaSpec, Map<string, object>>();

function parseOnce(runtime: VegaRuntime, spec: VegaSpec, theme: Theme): object {
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

/** A new view of a template chart, run once. */
export async function createTemplateView(runtime: VegaRuntime, chart: TemplateChart, options: ViewOptions): Promise<VegaView> {
  const spec = await chart.vega();
  const view = runtime.createView(parseOnce(runtime, spec, options.theme), {
    expr: runtime.expressionInterpreter,
    renderer: options.container ? 'svg' : 'none',
    container: options.container,
    tooltip: options.tooltip,
    locale: { number: numberLocale(chart.lang) },
    // Errors only: they reach the console, where the end-to-end tests look for them.
    logLevel: 1,
  });
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
