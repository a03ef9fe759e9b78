import type { UsageCell } from '../../data/types.js';
import { usageChartText } from '../../i18n/usage-chart-messages.js';
import { formatCountSum } from '../../format/count-sum.js';
import { routeTotals } from '../../select/usage-charts.js';
import { band, count } from '../axes.js';
import { labelledBars } from '../labelled-bar.js';
import { hiddenFields } from '../placeholder.js';
import { tip } from '../text.js';
import { defineTemplate, frame } from '../frame.js';
import { bandChart } from '../band-chart.js';
import { resolveOptions, type ChartOptions, exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'product-usage/routes';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/product-usage/routes.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

/** The four routes a case can take, as labelled bars. */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame(),
  data: { name: 'routes' },
  layer: labelledBars({ band: 'y', position: band('label', 'rows', {}), value: count('value', 'x'), colour: 'series[0]' }),
}));

/**
 * The four routes a case can take (seed 003), summed over the selected cells (all products).
 * A total over fully published cells from 1 to threshold − 1 reads "< 5"; a total whose hidden
 * parts could make it any size reads "afgeschermd"; a total without its hidden parts "≥ 28".
 */
export function routesChart(cells: readonly UsageCell[], options: ChartOptions = {}): TemplateChart {
  const { lang, threshold, context } = resolveOptions(options);
  const title = usageChartText(lang, 'usage.routes.title');
  const rows = routeTotals(cells, threshold).map((r) => {
    const label = usageChartText(lang, `route.${r.route}`);
    const valueText = formatCountSum(r, threshold, lang);
    return {
      label,
      ...hiddenFields(r.value, r.hidden),
      valueText,
      partial: r.partial,
      tip: tip([
        [usageChartText(lang, 'table.route'), label],
        [usageChartText(lang, 'table.cases'), valueText],
      ]),
    };
  });
  const shown = rows.filter((r) => r.value !== null && r.value > 0);
  const top = shown.length ? shown.reduce((a, b) => (b.value! > a.value! ? b : a)) : undefined;
  // "The most" only when no hidden count may be larger: "< 5" may not, a hidden sum ("afgeschermd") may.
  const unknown = rows.some((r) => r.hidden && r.partial);
  let summary = usageChartText(lang, rows.some((r) => r.hidden) ? 'usage.routes.summary.hidden' : 'usage.routes.summary.empty');
  if (top) summary = usageChartText(lang, unknown ? 'usage.routes.summary.known' : 'usage.routes.summary', { top: top.label, topValue: top.valueText });
  if (rows.some((r) => r.partial && !r.hidden)) summary += usageChartText(lang, 'usage.partial.note');
  return bandChart(ID, compiled, {
    lang,
    name: 'routes',
    rows,
    axis: { x: usageChartText(lang, 'usage.routes.axis.x') },
    rowHeight: 34,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'route', label: usageChartText(lang, 'table.route') },
        { key: 'cases', label: usageChartText(lang, 'table.cases'), numeric: true },
      ],
      rows: rows.map((r) => ({ route: r.label, cases: r.valueText })),
    },
    ...exportOf(title, context, lang),
  });
}
