/**
 * The one place that loads Vega. Dynamic `import()`s keep it out of the first chunk:
 * - the trimmed runtime (`vega-runtime.js`) for the library's precompiled charts, started as
 *   soon as a view that will draw charts is on the page, in parallel with its data;
 * - vega-embed with vega-lite, only for a chart of the user's own Vega-Lite spec.
 * A failed load (a network hiccup) may be retried by the next chart.
 */
import type { VegaRuntime, VegaView } from '../shared/vega-runtime-types.js';

/** vega-embed's `embed`, typed as far as `<mbc-chart>` uses it. */
export type EmbedFunction = (el: HTMLElement, spec: object, options?: Record<string, unknown>) => Promise<{ view: VegaView; finalize(): void }>;

let runtime: Promise<VegaRuntime> | undefined;
let embed: Promise<EmbedFunction> | undefined;

export function loadRuntime(): Promise<VegaRuntime> {
  runtime ??= import('./vega-runtime.js').then((module) => module.runtime);
  runtime.catch(() => (runtime = undefined));
  return runtime;
}

export function loadEmbed(): Promise<EmbedFunction> {
  embed ??= import('vega-embed').then((module) => module.default as unknown as EmbedFunction);
  embed.catch(() => (embed = undefined));
  return embed;
}
