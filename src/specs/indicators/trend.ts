import type { IndicatorCell } from '../../data/types.js';
import { indicatorDefinition, type IndicatorKind } from '../../data/indicators.js';
import { indicatorText } from '../../i18n/indicator-messages.js';
import { formatPeriod } from '../../format/period.js';
import { formatIndicatorValue, indicatorAxisTitle, indicatorLabel, indicatorNote } from '../../format/indicator.js';
import { indicatorSeries, seriesTotals } from '../../select/indicator-charts.js';
import { NUMBER_FORMAT, TOOLTIP, band, titleOf } from '../axes.js';
import { paint } from '../colours.js';
import { hiddenFields, placeholderLayer } from '../placeholder.js';
import { isolate, tip } from '../text.js';
import { defineTemplate, frame } from '../frame.js';
import { bandChart, valueNoteTable } from '../band-chart.js';
import { resolveOptions, type ChartOptions, exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'indicators/trend';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/indicators/trend.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

const period = () => band('label', 'x', { titleKey: 'x', labelAngle: -45 });
/** The value axis follows the unit (`valueScale` signal): counts from zero, percentages 0–100, scores from their lowest value. */
const value = () =>
  ({
    field: 'value',
    type: 'quantitative',
    scale: { zero: { expr: 'valueScale.zero' }, domainMin: { expr: 'valueScale.min' }, domainMax: { expr: 'valueScale.max' } },
    axis: { title: titleOf('y'), format: NUMBER_FORMAT, tickMinStep: { expr: 'valueScale.step' } },
  }) as const;

/** One indicator over time: a line with points that breaks at a hidden or empty value, where the placeholder stands. */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame([{ name: 'valueScale', value: { zero: true, min: null, max: null, step: 1 } }]),
  data: { name: 'points' },
  layer: [
    { mark: { type: 'line', color: paint('series[0]'), strokeWidth: 2, invalid: 'break-paths-filter-domains' }, encoding: { x: period(), y: value() } },
    {
      transform: [{ filter: 'datum.value != null' }],
      mark: { type: 'point', filled: true, size: 60, opacity: 1, color: paint('series[0]'), tooltip: true },
      encoding: { x: period(), y: value(), tooltip: TOOLTIP },
    },
    placeholderLayer('x', period()),
  ],
}));

function valueScale(indicator: string, kind?: IndicatorKind) {
  const unit = indicatorDefinition(indicator)?.unit ?? kind;
  if (unit === 'percent') return { zero: true, min: 0, max: 100, step: null };
  if (unit === 'score') return { zero: false, min: null, max: null, step: null };
  return { zero: true, min: null, max: null, step: unit === 'count' ? 1 : null };
}

/**
 * The trend of any indicator (standard or custom) as a line with points. `cells` are a
 * selection's cells; only `indicator` is drawn.
 */
export function indicatorTrend(cells: readonly IndicatorCell[], indicator: string, options: ChartOptions & { title?: string } = {}): TemplateChart {
  const { lang, threshold, context } = resolveOptions(options);
  const own = indicatorSeries(cells, indicator);
  // A custom indicator's declared kind, which its cells carry.
  const kind = own.find((c) => c.kind !== undefined)?.kind;
  const label = indicatorLabel(indicator, lang, own.find((c) => c.label !== null)?.label ?? null);
  const shownLabel = indicatorDefinition(indicator) ? label : isolate(label);
  const title = options.title ?? indicatorText(lang, 'trend.title', { label });
  const rows = own.map((c) => {
    const periodLabel = formatPeriod(c.period, lang);
    const hidden = c.suppressed !== false || c.value === null;
    const valueText = formatIndicatorValue(c, lang, threshold);
    const note = indicatorNote(c, lang);
    return {
      label: periodLabel,
      ...hiddenFields(c.value, hidden),
      valueText,
      note,
      tip: tip([
        [indicatorText(lang, 'table.period'), periodLabel],
        [shownLabel, valueText],
        [indicatorText(lang, 'table.note'), note],
      ]),
    };
  });
  const totals = seriesTotals(own);
  const text = (c: IndicatorCell) => formatIndicatorValue(c, lang, threshold);
  const when = (c: IndicatorCell) => formatPeriod(c.period, lang);
  let summary: string;
  if (rows.length === 0) summary = indicatorText(lang, 'trend.summary.empty', { label: shownLabel });
  else if (!totals.first || !totals.last || !totals.max) summary = indicatorText(lang, 'trend.summary.allHidden', { label: shownLabel, n: rows.length });
  else if (totals.shown === 1)
    summary = indicatorText(lang, 'trend.summary.single', { label: shownLabel, value: text(totals.first), period: when(totals.first) });
  else {
    summary = indicatorText(lang, 'trend.summary', {
      label: shownLabel,
      first: text(totals.first),
      from: when(totals.first),
      last: text(totals.last),
      to: when(totals.last),
    });
    if (totals.max !== totals.first && totals.max !== totals.last)
      summary += indicatorText(lang, 'trend.summary.peak', { max: text(totals.max), maxPeriod: when(totals.max) });
  }
  if (totals.gaps > 0 && totals.shown > 0) summary += indicatorText(lang, 'summary.gaps', { n: totals.gaps });
  return bandChart(ID, compiled, {
    lang,
    name: 'points',
    rows,
    axis: { x: indicatorText(lang, 'axis.period'), y: indicatorAxisTitle(indicator, lang, kind) },
    signals: { valueScale: valueScale(indicator, kind) },
    summary,
    table: valueNoteTable(
      title,
      { key: 'period', label: indicatorText(lang, 'table.period') },
      label,
      indicatorText(lang, 'table.note'),
      rows.map((r) => ({ ...r, band: r.label })),
    ),
    ...exportOf(title, context, lang),
  });
}

/** The mean OTS duration in months per period (the catalog's weighted mean), as a line with points. */
export function otsDurationTrend(cells: readonly IndicatorCell[], options: ChartOptions = {}): TemplateChart {
  return indicatorTrend(cells, 'ots_duration_months', { ...options, title: indicatorText(options.lang ?? 'nl', 'ots.duration.title') });
}
