import type { Lang } from '../i18n/lang.js';
import { DEFAULT_THEME, paletteOf } from './theme.js';
import type { ChartBase, TemplateChart, VegaSpec } from './chart-model.js';

/**
 * The frame every template shares, and the step from a template to a chart.
 *
 * A template is a Vega-Lite spec without data, language or theme: its data sets are named, and
 * what varies is a signal (a Vega-Lite parameter):
 * - `palette`: the theme's colours (`src/specs/theme.ts`), set by `<mbc-chart>` from CSS;
 * - `text`: the language strings (axis titles, legend labels), set by the spec builder;
 * - `domain`: the order of the bands (periods, rows), set by the spec builder, so that a band
 *   whose only value is hidden keeps its place;
 * - `exportTitle`: the lines an export carries above the chart; empty on screen, where the
 *   title is the element's heading;
 * - `width` and `height`: the width follows the element, the height the number of rows.
 * `npm run build` compiles every template to Vega (`scripts/compile-specs.mjs`), and the
 * browser only parses the result; number formats follow the language through Vega's locale.
 */

/**
 * A chart template: an id (`<view>/<chart>`) and its Vega-Lite spec. The spec is typed loosely
 * here (it is assembled from the kit's fragments); it is checked where it counts: the build
 * compiles it with vega-lite and fails on any warning, and the unit tests validate it against
 * the Vega-Lite JSON Schema.
 */
export interface Template {
  id: string;
  spec: Readonly<Record<string, unknown>>;
}

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Padding around the plot, in pixels. */
const PADDING = 8;

/** The top-level properties of every template; `data` names its data set(s). */
export function frame(extraParams: ReadonlyArray<{ name: string; value: unknown }> = []) {
  return {
    $schema: VEGA_LITE_SCHEMA,
    width: 300,
    height: 200,
    autosize: { type: 'fit-x', contains: 'padding' },
    padding: PADDING,
    background: { expr: 'palette.background' },
    // Zero size while empty, so the screen keeps no room for it.
    title: {
      text: { expr: 'exportTitle' },
      anchor: 'start',
      fontSize: { expr: 'length(exportTitle) ? 13 : 0' },
      offset: { expr: 'length(exportTitle) ? 10 : 0' },
      lineHeight: 18,
      color: { expr: 'palette.text' },
    },
    params: [
      { name: 'palette', value: paletteOf(DEFAULT_THEME) },
      { name: 'text', value: {} },
      { name: 'domain', value: {} },
      { name: 'exportTitle', value: [] },
      ...extraParams,
    ],
    config: {
      // The chart's accessible name is the summary on its element and the data table is its
      // text alternative; the SVG's marks stay out of the accessibility tree.
      aria: false,
      mark: { aria: false },
      view: { stroke: null },
      legend: { orient: 'bottom', direction: 'horizontal', title: null, labelLimit: 280 },
      axis: { titleFontWeight: 'normal' },
    },
  } as const;
}

/**
 * Name a template (the compile script and the drift test find templates by this export). The
 * spec is given as a function and the call is marked pure in each file, so that a bundle that
 * imports only the chart's builder leaves the template out.
 */
export function defineTemplate(id: string, spec: () => Readonly<Record<string, unknown>>): Template {
  return { id, spec: spec() };
}

/** What a spec builder gives besides the shared chart parts. */
export interface TemplateInput extends ChartBase {
  lang: Lang;
  data: Record<string, readonly object[]>;
  /** The `text` signal: the language strings of the template. */
  text: Record<string, unknown>;
  /** The `domain` signal: band orders by name, e.g. `{x: ['2024 K1', …]}`. */
  domain?: Record<string, readonly string[]>;
  height: number;
  /** Other signals of the template. */
  signals?: Record<string, unknown>;
}

/**
 * A chart of the template `id`, drawn from its precompiled Vega spec. (By id, not by the
 * template object: the browser bundles need only the compiled spec, so the Vega-Lite templates,
 * marked pure, are left out of them.)
 */
export function templateChart(id: string, vega: () => Promise<VegaSpec>, input: TemplateInput): TemplateChart {
  const { text, domain, signals, ...rest } = input;
  return { template: id, vega, ...rest, signals: { ...signals, text, domain: domain ?? {} } };
}
