import type { TopLevelSpec } from 'vega-lite';
import type { IndicatorCell } from '../data/types.js';
import { STANDARD_INDICATORS, indicatorDefinition, type IndicatorDefinition } from '../data/indicators.js';
import type { Lang } from '../i18n/lang.js';
import { flagKey, ti, tn } from '../i18n/indicator-messages.js';
import { formatNumber, formatPercent } from '../format/number.js';
import { formatPeriod } from '../format/period.js';
import { formatCount } from '../format/suppressed.js';
import type { YearCell } from '../select/indicators.js';
import { DEFAULT_THEME, vegaConfig, type Theme } from './theme.js';
import { bandHeight, chartFrame, slug, type ChartModel, type TableColumn } from './chart-model.js';
import type { SpecOptions } from './product-usage.js';


/**
 * Spec builders of the indicator view (seed 000, "maatschappelijk rendement"). Pure functions:
 * cells (as `src/select/indicators.ts` selects them) + language + theme → `ChartModel`.
 *
 * Privacy: a hidden (suppressed) value is never put in a spec as a number. A hidden count of a
 * single cell reads "< 5" (the bundle's threshold); a hidden sum of several cells, or a hidden
 * mean, reads "afgeschermd" ("hidden"), because "< 5" would be wrong for them. Bars of hidden
 * counts are drawn as an outlined, dashed stub up to the threshold; points of hidden counts as
 * a dashed rule from 0 to the threshold; other hidden values leave a gap.
 */


export interface IndicatorSpecOptions extends SpecOptions {
  /** What the selection is ("Delft", "Regio (totaal)"); added to export file names. */
  subject?: string;
}

/** Municipalities highlighted (outlined) in a per-municipality chart. */
export interface MunicipalityChartOptions extends IndicatorSpecOptions {
  selected?: readonly string[];
}

interface Resolved {
  lang: Lang;
  theme: Theme;
  threshold: number;
  subject: string;
}

function resolve(options: IndicatorSpecOptions): Resolved {
  return { lang: options.lang ?? 'nl', theme: options.theme ?? DEFAULT_THEME, threshold: options.threshold ?? 5, subject: options.subject ?? '' };
}

function fileName(title: string, subject: string): string {
  return slug(subject ? `${title} ${subject}` : title);
}

// ---------------------------------------------------------------------------------------------
// Labels and values

/** An indicator's name: the catalog label in the language, else the data's label, else the id. */
export function indicatorLabel(id: string, lang: Lang, dataLabel: string | null = null): string {
  return indicatorDefinition(id)?.label[lang] ?? dataLabel ?? id;
}

/** Counts (and custom indicators, whose unit is unknown) are subject to "< threshold". */
function countLike(id: string): boolean {
  const definition = indicatorDefinition(id);
  return definition === undefined || definition.unit === 'count';
}

/**
 * A cell's value as text: counts whole (`1.234`), months and scores with one decimal, percents
 * as `78,4%`. A hidden single count reads "< 5"; a hidden sum or mean reads "afgeschermd";
 * a lower bound (a sum without its hidden parts) "≥ 28"; an empty value "–".
 */
export function formatIndicatorValue(cell: IndicatorCell, lang: Lang = 'nl', threshold = 5): string {
  if (cell.suppressed) return countLike(cell.indicator) && cell.suppressed === 'primary' ? formatCount(null, 'primary', threshold, lang) : ti(lang, 'value.hidden');
  if (cell.value === null) return '–';
  if (cell.flag === 'lower_bound') return `≥ ${formatNumber(cell.value, lang, 0)}`;
  switch (indicatorDefinition(cell.indicator)?.unit) {
    case 'count':
      return formatNumber(cell.value, lang, 0);
    case 'percent':
      return formatPercent(cell.value / 100, lang, 1);
    default:
      return formatNumber(cell.value, lang, 1);
  }
}

/** The explanation of a cell's flag (`missing_weight`, `partial`, …), or ''. */
export function indicatorNote(cell: IndicatorCell, lang: Lang = 'nl'): string {
  if (!cell.flag) return '';
  const key = flagKey(cell.flag);
  return key ? ti(lang, key) : cell.flag;
}

/** Whether a hidden value is drawn as a stub up to the threshold (a hidden single count). */
function isStub(cell: IndicatorCell): boolean {
  return cell.suppressed && countLike(cell.indicator) && cell.flag !== 'suppressed_part';
}

function axisTitle(id: string, lang: Lang): string {
  switch (indicatorDefinition(id)?.unit) {
    case 'count':
      return ti(lang, 'axis.count');
    case 'months':
      return ti(lang, 'axis.months');
    case 'percent':
      return ti(lang, 'axis.percent');
    case 'score':
      return ti(lang, 'axis.score');
    default:
      return ti(lang, 'axis.value');
  }
}

const byPeriod = (a: IndicatorCell, b: IndicatorCell) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// (1) The standard indicators per year, grouped by level

type LevelGroup = 'input' | 'throughput' | 'outcome';
const LEVEL_GROUPS: readonly LevelGroup[] = ['input', 'throughput', 'outcome'];
const groupOf = (d: IndicatorDefinition): LevelGroup => (d.level === 'output' || d.level === 'outcome' ? 'outcome' : d.level);

interface OverviewDatum {
  indicator: string;
  row: string;
  level: string;
  column: string;
  valueText: string;
  note: string;
  /** Value ÷ the highest value of the row, for a light background; null when hidden or empty. */
  shade: number | null;
  hidden: boolean;
}

/** "2024", or "2024 (K1–K2)" for a year the selection holds only part of. */
function yearLabel(year: string, periods: readonly string[], lang: Lang): string {
  const quarters = periods.filter((p) => p !== year);
  if (quarters.length === 0 || quarters.length === 4) return year;
  const q = (p: string) => formatPeriod(p, lang).slice(5);
  return ti(lang, 'overview.year.part', { year, from: q(quarters[0]!), to: q(quarters[quarters.length - 1]!) });
}

/**
 * The standard indicators of seed 000 per year, as a table-like chart: one row per indicator,
 * grouped under bold headers input / throughput / output and outcome, one column per year, the
 * value written in each cell on a light background that is darker for a higher value within
 * the row (so the value never depends on colour). `cells` come from `indicatorsByYear`; custom
 * indicators are left out.
 */
export function indicatorOverview(cells: readonly YearCell[], options: IndicatorSpecOptions = {}): ChartModel {
  const { lang, theme, threshold, subject } = resolve(options);
  const title = ti(lang, 'overview.title');
  const standard = cells.filter((c) => indicatorDefinition(c.indicator));
  const years = [...new Map(standard.map((c) => [c.period, c.periods])).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const columns = years.map(([year, periods]) => yearLabel(year, periods, lang));
  const columnOf = new Map(years.map(([year], i) => [year, columns[i]!]));
  const present = new Set(standard.map((c) => c.indicator));

  const rows: string[] = [];
  const headers: string[] = [];
  const counts: Record<LevelGroup, number> = { input: 0, throughput: 0, outcome: 0 };
  const data: OverviewDatum[] = [];
  for (const group of LEVEL_GROUPS) {
    const definitions = STANDARD_INDICATORS.filter((d) => groupOf(d) === group && present.has(d.id));
    if (definitions.length === 0) continue;
    // The chart's row header is short; the table names the level in full.
    const header = ti(lang, `level.${group}.short`);
    const level = ti(lang, `level.${group}`);
    headers.push(header);
    rows.push(header);
    counts[group] = definitions.length;
    for (const d of definitions) {
      const row = d.label[lang];
      rows.push(row);
      const own = standard.filter((c) => c.indicator === d.id);
      const max = Math.max(0, ...own.map((c) => (c.suppressed || c.value === null ? 0 : c.value)));
      for (const c of own) {
        const published = !c.suppressed && c.value !== null;
        data.push({
          indicator: d.id,
          row,
          level,
          column: columnOf.get(c.period)!,
          valueText: formatIndicatorValue(c, lang, threshold),
          note: indicatorNote(c, lang),
          shade: published ? (max > 0 ? c.value! / max : 0) : null,
          hidden: !published,
        });
      }
    }
  }

  const tooltip = [
    { field: 'row', title: ti(lang, 'table.indicator') },
    { field: 'column', title: ti(lang, 'table.year') },
    { field: 'valueText', title: ti(lang, 'table.value') },
    { field: 'note', title: ti(lang, 'table.note') },
  ];
  const spec: TopLevelSpec = {
    ...chartFrame(title, bandHeight(rows.length, 26), vegaConfig(theme, lang)),
    data: { values: data },
    encoding: {
      x: {
        field: 'column',
        type: 'nominal',
        sort: null,
        scale: { domain: columns, paddingInner: 0.06 },
        title: null,
        axis: { orient: 'top', labelAngle: 0, domain: false, ticks: false, labelFontWeight: 'bold' },
      },
      y: {
        field: 'row',
        type: 'nominal',
        sort: null,
        scale: { domain: rows, paddingInner: 0.12 },
        title: null,
        axis: {
          domain: false,
          ticks: false,
          // About 45% of the width for the names, so that the values keep room at 320 px.
          labelLimit: { expr: 'clamp(containerSize()[0] * 0.45, 100, 280)' },
          labelFontWeight: { condition: { test: `indexof(${JSON.stringify(headers)}, datum.value) >= 0`, value: 'bold' }, value: 'normal' },
        },
      },
    },
    layer: [
      {
        transform: [{ filter: '!datum.hidden' }],
        mark: { type: 'rect', color: theme.series[0], tooltip: true },
        encoding: {
          fillOpacity: { field: 'shade', type: 'quantitative', scale: { domain: [0, 1], range: [0.06, 0.4] }, legend: null },
          tooltip,
        },
      },
      {
        transform: [{ filter: 'datum.hidden' }],
        mark: { type: 'rect', fillOpacity: 0, stroke: theme.mutedTextColor, strokeDash: [4, 3], tooltip: true },
        encoding: { tooltip },
      },
      // Text never runs past its cell: at 320 px "afgeschermd" is cut to "afgesch…" (the table has it in full).
      {
        transform: [{ filter: '!datum.hidden' }],
        mark: { type: 'text', color: theme.textColor, fontSize: theme.fontSize - 2, limit: { expr: "bandwidth('x') - 4" } },
        encoding: { text: { field: 'valueText' } },
      },
      {
        transform: [{ filter: 'datum.hidden' }],
        mark: { type: 'text', color: theme.textColor, fontSize: theme.fontSize - 2, fontStyle: 'italic', limit: { expr: "bandwidth('x') - 4" } },
        encoding: { text: { field: 'valueText' } },
      },
    ],
  };

  let summary: string;
  if (data.length === 0) summary = ti(lang, 'overview.summary.empty');
  else {
    summary = ti(lang, 'overview.summary', {
      n: counts.input + counts.throughput + counts.outcome,
      from: columns[0]!,
      to: columns[columns.length - 1]!,
      input: counts.input,
      throughput: counts.throughput,
      outcome: counts.outcome,
    });
    const hidden = data.filter((d) => d.hidden && d.valueText !== '–').length;
    const missing = data.filter((d) => d.valueText === '–').length;
    if (hidden) summary += tn(lang, 'overview.summary.hidden', hidden);
    if (missing) summary += tn(lang, 'overview.summary.missing', missing);
  }

  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'level', label: ti(lang, 'table.level') },
        { key: 'indicator', label: ti(lang, 'table.indicator') },
        { key: 'year', label: ti(lang, 'table.year') },
        { key: 'value', label: ti(lang, 'table.value'), numeric: true },
        { key: 'note', label: ti(lang, 'table.note') },
      ],
      rows: data.map((d) => ({ level: d.level, indicator: d.row, year: d.column, value: d.valueText, note: d.note })),
    },
    fileName: fileName(title, subject),
  };
}

// ---------------------------------------------------------------------------------------------
// (2) A count per period, and per municipality

interface BarDatum {
  key: string;
  label: string;
  /** Bar length: the count, or the threshold for a hidden count (a dashed stub). */
  height: number;
  valueText: string;
  note: string;
  hidden: boolean;
  /** A sum without its hidden parts ("≥ 28"): drawn with a dashed outline. */
  lowerBound: boolean;
  /** Text over a stub: "< 5" for a hidden single count, else ''. */
  stubLabel: string;
  selected: boolean;
}

interface BarOptions {
  keyOf: (c: IndicatorCell) => string;
  labelOf: (c: IndicatorCell) => string;
  /** Which hidden cells get a dashed stub up to the threshold; the others get length 0. */
  stub: (c: IndicatorCell) => boolean;
  selected?: readonly string[];
}

function countBars(cells: readonly IndicatorCell[], lang: Lang, threshold: number, { keyOf, labelOf, stub, selected = [] }: BarOptions): BarDatum[] {
  return cells.map((c) => {
    const hidden = c.suppressed !== false || c.value === null;
    return {
      key: keyOf(c),
      label: labelOf(c),
      height: hidden ? (c.suppressed && stub(c) ? threshold : 0) : c.value!,
      valueText: formatIndicatorValue(c, lang, threshold),
      note: indicatorNote(c, lang),
      hidden,
      lowerBound: c.flag === 'lower_bound',
      stubLabel: isStub(c) ? formatIndicatorValue(c, lang, threshold) : '',
      selected: selected.includes(keyOf(c)),
    };
  });
}

/** The published total, the peak and the number of hidden bars. */
function barTotals(data: readonly BarDatum[]) {
  const shown = data.filter((d) => !d.hidden);
  return {
    shown,
    total: shown.reduce((s, d) => s + d.height, 0),
    peak: shown.length ? shown.reduce((a, b) => (b.height > a.height ? b : a)) : null,
    low: shown.length ? shown.reduce((a, b) => (b.height < a.height ? b : a)) : null,
    hidden: data.filter((d) => d.hidden && d.valueText !== '–').length,
    lowerBound: data.filter((d) => d.lowerBound).length,
  };
}

function barLayers(theme: Theme, tooltip: { field: string; title: string }[], valueAxis: 'x' | 'y', select: boolean) {
  const position = { field: 'height', type: 'quantitative' as const };
  return [
    {
      transform: [{ filter: '!datum.hidden' }],
      mark: { type: 'bar' as const, color: theme.series[0], stroke: theme.textColor, tooltip: true, ...(select ? { cursor: 'pointer' as const } : {}) },
      encoding: {
        [valueAxis]: position,
        strokeWidth: { condition: { test: 'datum.selected || datum.lowerBound', value: 2 }, value: 0 },
        strokeDash: { condition: { test: 'datum.lowerBound', value: [4, 3] }, value: [1, 0] },
        tooltip,
      },
    },
    {
      transform: [{ filter: 'datum.hidden && datum.height > 0' }],
      mark: {
        type: 'bar' as const,
        color: theme.series[0],
        fillOpacity: 0.15,
        stroke: theme.series[0],
        strokeDash: [4, 3],
        tooltip: true,
        ...(select ? { cursor: 'pointer' as const } : {}),
      },
      encoding: { [valueAxis]: position, tooltip },
    },
    {
      transform: [{ filter: '!datum.hidden' }],
      mark:
        valueAxis === 'y'
          ? { type: 'text' as const, baseline: 'bottom' as const, dy: -3, color: theme.textColor }
          : { type: 'text' as const, align: 'left' as const, dx: 4, color: theme.textColor },
      encoding: { [valueAxis]: position, text: { field: 'valueText' } },
    },
    {
      transform: [{ filter: "datum.hidden && datum.stubLabel != ''" }],
      mark:
        valueAxis === 'y'
          ? { type: 'text' as const, baseline: 'bottom' as const, dy: -3, color: theme.mutedTextColor, fontStyle: 'italic' }
          : { type: 'text' as const, align: 'left' as const, dx: 4, color: theme.mutedTextColor, fontStyle: 'italic' },
      encoding: { [valueAxis]: position, text: { field: 'stubLabel' } },
    },
  ];
}

function countPerPeriod(cells: readonly IndicatorCell[], indicator: string, title: string, options: IndicatorSpecOptions, summarise: (data: BarDatum[]) => string): ChartModel {
  const { lang, theme, threshold, subject } = resolve(options);
  const own = cells.filter((c) => c.indicator === indicator).sort(byPeriod);
  // As in the product-usage charts, every hidden count (of one cell or a sum) is a dashed stub.
  const data = countBars(own, lang, threshold, { keyOf: (c) => c.period, labelOf: (c) => formatPeriod(c.period, lang), stub: (c) => c.suppressed === 'primary' });
  const tooltip = [
    { field: 'label', title: ti(lang, 'table.period') },
    { field: 'valueText', title: indicatorLabel(indicator, lang) },
  ];
  const spec: TopLevelSpec = {
    ...chartFrame(title, 260, vegaConfig(theme, lang)),
    data: { values: data },
    encoding: {
      // The domain in period order: the layers hold different rows.
      x: { field: 'label', type: 'ordinal', sort: null, scale: { domain: data.map((d) => d.label) }, title: ti(lang, 'axis.period'), axis: { labelAngle: -45 } },
      y: { field: 'height', type: 'quantitative', title: axisTitle(indicator, lang), axis: { tickMinStep: 1 } },
    },
    layer: barLayers(theme, tooltip, 'y', false),
  };
  return {
    spec,
    summary: summarise(data),
    table: {
      caption: title,
      columns: [
        { key: 'period', label: ti(lang, 'table.period') },
        { key: 'value', label: indicatorLabel(indicator, lang), numeric: true },
        { key: 'note', label: ti(lang, 'table.note') },
      ],
      rows: data.map((d) => ({ period: d.label, value: d.valueText, note: d.note })),
    },
    fileName: fileName(title, subject),
  };
}

/**
 * Prevented VTOs per period, as bars. `cells` are a selection's cells (any indicators; only
 * `vto_prevented` is drawn).
 */
export function preventedVtosPerPeriod(cells: readonly IndicatorCell[], options: IndicatorSpecOptions = {}): ChartModel {
  const lang = options.lang ?? 'nl';
  return countPerPeriod(cells, 'vto_prevented', ti(lang, 'vto.period.title'), options, (data) => {
    const { shown, total, peak, hidden } = barTotals(data);
    if (shown.length === 0 && hidden === 0) return ti(lang, 'vto.period.summary.empty');
    const range = { from: data[0]?.label ?? '', to: data[data.length - 1]?.label ?? '', total: formatNumber(total, lang, 0) };
    let text: string;
    if (!peak) text = ti(lang, 'vto.period.summary.empty');
    // No peak to name when every published quarter is 0.
    else if (peak.height === 0) text = ti(lang, 'vto.period.summary.total', range);
    else text = ti(lang, 'vto.period.summary', { ...range, peak: peak.label, peakValue: peak.valueText });
    if (hidden) text += tn(lang, 'summary.hidden', hidden);
    return text;
  });
}

/**
 * Prevented VTOs per municipality over the period range, as horizontal bars. `cells` come from
 * `indicatorByMunicipality(bundle, filters, 'vto_prevented')`. Clicking a bar (or the
 * municipality's button in the table) selects the municipality (`select`); `selected` ones are
 * outlined.
 */
export function preventedVtosPerMunicipality(cells: readonly IndicatorCell[], options: MunicipalityChartOptions = {}): ChartModel {
  const { lang, theme, threshold, subject } = resolve(options);
  const indicator = 'vto_prevented';
  const title = ti(lang, 'vto.municipality.title');
  const own = cells.filter((c) => c.indicator === indicator);
  // A hidden sum over periods could be any size: it reads "afgeschermd" at 0, without a stub.
  const data = countBars(own, lang, threshold, { keyOf: (c) => c.municipality, labelOf: (c) => c.municipality, stub: isStub, selected: options.selected });
  const tooltip = [
    { field: 'label', title: ti(lang, 'table.municipality') },
    { field: 'valueText', title: indicatorLabel(indicator, lang) },
  ];
  const spec: TopLevelSpec = {
    ...chartFrame(title, bandHeight(data.length), vegaConfig(theme, lang)),
    // `municipality` is the datum field a click selects.
    data: { values: data.map((d) => ({ ...d, municipality: d.key })) },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, scale: { domain: data.map((d) => d.label) }, title: ti(lang, 'axis.municipality') },
      x: { field: 'height', type: 'quantitative', title: axisTitle(indicator, lang), axis: { tickMinStep: 1 } },
    },
    layer: [
      ...barLayers(theme, tooltip, 'x', true),
      {
        // A hidden sum or an empty value has no bar: its text stands at 0.
        transform: [{ filter: "datum.hidden && datum.stubLabel == ''" }],
        mark: { type: 'text', align: 'left', dx: 4, color: theme.mutedTextColor, fontStyle: 'italic', cursor: 'pointer' },
        encoding: { x: { datum: 0, type: 'quantitative' }, text: { field: 'valueText' }, tooltip },
      },
    ],
  };
  const { shown, peak, low, hidden, lowerBound } = barTotals(data);
  let summary =
    peak && low && shown.length > 1
      ? ti(lang, 'vto.municipality.summary', { top: peak.label, topValue: peak.valueText, bottom: low.label, bottomValue: low.valueText })
      : peak
        ? ti(lang, 'vto.municipality.summary.one', { top: peak.label, topValue: peak.valueText })
        : ti(lang, 'vto.municipality.summary.empty');
  if (hidden) summary += tn(lang, 'summary.hiddenMunicipalities', hidden);
  if (lowerBound) summary += tn(lang, 'summary.lowerBound', lowerBound);
  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'municipality', label: ti(lang, 'table.municipality') },
        { key: 'value', label: indicatorLabel(indicator, lang), numeric: true },
        { key: 'note', label: ti(lang, 'table.note') },
      ],
      rows: data.map((d) => ({ municipality: d.label, value: d.valueText, note: d.note })),
    },
    fileName: fileName(title, subject),
    select: { field: 'municipality', column: 'municipality' },
  };
}

// ---------------------------------------------------------------------------------------------
// (3, 5) A trend line for one indicator

interface TrendDatum {
  period: string;
  periodLabel: string;
  /** The value, or null when hidden or empty (the line breaks there). */
  value: number | null;
  valueText: string;
  note: string;
  /** A hidden single count: drawn as a dashed rule from 0 to the threshold. */
  stub: boolean;
}

function trendData(cells: readonly IndicatorCell[], lang: Lang, threshold: number): TrendDatum[] {
  return [...cells].sort(byPeriod).map((c) => ({
    period: c.period,
    periodLabel: formatPeriod(c.period, lang),
    value: c.suppressed ? null : c.value,
    valueText: formatIndicatorValue(c, lang, threshold),
    note: indicatorNote(c, lang),
    stub: isStub(c),
  }));
}

function valueScale(indicator: string) {
  const unit = indicatorDefinition(indicator)?.unit;
  if (unit === 'percent') return { domain: [0, 100] };
  if (unit === 'score') return { zero: false };
  return { zero: true };
}

/**
 * The trend of any indicator (standard or custom) as a line with points. `cells` are a
 * selection's cells; only `indicator` is drawn. A hidden count is a dashed rule from 0 to the
 * threshold, a hidden mean or an empty value a gap in the line.
 */
export function indicatorTrend(cells: readonly IndicatorCell[], indicator: string, options: IndicatorSpecOptions & { title?: string } = {}): ChartModel {
  const { lang, theme, threshold, subject } = resolve(options);
  const own = cells.filter((c) => c.indicator === indicator);
  const label = indicatorLabel(indicator, lang, own.find((c) => c.label !== null)?.label ?? null);
  const title = options.title ?? ti(lang, 'trend.title', { label });
  const data = trendData(own, lang, threshold);
  const tooltip = [
    { field: 'periodLabel', title: ti(lang, 'table.period') },
    { field: 'valueText', title: label },
    { field: 'note', title: ti(lang, 'table.note') },
  ];
  const x = { field: 'periodLabel', type: 'ordinal' as const, sort: null, scale: { domain: data.map((d) => d.periodLabel) }, title: ti(lang, 'axis.period'), axis: { labelAngle: -45 } };
  const y = { field: 'value', type: 'quantitative' as const, title: axisTitle(indicator, lang), scale: valueScale(indicator) };
  const spec: TopLevelSpec = {
    ...chartFrame(title, 260, vegaConfig(theme, lang)),
    data: { values: data },
    encoding: { x },
    layer: [
      { mark: { type: 'line', color: theme.series[0], strokeWidth: 2, invalid: 'break-paths-filter-domains' }, encoding: { y } },
      {
        transform: [{ filter: 'datum.value != null' }],
        mark: { type: 'point', filled: true, size: 60, color: theme.series[0], tooltip: true },
        encoding: { y, tooltip },
      },
      {
        transform: [{ filter: 'datum.stub' }],
        mark: { type: 'rule', color: theme.series[0], strokeDash: [3, 3], strokeWidth: 2, tooltip: true },
        encoding: { y: { datum: 0, type: 'quantitative' }, y2: { datum: threshold }, tooltip },
      },
      {
        transform: [{ filter: 'datum.stub' }],
        mark: { type: 'text', baseline: 'bottom', dy: -3, color: theme.mutedTextColor, fontStyle: 'italic' },
        encoding: { y: { datum: threshold, type: 'quantitative' }, text: { field: 'valueText' } },
      },
    ],
  };

  const shown = data.filter((d) => d.value !== null);
  let summary: string;
  if (data.length === 0) summary = ti(lang, 'trend.summary.empty', { label });
  else if (shown.length === 0) summary = ti(lang, 'trend.summary.allHidden', { label, n: data.length });
  else if (shown.length === 1) summary = ti(lang, 'trend.summary.one', { label, value: shown[0]!.valueText, period: shown[0]!.periodLabel });
  else {
    const first = shown[0]!;
    const last = shown[shown.length - 1]!;
    const max = shown.reduce((a, b) => (b.value! > a.value! ? b : a));
    summary = ti(lang, 'trend.summary', { label, first: first.valueText, from: first.periodLabel, last: last.valueText, to: last.periodLabel });
    if (max !== first && max !== last) summary += ti(lang, 'trend.summary.peak', { max: max.valueText, maxPeriod: max.periodLabel });
  }
  const gaps = data.length - shown.length;
  if (gaps > 0 && shown.length > 0) summary += tn(lang, 'summary.gaps', gaps);

  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'period', label: ti(lang, 'table.period') },
        { key: 'value', label: label, numeric: true },
        { key: 'note', label: ti(lang, 'table.note') },
      ],
      rows: data.map((d) => ({ period: d.periodLabel, value: d.valueText, note: d.note })),
    },
    fileName: fileName(title, subject),
  };
}

/** The mean OTS duration in months per period (the catalog's weighted mean), as a line with points. */
export function otsDurationTrend(cells: readonly IndicatorCell[], options: IndicatorSpecOptions = {}): ChartModel {
  return indicatorTrend(cells, 'ots_duration_months', { ...options, title: ti(options.lang ?? 'nl', 'ots.duration.title') });
}

// ---------------------------------------------------------------------------------------------
// (4) OTS started, prevented and ended early

const OTS_SERIES = ['ots_started', 'ots_prevented', 'ots_ended_early'] as const;
const SERIES_DASH: readonly number[][] = [
  [1, 0],
  [8, 4],
  [2, 3],
];
const SERIES_SHAPE = ['circle', 'square', 'triangle-up'] as const;

/**
 * OTS started, prevented and ended early per period, as three lines. Each series differs in
 * colour, dash pattern and point shape (meaning never by colour alone), with one legend for all
 * three. Hidden counts are dashed rules from 0 to the threshold; the line breaks there.
 */
export function otsStartedPreventedEndedEarly(cells: readonly IndicatorCell[], options: IndicatorSpecOptions = {}): ChartModel {
  const { lang, theme, threshold, subject } = resolve(options);
  const title = ti(lang, 'ots.flow.title');
  const labels = OTS_SERIES.map((id) => indicatorLabel(id, lang));
  const periods = [...new Set(cells.filter((c) => (OTS_SERIES as readonly string[]).includes(c.indicator)).map((c) => c.period))].sort();
  const data: (TrendDatum & { series: string; indicator: string })[] = [];
  for (const period of periods) {
    OTS_SERIES.forEach((id, i) => {
      const cell = cells.find((c) => c.indicator === id && c.period === period);
      if (!cell) return;
      data.push({ ...trendData([cell], lang, threshold)[0]!, series: labels[i]!, indicator: id });
    });
  }
  const periodLabels = periods.map((p) => formatPeriod(p, lang));
  const legend = { direction: 'vertical' as const, title: null };
  const series = { field: 'series', type: 'nominal' as const, sort: labels };
  const color = { ...series, scale: { domain: labels, range: theme.series.slice(0, 3) }, legend };
  const tooltip = [
    { field: 'periodLabel', title: ti(lang, 'table.period') },
    { field: 'series', title: ti(lang, 'table.series') },
    { field: 'valueText', title: ti(lang, 'table.value') },
  ];
  const y = { field: 'value', type: 'quantitative' as const, title: ti(lang, 'axis.count'), axis: { tickMinStep: 1 } };
  const spec: TopLevelSpec = {
    ...chartFrame(title, 280, vegaConfig(theme, lang)),
    data: { values: data },
    encoding: {
      x: { field: 'periodLabel', type: 'ordinal', sort: null, scale: { domain: periodLabels }, title: ti(lang, 'axis.period'), axis: { labelAngle: -45 } },
      color,
    },
    layer: [
      {
        mark: { type: 'line', strokeWidth: 2, invalid: 'break-paths-filter-domains' },
        encoding: { y, strokeDash: { ...series, scale: { domain: labels, range: SERIES_DASH.map((d) => [...d]) }, legend } },
      },
      {
        transform: [{ filter: 'datum.value != null' }],
        mark: { type: 'point', filled: true, size: 70, tooltip: true },
        encoding: { y, shape: { ...series, scale: { domain: labels, range: [...SERIES_SHAPE] }, legend }, tooltip },
      },
      // One dotted stub per hidden count, side by side so that they never hide each other.
      ...OTS_SERIES.map((id, i) => ({
        transform: [{ filter: `datum.stub && datum.indicator == '${id}'` }],
        mark: { type: 'rule' as const, strokeDash: [3, 3], strokeWidth: 2, xOffset: (i - 1) * 5, tooltip: true },
        encoding: { y: { datum: 0, type: 'quantitative' as const }, y2: { datum: threshold }, tooltip },
      })),
      {
        // One "< 5" per period with hidden counts.
        transform: [{ filter: 'datum.stub' }, { aggregate: [{ op: 'count', as: 'hiddenCount' }], groupby: ['periodLabel'] }],
        mark: { type: 'text', baseline: 'bottom', dy: -3, color: theme.mutedTextColor, fontStyle: 'italic' },
        encoding: { y: { datum: threshold, type: 'quantitative' }, text: { value: formatCount(null, true, threshold, lang) }, color: { value: theme.mutedTextColor } },
      },
    ],
  };

  const published = (id: string) => data.filter((d) => d.indicator === id && d.value !== null).reduce((s, d) => s + d.value!, 0);
  let summary: string;
  if (data.length === 0) summary = ti(lang, 'ots.flow.summary.empty');
  else {
    summary = ti(lang, 'ots.flow.summary', {
      from: periodLabels[0]!,
      to: periodLabels[periodLabels.length - 1]!,
      started: formatNumber(published('ots_started'), lang, 0),
      prevented: formatNumber(published('ots_prevented'), lang, 0),
      endedEarly: formatNumber(published('ots_ended_early'), lang, 0),
    });
    const hidden = data.filter((d) => d.value === null && d.valueText !== '–').length;
    if (hidden) summary += tn(lang, 'summary.hidden', hidden);
  }

  const columns: TableColumn[] = [
    { key: 'period', label: ti(lang, 'table.period') },
    ...OTS_SERIES.map((id, i) => ({ key: id, label: labels[i]!, numeric: true })),
  ];
  return {
    spec,
    summary,
    table: {
      caption: title,
      columns,
      rows: periods.map((period, i) => {
        const row: Record<string, string> = { period: periodLabels[i]! };
        for (const id of OTS_SERIES) {
          const d = data.find((x) => x.period === period && x.indicator === id);
          row[id] = d ? d.valueText + (d.note ? ` (${d.note})` : '') : '–';
        }
        return row;
      }),
    },
    fileName: fileName(title, subject),
  };
}
