import type { IndicatorCell } from '../../data/types.js';
import { indicatorText } from '../../i18n/indicator-messages.js';
import { formatPeriod, formatPeriodRange } from '../../format/period.js';
import { countSum, formatCountSum } from '../../format/count-sum.js';
import { formatIndicatorValue, indicatorAxisTitle, indicatorLabel, indicatorNote } from '../../format/indicator.js';
import { countTotals, indicatorSeries } from '../../select/indicator-charts.js';
import { band, count } from '../axes.js';
import { labelledBars } from '../labelled-bar.js';
import { hiddenFields } from '../placeholder.js';
import { tip } from '../text.js';
import { defineTemplate, frame } from '../frame.js';
import { bandChart, valueNoteTable } from '../band-chart.js';
import { resolveOptions, type ChartOptions, exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'indicators/per-period';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/indicators/per-period.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

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
  const title = indicatorText(lang, 'vto.period.title');
  const own = indicatorSeries(cells, indicator);
  const rows = own.map((c) => {
    const label = formatPeriod(c.period, lang);
    const hidden = c.suppressed !== false || c.value === null;
    const valueText = formatIndicatorValue(c, lang, threshold);
    const note = indicatorNote(c, lang);
    return {
      label,
      ...hiddenFields(c.value, hidden),
      valueText,
      note,
      tip: tip([
        [indicatorText(lang, 'table.period'), label],
        [indicatorLabel(indicator, lang), valueText],
        [indicatorText(lang, 'table.note'), note],
      ]),
    };
  });
  const totals = countTotals(own);
  let summary = indicatorText(lang, 'vto.period.summary.empty');
  // The total over the published quarters; hidden itself when what is published is below the
  // threshold while quarters are hidden (the true total may be anything then).
  const total = countSum({ value: totals.shown ? totals.total : null, partial: totals.hidden > 0 || totals.lowerBound > 0 }, threshold);
  if (rows.length && total.hidden && total.partial)
    summary = indicatorText(lang, 'vto.period.summary.hidden', { range: formatPeriodRange(rows[0]!.label, rows.at(-1)!.label, lang) });
  else if (rows.length && (total.value !== null || total.hidden)) {
    // The busiest quarter only when every quarter is published: a hidden one may be busier.
    const peak = !total.partial && rows.length > 1 && totals.peak && totals.peak.value! > 0 ? totals.peak : null;
    summary = indicatorText(lang, peak ? 'vto.period.summary.peak' : 'vto.period.summary', {
      range: formatPeriodRange(rows[0]!.label, rows.at(-1)!.label, lang, true),
      total: formatCountSum(total, threshold, lang),
      ...(total.value === null ? {} : { n: total.value }),
      ...(peak ? { peak: formatPeriod(peak.period, lang), peakValue: formatIndicatorValue(peak, lang, threshold) } : {}),
    });
  }
  if (totals.hidden) summary += indicatorText(lang, 'summary.hidden', { n: totals.hidden });
  return bandChart(ID, compiled, {
    lang,
    name: 'periods',
    rows,
    axis: { x: indicatorText(lang, 'axis.period'), y: indicatorAxisTitle(indicator, lang) },
    summary,
    table: valueNoteTable(
      title,
      { key: 'period', label: indicatorText(lang, 'table.period') },
      indicatorLabel(indicator, lang),
      indicatorText(lang, 'table.note'),
      rows.map((r) => ({ ...r, band: r.label })),
    ),
    ...exportOf(title, context, lang),
  });
}
