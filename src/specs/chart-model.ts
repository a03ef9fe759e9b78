import type { Lang } from '../i18n/lang.js';
import type { TableColumn } from '../format/table.js';

export type { TableColumn };

/**
 * A Vega spec as plain JSON, compiled at build time from a template. Typed loosely on purpose:
 * the public types of this package do not depend on `vega-typings`.
 */
export type VegaSpec = { readonly [key: string]: unknown };

/** What every chart carries besides its drawing: the text alternative, the table, exports. */
export interface ChartBase {
  /** One or two sentences: the chart's accessible name. */
  summary: string;
  /** The data table of exactly what is drawn, formatted; suppressed values already hidden. */
  table: {
    caption: string;
    columns: TableColumn[];
    /** Display text per column key. */
    rows: Record<string, string>[];
  };
  /** Base name of exported files, with the municipality or region (no extension). */
  fileName: string;
  /**
   * The lines an export that leaves the page carries: title, municipality or region, period,
   * scenario, "illustratief" where it applies, and the data date. The PNG and SVG draw them
   * above the chart; the CSV starts with them.
   */
  exportLines?: string[];
  /**
   * Clicking a mark (or the matching table cell, from the keyboard) selects the value of this
   * datum field; views use it to cross-filter, e.g. `{field: 'municipality', column: 'municipality'}`.
   */
  select?: { field: string; column: string };
}

/**
 * A chart of the library: a template compiled to Vega at build time, and what varies at
 * runtime (the data sets, the language strings and the height). `components/mbc-chart` loads and parses
 * `vega` once, sets `data` with `view.data(name, rows)` and the signals, and draws.
 */
export interface TemplateChart extends ChartBase {
  /** The template's id, e.g. `business-case/year`. */
  template: string;
  /**
   * The precompiled Vega spec of the template, loaded on demand: a view's code does not carry
   * the specs of charts it does not draw (a view that shows only tiles loads none). The same
   * function for every chart of a template.
   */
  vega: () => Promise<VegaSpec>;
  /** The language of the strings; sets the number locale of the axes. */
  lang: Lang;
  /** Rows per named data set of the template. */
  data: Record<string, readonly object[]>;
  /** Signal values by name (`text`: the language strings; more where the template has them). */
  signals: Record<string, unknown>;
  /** Height of the plot in pixels; the width follows the element. */
  height: number;
}

/**
 * A chart of your own: any Vega-Lite spec (with its data inline). `<mbc-chart>` loads vega-lite
 * and vega-embed for it, lazily and only when such a chart is on the page.
 */
export interface CustomChart extends ChartBase {
  /** A Vega-Lite spec. */
  spec: { readonly [key: string]: unknown };
}

/** Everything a chart element needs, built by a pure spec builder. */
export type ChartModel = TemplateChart | CustomChart;

export function isTemplateChart(chart: ChartModel): chart is TemplateChart {
  return 'template' in chart;
}

/** A file-name-safe slug: lower case, ASCII, dashes, at most `max` characters. */
export function slug(text: string, max = 80): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, max)
      .replace(/^-+|-+$/g, '') || 'grafiek'
  );
}
