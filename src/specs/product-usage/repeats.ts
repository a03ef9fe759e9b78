import type { UsageCell } from '../../data/types.js';
import { PRODUCTS } from '../../data/types.js';
import { usageText } from '../../i18n/usage-messages.js';
import { usageChartText } from '../../i18n/usage-chart-messages.js';
import { formatNumber } from '../../format/number.js';
import { formatCountSum } from '../../format/count-sum.js';
import { repeatRows } from '../../select/usage-charts.js';
import { band, count } from '../axes.js';
import { productColour } from '../colours.js';
import { labelledBars } from '../labelled-bar.js';
import { hiddenFields } from '../placeholder.js';
import { tip } from '../text.js';
import { defineTemplate, frame } from '../frame.js';
import { bandChart } from '../band-chart.js';
import { resolveOptions, type ChartOptions, exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'product-usage/repeats';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/product-usage/repeats.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

/** Repeat indications per product, as labelled bars in the product's colour. */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame(),
  data: { name: 'products' },
  layer: labelledBars({ band: 'y', position: band('label', 'rows', {}), value: count('value', 'x'), colour: productColour('product', PRODUCTS, false) }),
}));

/**
 * Repeat indications per product: indications − distinct families, over the selected cells
 * that publish both. A product whose indications, families or repeats would be a small count
 * shows none of them.
 */
export function repeatIndications(cells: readonly UsageCell[], options: ChartOptions = {}): TemplateChart {
  const { lang, threshold, context } = resolveOptions(options);
  const title = usageChartText(lang, 'usage.repeat.title');
  const data = repeatRows(cells, threshold);
  const text = (value: number | null, d: (typeof data)[number]) => formatCountSum({ value, partial: d.partial, hidden: d.hidden }, threshold, lang);
  const rows = data.map((d) => {
    const label = usageText(lang, `product.short.${d.product}`);
    const valueText = text(d.repeat, d);
    return {
      label,
      product: d.product,
      ...hiddenFields(d.repeat, d.hidden),
      valueText,
      tip: tip([
        [usageText(lang, 'table.product'), label],
        [usageChartText(lang, 'table.repeat'), valueText],
      ]),
    };
  });
  const known = data.filter((d) => d.repeat !== null);
  let summary = known.length
    ? usageChartText(lang, 'usage.repeat.summary', {
        n: known.reduce((s, d) => s + d.repeat!, 0),
        repeat: formatNumber(
          known.reduce((s, d) => s + d.repeat!, 0),
          lang,
        ),
        indications: formatNumber(
          known.reduce((s, d) => s + d.indications!, 0),
          lang,
        ),
      })
    : usageChartText(lang, 'usage.repeat.summary.unknown');
  if (data.some((d) => d.partial && !d.hidden)) summary += usageChartText(lang, 'usage.partial.note');
  return bandChart(ID, compiled, {
    lang,
    name: 'products',
    rows,
    axis: { x: usageChartText(lang, 'table.repeat') },
    rowHeight: 34,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'product', label: usageText(lang, 'table.product') },
        { key: 'indications', label: usageText(lang, 'table.indications'), numeric: true },
        { key: 'families', label: usageChartText(lang, 'table.families'), numeric: true },
        { key: 'repeat', label: usageChartText(lang, 'table.repeat'), numeric: true },
      ],
      rows: data.map((d, i) => ({ product: rows[i]!.label, indications: text(d.indications, d), families: text(d.families, d), repeat: rows[i]!.valueText })),
    },
    ...exportOf(title, context, lang),
  });
}
