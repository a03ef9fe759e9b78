import type { IndicatorCell } from '../../data/types.js';
import { indicatorText } from '../../i18n/indicator-messages.js';
import { chartText } from '../../i18n/chart-messages.js';
import { formatPeriod, formatPeriodRange } from '../../format/period.js';
import { countSum, formatCountSum } from '../../format/count-sum.js';
import { formatIndicatorValue, indicatorLabel, indicatorNote } from '../../format/indicator.js';
import { OTS_SERIES, otsFlow } from '../../select/indicator-charts.js';
import { TOOLTIP, band, count } from '../axes.js';
import { colourScale } from '../colours.js';
import { hiddenFields, placeholderLayer } from '../placeholder.js';
import { tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { resolveOptions, type ChartOptions, exportOf } from '../options.js';
import type { TemplateChart, TableColumn, VegaSpec } from '../chart-model.js';

const ID = 'indicators/ots-flow';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/indicators/ots-flow.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

const period = () => band('label', 'x', { titleKey: 'x', labelAngle: -45 });
const colour = () => colourScale('series', OTS_SERIES, ['series[0]', 'series[1]', 'series[2]'], 'legend');
const series = (range: unknown[]) =>
  ({ field: 'series', type: 'nominal', scale: { domain: [...OTS_SERIES], range }, legend: { labelExpr: 'text.legend[datum.value]' } }) as const;

/**
 * OTS started, prevented and ended early per period: three lines that differ in colour, dash
 * pattern and point shape (never colour alone), with one legend for all three. A hidden count
 * is the placeholder at zero, beside those of the other series; the line breaks there.
 */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame(),
  data: { name: 'points' },
  encoding: { x: period() },
  layer: [
    {
      mark: { type: 'line', strokeWidth: 2, invalid: 'break-paths-filter-domains' },
      encoding: {
        y: { field: 'value', type: 'quantitative' },
        color: colour(),
        strokeDash: series([
          [1, 0],
          [8, 4],
          [2, 3],
        ]),
      },
    },
    {
      mark: { type: 'point', filled: true, size: 70, opacity: 1, tooltip: true },
      encoding: { y: count('value', 'y'), color: colour(), shape: series(['circle', 'square', 'triangle-up']), tooltip: TOOLTIP },
    },
    placeholderLayer('x', period(), { field: 'offset', type: 'quantitative', scale: null }),
  ],
}));

/** OTS started, prevented and ended early per period. `cells` are a selection's cells. */
export function otsStartedPreventedEndedEarly(cells: readonly IndicatorCell[], options: ChartOptions = {}): TemplateChart {
  const { lang, threshold, context } = resolveOptions(options);
  const title = indicatorText(lang, 'ots.flow.title');
  const flow = otsFlow(cells);
  const labels = Object.fromEntries(OTS_SERIES.map((id) => [id, indicatorLabel(id, lang)]));
  const periodLabels = flow.periods.map((p) => formatPeriod(p, lang));
  const rows = flow.cells.map((c) => {
    const label = formatPeriod(c.period, lang);
    const hidden = c.suppressed !== false || c.value === null;
    const valueText = formatIndicatorValue(c, lang, threshold);
    return {
      label,
      series: c.indicator,
      ...hiddenFields(c.value, hidden),
      // Side by side, so that hidden values of one period never cover each other.
      offset: (OTS_SERIES.indexOf(c.indicator as (typeof OTS_SERIES)[number]) - 1) * 12,
      tip: tip([
        [indicatorText(lang, 'table.period'), label],
        [indicatorText(lang, 'table.series'), labels[c.indicator]!],
        [indicatorText(lang, 'table.value'), valueText],
      ]),
      table: valueText + (indicatorNote(c, lang) ? ` (${indicatorNote(c, lang)})` : ''),
    };
  });
  let summary = indicatorText(lang, 'ots.flow.summary.empty');
  if (rows.length) {
    // Each series' total over its published quarters: "≥ 28" without its hidden quarters, and
    // hidden itself when what is published is below the threshold.
    const totals = OTS_SERIES.map((id) =>
      countSum({ value: flow.totals[id], partial: flow.cells.some((c) => c.indicator === id && (c.suppressed || c.flag === 'lower_bound')) }, threshold),
    );
    // In a sentence, a total that may be anything reads "een afgeschermd aantal".
    const [started, prevented, endedEarly] = totals.map((total) =>
      total.hidden && total.partial ? indicatorText(lang, 'ots.flow.hiddenCount') : formatCountSum(total, threshold, lang),
    ) as [string, string, string];
    summary = totals.every((total) => total.hidden && total.partial)
      ? indicatorText(lang, 'ots.flow.summary.hidden', { range: formatPeriodRange(periodLabels[0]!, periodLabels.at(-1)!, lang) })
      : indicatorText(lang, 'ots.flow.summary', {
          range: formatPeriodRange(periodLabels[0]!, periodLabels.at(-1)!, lang, true),
          started,
          prevented,
          endedEarly,
        });
    const hidden = flow.cells.filter((c) => c.suppressed).length;
    if (hidden) summary += indicatorText(lang, 'summary.hidden', { n: hidden });
  }
  const columns: TableColumn[] = [
    { key: 'period', label: indicatorText(lang, 'table.period') },
    ...OTS_SERIES.map((id) => ({ key: id, label: labels[id]!, numeric: true })),
  ];
  return templateChart(ID, compiled, {
    lang,
    data: { points: rows.map(({ table: _table, ...row }) => row) },
    text: { x: indicatorText(lang, 'axis.period'), y: indicatorText(lang, 'axis.count'), legend: labels, hidden: chartText(lang, 'hidden.legend') },
    domain: { x: periodLabels },
    height: 280,
    summary,
    table: {
      caption: title,
      columns,
      rows: periodLabels.map((label) => ({
        period: label,
        ...Object.fromEntries(OTS_SERIES.map((id) => [id, rows.find((r) => r.label === label && r.series === id)?.table ?? '–'])),
      })),
    },
    ...exportOf(title, context, lang),
  });
}
