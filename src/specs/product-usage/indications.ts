import type { UsageCell } from '../../data/types.js';
import { PRODUCTS } from '../../data/types.js';
import { usageText } from '../../i18n/usage-messages.js';
import { usageChartText } from '../../i18n/usage-chart-messages.js';
import { chartText } from '../../i18n/chart-messages.js';
import { formatPeriod, formatPeriodRange } from '../../format/period.js';
import { countSum, formatCountSum } from '../../format/count-sum.js';
import { formatCount } from '../../format/suppressed.js';
import { indicationsByQuarter } from '../../select/usage-charts.js';
import { TOOLTIP, band, count } from '../axes.js';
import { productColour } from '../colours.js';
import { hiddenFields, placeholderLayer } from '../placeholder.js';
import { tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { resolveOptions, type ChartOptions, exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'product-usage/indications';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/product-usage/indications.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

const period = () => band('periodLabel', 'x', { titleKey: 'x', labelAngle: -45 });
const product = () => ({ field: 'product', type: 'nominal', scale: { domain: [...PRODUCTS] } }) as const;

/**
 * Indications per quarter per product, as grouped bars: one colour per product with a legend.
 * A suppressed cell is a hatched placeholder at zero, never a bar.
 */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame(),
  data: { name: 'cells' },
  layer: [
    {
      transform: [{ filter: '!datum.hidden' }],
      mark: { type: 'bar', tooltip: true },
      encoding: { x: period(), xOffset: product(), y: count('value', 'y'), color: productColour(), tooltip: TOOLTIP },
    },
    placeholderLayer('x', period(), product()),
  ],
}));

/**
 * Indications per quarter per product. `cells` hold one cell per period × product (the region,
 * one municipality or the sum of a selection; see `selectUsage`).
 */
export function indicationsPerQuarter(cells: readonly UsageCell[], options: ChartOptions = {}): TemplateChart {
  const { lang, threshold, context } = resolveOptions(options);
  const title = usageChartText(lang, 'usage.indications.title');
  const selection = indicationsByQuarter(cells);
  const rows = selection.cells.map((c) => {
    const hidden = c.suppressed !== false || c.indications === null;
    const periodLabel = formatPeriod(c.period, lang);
    const productLabel = usageText(lang, `product.short.${c.product}`);
    const valueText = formatCount(c.indications, c.suppressed, threshold, lang);
    return {
      periodLabel,
      product: c.product,
      ...hiddenFields(c.indications, hidden),
      tip: tip([
        [usageChartText(lang, 'table.period'), periodLabel],
        [usageText(lang, 'table.product'), productLabel],
        [usageText(lang, 'table.indications'), valueText],
      ]),
      table: { period: periodLabel, product: productLabel, indications: valueText },
    };
  });
  let summary = usageChartText(lang, 'usage.indications.summary.empty');
  if (rows.length) {
    const range = formatPeriodRange(formatPeriod(selection.periods[0]!, lang), formatPeriod(selection.periods.at(-1)!, lang), lang);
    // The total over the published cells: "≥ 28" without its hidden parts, and hidden itself
    // when what is published is below the threshold (it may be anything then).
    const total = countSum({ value: selection.total, partial: selection.hidden > 0 }, threshold);
    if (total.hidden && total.partial) summary = usageChartText(lang, 'usage.indications.summary.hidden', { range });
    else
      summary = usageChartText(lang, 'usage.indications.summary', {
        range,
        total: formatCountSum(total, threshold, lang),
        ...(total.value === null ? {} : { n: total.value }),
      });
    // The busiest quarter only when every cell is published: a hidden cell may hide a busier one.
    if (selection.hidden === 0 && selection.peak && selection.periods.length > 1) {
      summary += usageChartText(lang, 'usage.indications.summary.peak', { peak: formatPeriod(selection.peak.period, lang), n: selection.peak.total });
    }
    if (selection.hidden) summary += usageChartText(lang, 'usage.indications.summary.suppressed', { n: selection.hidden, threshold });
  }
  return templateChart(ID, compiled, {
    lang,
    data: { cells: rows.map(({ table: _table, ...row }) => row) },
    text: {
      x: usageChartText(lang, 'usage.indications.axis.x'),
      y: usageChartText(lang, 'usage.indications.axis.y'),
      legend: Object.fromEntries(PRODUCTS.map((p) => [p, usageText(lang, `product.short.${p}`)])),
      hidden: chartText(lang, 'hidden.legend'),
    },
    domain: { x: selection.periods.map((p) => formatPeriod(p, lang)) },
    height: 280,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'period', label: usageChartText(lang, 'table.period') },
        { key: 'product', label: usageText(lang, 'table.product') },
        { key: 'indications', label: usageText(lang, 'table.indications'), numeric: true },
      ],
      rows: rows.map((r) => r.table),
    },
    ...exportOf(title, context, lang),
  });
}
