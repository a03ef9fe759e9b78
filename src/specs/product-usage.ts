import type { TopLevelSpec } from 'vega-lite';
import type { Product, UsageCell } from '../data/types.js';
import { PRODUCTS } from '../data/types.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/ui-messages.js';
import { formatNumber } from '../format/number.js';
import { formatPeriod } from '../format/period.js';
import { formatCount } from '../format/suppressed.js';
import { DEFAULT_THEME, vegaConfig, type Theme } from './theme.js';
import { chartFrame, slug, type ChartModel } from './chart-model.js';

export interface SpecOptions {
  lang?: Lang;
  theme?: Theme;
  /** The bundle's suppression threshold; suppressed cells read "< threshold". */
  threshold?: number;
}

interface IndicationDatum {
  period: string;
  periodLabel: string;
  product: Product;
  productLabel: string;
  /** Bar height: the count, or the threshold for a suppressed cell (drawn hatched/dashed). */
  height: number;
  valueText: string;
  suppressed: boolean;
}

/**
 * Indications per quarter per product, as grouped bars. `cells` hold one cell per period ×
 * product (region totals, or one municipality). Suppressed cells are drawn as an outlined,
 * dashed bar up to the threshold and read "< 5"; their count is never in the spec.
 */
export function indicationsPerQuarter(cells: readonly UsageCell[], options: SpecOptions = {}): ChartModel {
  const lang = options.lang ?? 'nl';
  const theme = options.theme ?? DEFAULT_THEME;
  const threshold = options.threshold ?? 5;
  const title = t(lang, 'usage.indications.title');

  const data: IndicationDatum[] = [...cells]
    .sort((a, b) => a.period.localeCompare(b.period) || PRODUCTS.indexOf(a.product) - PRODUCTS.indexOf(b.product))
    .map((c) => ({
      period: c.period,
      periodLabel: formatPeriod(c.period, lang),
      product: c.product,
      productLabel: t(lang, `product.short.${c.product}`),
      // Only a "< 5" gets a stub up to the threshold; a secondary hidden cell may have any size.
      height: c.suppressed === 'primary' ? threshold : c.suppressed || c.indications === null ? 0 : c.indications,
      valueText: formatCount(c.indications, c.suppressed, threshold, lang),
      suppressed: c.suppressed !== false || c.indications === null,
    }));

  const productLabels = PRODUCTS.map((p) => t(lang, `product.short.${p}`));
  const spec: TopLevelSpec = {
    ...chartFrame(title, 280, vegaConfig(theme, lang)),
    data: { values: data },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: {
        field: 'periodLabel',
        type: 'ordinal',
        sort: null,
        title: t(lang, 'usage.indications.axis.x'),
        axis: { labelAngle: -45 },
      },
      xOffset: { field: 'productLabel', type: 'nominal', sort: productLabels },
      y: { field: 'height', type: 'quantitative', title: t(lang, 'usage.indications.axis.y'), axis: { tickMinStep: 1 } },
      color: {
        field: 'productLabel',
        type: 'nominal',
        sort: productLabels,
        scale: { domain: productLabels, range: theme.series.slice(0, 3) },
        title: null,
      },
      fillOpacity: { condition: { test: 'datum.suppressed', value: 0.15 }, value: 1 },
      strokeDash: { condition: { test: 'datum.suppressed', value: [4, 3] }, value: [1, 0] },
      stroke: { field: 'productLabel', type: 'nominal', legend: null, scale: { domain: productLabels, range: theme.series.slice(0, 3) } },
      tooltip: [
        { field: 'periodLabel', title: t(lang, 'table.period') },
        { field: 'productLabel', title: t(lang, 'table.product') },
        { field: 'valueText', title: t(lang, 'table.indications') },
      ],
    },
  };

  return {
    spec,
    summary: summarise(data, lang, threshold),
    table: {
      caption: title,
      columns: [
        { key: 'period', label: t(lang, 'table.period') },
        { key: 'product', label: t(lang, 'table.product') },
        { key: 'indications', label: t(lang, 'table.indications'), numeric: true },
      ],
      rows: data.map((d) => ({ period: d.periodLabel, product: d.productLabel, indications: d.valueText })),
    },
    fileName: slug(title),
  };
}

function summarise(data: readonly IndicationDatum[], lang: Lang, threshold: number): string {
  if (data.length === 0) return t(lang, 'usage.indications.summary.empty');
  // Totals only over published cells: a suppressed cell's count is unknown here by design.
  const byPeriod = new Map<string, { label: string; total: number }>();
  let total = 0;
  let suppressed = 0;
  for (const d of data) {
    const entry = byPeriod.get(d.period) ?? { label: d.periodLabel, total: 0 };
    if (d.suppressed) suppressed++;
    else {
      entry.total += d.height;
      total += d.height;
    }
    byPeriod.set(d.period, entry);
  }
  const periods = [...byPeriod.values()];
  const peak = periods.reduce((a, b) => (b.total > a.total ? b : a));
  let text = t(lang, 'usage.indications.summary', {
    total: formatNumber(total, lang, 0),
    from: periods[0]!.label,
    to: periods[periods.length - 1]!.label,
    peak: peak.label,
    peakValue: formatNumber(peak.total, lang, 0),
  });
  if (suppressed > 0) text += t(lang, 'usage.indications.summary.suppressed', { n: suppressed, threshold });
  return text;
}
