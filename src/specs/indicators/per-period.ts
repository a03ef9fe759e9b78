import type { IndicatorCell } from '../../data/types.js';
import { ti, tn } from '../../i18n/indicator-messages.js';
import { chartText } from '../../i18n/chart-messages.js';
import { formatNumber } from '../../format/number.js';
import { formatPeriod } from '../../format/period.js';
import { formatIndicatorValue, indicatorAxisTitle, indicatorLabel, indicatorNote } from '../../format/indicator.js';
import { countTotals, indicatorSeries } from '../../select/indicator-charts.js';
import { band, count } from '../axes.js';
import { labelledBars } from '../labelled-bar.js';
import { tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { chartFileName, exportLines, resolveOptions, type ChartOptions } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'indicators/per-period';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it. */
const vega = () => import('../compiled/indicators/per-period.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

/** A count per period as labelled vertical bars; a hidden count is the placeholder at zero. */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame(),
  data: { name: 'periods' },
  layer: labelledBars({ band: 'x', position: band('label', 'x', { titleKey: 'x', labelAngle: -45 }), value: count('value', 'y'), colour: 'series[0]' }),
}));

/**
 * Prevented VTOs per period, as bars. `cells` are a selection's cells (any indicators; only
 * `vto_prevented` is drawn).
 */
export function preventedVtosPerPeriod(cells: readonly IndicatorCell[], options: ChartOptions = {}): TemplateChart {
  const { lang, threshold, context } = resolveOptions(options);
  const indicator = 'vto_prevented';
  const title = ti(lang, 'vto.period.title');
  const own = indicatorSeries(cells, indicator);
  const rows = own.map((c) => {
    const label = formatPeriod(c.period, lang);
    const hidden = c.suppressed || c.value === null;
    const valueText = formatIndicatorValue(c, lang, threshold);
    const note = indicatorNote(c, lang);
    return {
      label,
      value: hidden ? null : c.value,
      valueText,
      note,
      hidden,
      status: hidden ? 'hidden' : null,
      tip: tip([[ti(lang, 'table.period'), label], [indicatorLabel(indicator, lang), valueText], [ti(lang, 'table.note'), note]]),
    };
  });
  const totals = countTotals(own);
  const range = { from: rows[0]?.label ?? '', to: rows.at(-1)?.label ?? '', total: formatNumber(totals.total, lang, 0) };
  let summary = ti(lang, 'vto.period.summary.empty');
  if (totals.peak && totals.peak.value! > 0) {
    summary = ti(lang, 'vto.period.summary', { ...range, peak: formatPeriod(totals.peak.period, lang), peakValue: formatIndicatorValue(totals.peak, lang, threshold) });
  } else if (totals.peak) summary = ti(lang, 'vto.period.summary.total', range);
  if (totals.hidden) summary += tn(lang, 'summary.hidden', totals.hidden);
  return templateChart(ID, vega, {
    lang,
    data: { periods: rows },
    text: { x: ti(lang, 'axis.period'), y: indicatorAxisTitle(indicator, lang), hidden: chartText(lang, 'hidden.legend') },
    domain: { x: rows.map((r) => r.label) },
    height: 260,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'period', label: ti(lang, 'table.period') },
        { key: 'value', label: indicatorLabel(indicator, lang), numeric: true },
        { key: 'note', label: ti(lang, 'table.note') },
      ],
      rows: rows.map((r) => ({ period: r.label, value: r.valueText, note: r.note })),
    },
    fileName: chartFileName(title, context),
    exportLines: exportLines(title, context, lang),
  });
}
