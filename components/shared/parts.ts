/**
 * The parts of an `<mbc-chart>` as it exports them (`exportparts` on itself), so that a page
 * can style the charts inside a view: `mbc-product-usage::part(chart-tooltip)`. Names are
 * prefixed with `chart-`, because a view's own `chart` part is the chart element itself.
 */
export const CHART_PARTS =
  'figure:chart-figure, summary:chart-summary, chart:chart-canvas, tooltip:chart-tooltip, table:chart-table, toggle:chart-toggle, export:chart-export';

/** The chart parts forwarded once more by an element that holds views (the dashboard). */
export const VIEW_CHART_PARTS = ['chart', 'chart-figure', 'chart-summary', 'chart-canvas', 'chart-tooltip', 'chart-table', 'chart-toggle', 'chart-export'].join(
  ', ',
);
