/**
 * The one place that loads Vega. A dynamic `import()` keeps vega, vega-lite and vega-embed out
 * of the first chunk: they load when a chart first needs them, once per page.
 */
import type { EmbedOptions, Result, VisualizationSpec } from 'vega-embed';

export type EmbedFunction = (el: HTMLElement, spec: VisualizationSpec, options?: EmbedOptions) => Promise<Result>;

let loading: Promise<EmbedFunction> | undefined;

export function loadVega(): Promise<EmbedFunction> {
  loading ??= import('vega-embed').then((module) => module.default as EmbedFunction);
  // A failed load (network hiccup) may be retried by the next chart.
  loading.catch(() => (loading = undefined));
  return loading;
}
