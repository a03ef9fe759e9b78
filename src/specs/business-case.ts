import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/lang.js';
import { bcText } from '../i18n/business-case-messages.js';
import { formatEuro, formatNumber, formatPercent } from '../format/number.js';
import type { BusinessCaseResult, MonteCarloResult, SensitivityRow } from '../model/types.js';
import { valueWithUnit } from '../model/index.js';
import { DEFAULT_THEME, vegaConfig, type Theme } from './theme.js';
import { bandHeight, chartFrame, slug, type ChartModel } from './chart-model.js';


/**
 * Pure spec builders for the business-case view: costs and benefits per year, who pays and who
 * benefits, the sensitivity tornado, the Monte Carlo distribution and the break-even curve.
 * Each returns a `ChartModel`: the Vega-Lite spec, a one- or two-sentence summary, the table of
 * exactly what is drawn (formatted), and an export file name.
 *
 * Amounts are drawn pre-scaled (`× € 1.000` or `× € 1 mln` in the axis title, see
 * `amountScale`) on plain numeric axes, with the Vega number locale of the language so that
 * tick labels read `1.500` in Dutch and `1,500` in English. Tooltips and tables carry
 * pre-formatted euro strings. No expression needs `eval`: the only expressions are simple
 * filters that Vega's AST interpreter runs.
 */

/** d3 number format for the scaled amounts: thousands separators, no needless decimals. */
const AXIS_FORMAT = ',~f';

export interface BusinessCaseSpecOptions {
  lang?: Lang;
  theme?: Theme;
  /**
   * A short name of the case (e.g. "Delft pessimistisch"), appended to the export file name so
   * that downloads from different selections do not overwrite each other. Keep it short: file
   * names are cut at 80 characters.
   */
  context?: string;
}

/** How amounts are scaled for an axis: divide by `divisor`; `unit` goes in the axis title. */
export interface AmountScale {
  divisor: 1 | 1_000 | 1_000_000;
  unit: string;
}

/** The scale for a set of euro amounts: euros up to 10,000, thousands up to 10 million, else millions. */
export function amountScale(amounts: readonly number[], lang: Lang = 'nl'): AmountScale {
  const max = amounts.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 0);
  if (max >= 10_000_000) return { divisor: 1_000_000, unit: bcText(lang, 'bc.unit.million') };
  if (max >= 10_000) return { divisor: 1_000, unit: bcText(lang, 'bc.unit.thousand') };
  return { divisor: 1, unit: bcText(lang, 'bc.unit.one') };
}

/**
 * A parameter value with its unit, exactly as the engine writes it in the item formulas
 * (`valueWithUnit`): `€ 82,50`, `€ 82,50 per uur`, `25 uur`, `0,4` (a bare share).
 */
export function formatParameterValue(value: number, unit: string, lang: Lang = 'nl'): string {
  return valueWithUnit(value, unit, lang);
}

function setup(options: BusinessCaseSpecOptions) {
  const lang = options.lang ?? 'nl';
  const theme = options.theme ?? DEFAULT_THEME;
  const config = vegaConfig(theme, lang);
  const fileName = (title: string) => slug(options.context ? `${title} ${options.context}` : title);
  // Whole euros: float noise around zero (−1e-11) must not read "€ -0".
  const euro = (v: number) => formatEuro(Math.round(v) === 0 ? 0 : v, lang);
  return { lang, theme, config, fileName, euro };
}

/** Join names as "a, b en c" / "a, b and c". */
function joinNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'en'} ${names[names.length - 1]}`;
}

/**
 * Horizontal bar rows with each row's label written above its bar, inside the plot, instead of
 * as axis labels: long Dutch labels then never squeeze the bars at 320 px. Each row is
 * `ROW_STEP` px; the bar fills the lower half of it.
 */
const ROW_STEP = 50;
const BAR_OFFSET = 7;

function rowChannel(field: string, order: readonly string[]) {
  return { field, type: 'nominal', sort: [...order], title: null, axis: null, scale: { paddingInner: 0, paddingOuter: 0 } } as const;
}

function rowLabels(field: string, order: readonly string[], theme: Theme) {
  return {
    // At most the plot's width, with an ellipsis: the table and the tooltip hold the full label.
    mark: { type: 'text', align: 'left', baseline: 'top', dy: 3, color: theme.textColor, limit: { expr: 'width' } },
    encoding: { y: { ...rowChannel(field, order), bandPosition: 0 }, x: { value: 0 }, text: { field } },
  } as const;
}

// ---------------------------------------------------------------------------------------------
// 1. Costs against benefits per year, with the cumulative balance

/**
 * Costs (drawn below zero) against benefits (above zero) per calendar year, with the
 * cumulative undiscounted balance as a line with points. Costs and benefits differ by
 * direction as well as colour; the axis title says which sign is which.
 */
export function yearChart(result: BusinessCaseResult, options: BusinessCaseSpecOptions = {}): ChartModel {
  const { lang, theme, config, fileName, euro } = setup(options);
  const title = bcText(lang, 'bc.year.title');
  const years = result.years;
  const scale = amountScale(years.flatMap((y) => [y.costs, y.benefits, y.cumulativeNet]), lang);
  const labels = {
    costs: bcText(lang, 'bc.series.costs'),
    benefits: bcText(lang, 'bc.series.benefits'),
    cumulative: bcText(lang, 'bc.series.cumulative'),
  };
  const yearLabels = years.map((y) => String(y.year));
  const bars = years.flatMap((y) => [
    { year: String(y.year), series: labels.costs, amount: -y.costs / scale.divisor, amountText: euro(y.costs) },
    { year: String(y.year), series: labels.benefits, amount: y.benefits / scale.divisor, amountText: euro(y.benefits) },
  ]);
  const line = years.map((y) => ({
    year: String(y.year),
    series: labels.cumulative,
    amount: y.cumulativeNet / scale.divisor,
    amountText: euro(y.cumulativeNet),
  }));
  const x = {
    field: 'year',
    type: 'ordinal',
    sort: yearLabels,
    title: bcText(lang, 'bc.year.axis.x'),
    axis: { labelAngle: 0, labelOverlap: true, labelSeparation: 6 },
  } as const;
  const yTitle = bcText(lang, 'bc.year.axis.y', { unit: scale.unit });
  const color = {
    field: 'series',
    type: 'nominal',
    scale: { domain: [labels.costs, labels.benefits, labels.cumulative], range: [theme.cost, theme.benefit, theme.net] },
    title: null,
    legend: { columns: 2 },
  } as const;
  const tooltip = [
    { field: 'year', title: bcText(lang, 'bc.table.year') },
    { field: 'series', title: bcText(lang, 'bc.table.series') },
    { field: 'amountText', title: bcText(lang, 'bc.table.amount') },
  ];
  const spec: TopLevelSpec = {
    ...chartFrame(title, 280, config),
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar', tooltip: true },
        encoding: { x, y: { field: 'amount', type: 'quantitative', title: yTitle, axis: { format: AXIS_FORMAT } }, color, tooltip },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: theme.mutedTextColor },
        encoding: { y: { field: 'zero', type: 'quantitative' } },
      },
      {
        data: { values: line },
        mark: { type: 'line', strokeWidth: 2, point: { filled: true, size: 70 }, tooltip: true },
        encoding: { x, y: { field: 'amount', type: 'quantitative' }, color, tooltip },
      },
    ],
  };

  let summary: string;
  if (years.length === 0) summary = bcText(lang, 'bc.year.summary.empty');
  else {
    const first = years[0]!;
    const last = years[years.length - 1]!;
    summary = bcText(lang, 'bc.year.summary', {
      n: years.length,
      from: first.year,
      to: last.year,
      costs: euro(result.totals.costs),
      benefits: euro(result.totals.benefits),
    });
    summary +=
      result.totals.paybackYear !== null
        ? bcText(lang, 'bc.year.summary.payback', { year: result.totals.paybackYear })
        : bcText(lang, 'bc.year.summary.never', { year: last.year, cumulative: euro(last.cumulativeNet) });
  }
  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'year', label: bcText(lang, 'bc.table.year') },
        { key: 'costs', label: bcText(lang, 'bc.table.costs'), numeric: true },
        { key: 'benefits', label: bcText(lang, 'bc.table.benefits'), numeric: true },
        { key: 'cumulative', label: bcText(lang, 'bc.table.cumulative'), numeric: true },
      ],
      rows: years.map((y) => ({ year: String(y.year), costs: euro(y.costs), benefits: euro(y.benefits), cumulative: euro(y.cumulativeNet) })),
    },
    fileName: fileName(bcText(lang, 'bc.file.year')),
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Who pays and who benefits

/**
 * Per stakeholder: the present value of its costs (to the left of zero), of its benefits (to
 * the right) and its balance (a diamond). Savings at the State stay with the State: this is
 * the "wrong pocket" made visible. The summary names who pays most and who gains most, and,
 * when they differ, the stakeholders with a negative and a positive balance.
 */
export function stakeholderChart(result: BusinessCaseResult, options: BusinessCaseSpecOptions = {}): ChartModel {
  const { lang, theme, config, fileName, euro } = setup(options);
  const title = bcText(lang, 'bc.stakeholder.title');
  const rows = result.byStakeholder;
  const scale = amountScale(rows.flatMap((s) => [s.pvCosts, s.pvBenefits, s.npv]), lang);
  const labels = {
    costs: bcText(lang, 'bc.series.costs'),
    benefits: bcText(lang, 'bc.series.benefits'),
    balance: bcText(lang, 'bc.series.balance'),
  };
  const order = rows.map((s) => s.label);
  const bars = rows.flatMap((s) => [
    { stakeholder: s.label, series: labels.costs, amount: -s.pvCosts / scale.divisor, amountText: euro(s.pvCosts) },
    { stakeholder: s.label, series: labels.benefits, amount: s.pvBenefits / scale.divisor, amountText: euro(s.pvBenefits) },
  ]);
  const balances = rows.map((s) => ({ stakeholder: s.label, series: labels.balance, amount: s.npv / scale.divisor, amountText: euro(s.npv) }));
  const y = rowChannel('stakeholder', order);
  const color = {
    field: 'series',
    type: 'nominal',
    scale: { domain: [labels.costs, labels.benefits, labels.balance], range: [theme.cost, theme.benefit, theme.net] },
    title: null,
    legend: { columns: 2 },
  } as const;
  const tooltip = [
    { field: 'stakeholder', title: bcText(lang, 'bc.table.stakeholder') },
    { field: 'series', title: bcText(lang, 'bc.table.series') },
    { field: 'amountText', title: bcText(lang, 'bc.table.amount') },
  ];
  const spec: TopLevelSpec = {
    ...chartFrame(title, bandHeight(rows.length, ROW_STEP), config),
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar', height: { band: 0.5 }, yOffset: BAR_OFFSET, tooltip: true },
        encoding: {
          y,
          x: { field: 'amount', type: 'quantitative', title: bcText(lang, 'bc.stakeholder.axis.x', { unit: scale.unit }), axis: { format: AXIS_FORMAT } },
          color,
          tooltip,
        },
      },
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: theme.mutedTextColor },
        encoding: { x: { field: 'zero', type: 'quantitative' } },
      },
      {
        data: { values: balances },
        mark: { type: 'point', shape: 'diamond', filled: true, size: 140, yOffset: BAR_OFFSET, stroke: theme.background, strokeWidth: 1, opacity: 1, tooltip: true },
        encoding: { y, x: { field: 'amount', type: 'quantitative' }, color, tooltip },
      },
      { data: { values: rows.map((s) => ({ stakeholder: s.label })) }, ...rowLabels('stakeholder', order, theme) },
    ],
  };

  let summary: string;
  const involved = rows.filter((s) => s.pvCosts !== 0 || s.pvBenefits !== 0);
  if (involved.length === 0) summary = bcText(lang, 'bc.stakeholder.summary.empty');
  else {
    const payer = involved.reduce((a, b) => (b.pvCosts > a.pvCosts ? b : a));
    const gainer = involved.reduce((a, b) => (b.pvBenefits > a.pvBenefits ? b : a));
    summary = bcText(lang, 'bc.stakeholder.summary', {
      payer: payer.label,
      costs: euro(payer.pvCosts),
      gainer: gainer.label,
      benefits: euro(gainer.pvBenefits),
    });
    const losers = involved.filter((s) => s.npv < 0).map((s) => s.label);
    const winners = involved.filter((s) => s.npv > 0).map((s) => s.label);
    if (payer !== gainer && losers.length && winners.length) {
      summary += bcText(lang, 'bc.stakeholder.summary.pocket', { losers: joinNames(losers, lang), winners: joinNames(winners, lang) });
    } else {
      summary += bcText(lang, 'bc.stakeholder.summary.same', { payer: payer.label, balance: euro(payer.npv) });
    }
  }
  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'stakeholder', label: bcText(lang, 'bc.table.stakeholder') },
        { key: 'pvCosts', label: bcText(lang, 'bc.table.pvCosts'), numeric: true },
        { key: 'pvBenefits', label: bcText(lang, 'bc.table.pvBenefits'), numeric: true },
        { key: 'balance', label: bcText(lang, 'bc.table.balance'), numeric: true },
      ],
      rows: rows.map((s) => ({ stakeholder: s.label, pvCosts: euro(s.pvCosts), pvBenefits: euro(s.pvBenefits), balance: euro(s.npv) })),
    },
    fileName: fileName(bcText(lang, 'bc.file.stakeholder')),
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Sensitivity tornado

export interface TornadoOptions extends BusinessCaseSpecOptions {
  /** Show at most this many parameters (the largest swings). Default 10. */
  maxRows?: number;
}

/**
 * The tornado: per parameter (in the order given, which `sensitivity` sorts by swing), a bar
 * from the base NPV to the NPV at the parameter's low value and one to the NPV at its high
 * value. The end of each bar is labelled with the parameter value used, so low and high do not
 * depend on colour; a dashed rule marks the base NPV and a solid one zero.
 */
export function tornadoChart(rows: readonly SensitivityRow[], baseNpv: number, options: TornadoOptions = {}): ChartModel {
  const { lang, theme, config, fileName, euro } = setup(options);
  const title = bcText(lang, 'bc.tornado.title');
  const maxRows = options.maxRows ?? 10;
  const shown = rows.slice(0, Math.max(0, maxRows));
  const scale = amountScale([baseNpv, ...shown.flatMap((r) => [r.npvLow, r.npvHigh])], lang);
  const labels = { low: bcText(lang, 'bc.series.low'), high: bcText(lang, 'bc.series.high') };
  const order = shown.map((r) => r.label);
  const base = baseNpv / scale.divisor;
  const segments = shown.flatMap((r) =>
    (['low', 'high'] as const).map((end) => {
      const npv = end === 'low' ? r.npvLow : r.npvHigh;
      const value = end === 'low' ? r.low : r.high;
      return {
        parameter: r.label,
        end: labels[end],
        from: base,
        to: npv / scale.divisor,
        valueText: formatParameterValue(value, r.unit, lang),
        npvText: euro(npv),
        leftward: npv < baseNpv,
      };
    }),
  );
  const ends = [base, ...segments.map((s) => s.to)];
  const min = Math.min(...ends);
  const max = Math.max(...ends);
  // Room for the value labels at the ends of the bars.
  const pad = (max - min || Math.abs(base) || 1) * 0.25;
  const domain = [min - pad, max + pad];
  const y = rowChannel('parameter', order);
  const x = {
    field: 'from',
    type: 'quantitative',
    title: bcText(lang, 'bc.tornado.axis.x', { unit: scale.unit }),
    scale: { domain, zero: false, nice: false },
    axis: { format: AXIS_FORMAT },
  } as const;
  const text = (leftward: boolean) => ({
    transform: [{ filter: leftward ? 'datum.leftward' : '!datum.leftward' }],
    mark: { type: 'text', align: leftward ? 'right' : 'left', dx: leftward ? -4 : 4, yOffset: BAR_OFFSET, color: theme.textColor },
    encoding: { y, x: { field: 'to', type: 'quantitative' }, text: { field: 'valueText' } },
  });
  const layer: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = [
    {
      mark: { type: 'bar', height: { band: 0.5 }, yOffset: BAR_OFFSET, tooltip: true },
      encoding: {
        y,
        x,
        x2: { field: 'to' },
        color: { field: 'end', type: 'nominal', scale: { domain: [labels.low, labels.high], range: [theme.series[1]!, theme.series[0]!] }, title: null },
        tooltip: [
          { field: 'parameter', title: bcText(lang, 'bc.table.parameter') },
          { field: 'end', title: bcText(lang, 'bc.table.series') },
          { field: 'valueText', title: bcText(lang, 'bc.table.value') },
          { field: 'npvText', title: bcText(lang, 'bc.table.npv') },
        ],
      },
    },
    text(true) as never,
    text(false) as never,
    { data: { values: shown.map((r) => ({ parameter: r.label })) }, ...rowLabels('parameter', order, theme) } as never,
    {
      data: { values: [{ base }] },
      mark: { type: 'rule', color: theme.textColor, strokeDash: [6, 4], strokeWidth: 2 },
      encoding: { x: { field: 'base', type: 'quantitative' } },
    },
  ];
  if (min < 0 && max > 0) {
    layer.push({
      data: { values: [{ zero: 0 }] },
      mark: { type: 'rule', color: theme.mutedTextColor },
      encoding: { x: { field: 'zero', type: 'quantitative' } },
    });
  }
  const spec: TopLevelSpec = {
    ...chartFrame(title, bandHeight(shown.length, ROW_STEP), config),
    data: { values: segments },
    layer,
  };

  let summary: string;
  if (shown.length === 0) summary = bcText(lang, 'bc.tornado.summary.empty');
  else {
    const top = shown[0]!;
    summary = bcText(lang, 'bc.tornado.summary', {
      base: euro(baseNpv),
      top: top.label,
      low: euro(Math.min(top.npvLow, top.npvHigh)),
      high: euro(Math.max(top.npvLow, top.npvHigh)),
    });
    const negative = shown.filter((r) => Math.min(r.npvLow, r.npvHigh) < 0).length;
    summary += negative
      ? bcText(lang, 'bc.tornado.summary.negative', { n: negative, total: shown.length })
      : bcText(lang, 'bc.tornado.summary.allPositive');
    if (rows.length > shown.length) summary += bcText(lang, 'bc.tornado.summary.limited', { shown: shown.length, total: rows.length });
  }
  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'parameter', label: bcText(lang, 'bc.table.parameter') },
        { key: 'low', label: bcText(lang, 'bc.table.low'), numeric: true },
        { key: 'high', label: bcText(lang, 'bc.table.high'), numeric: true },
        { key: 'npvLow', label: bcText(lang, 'bc.table.npvLow'), numeric: true },
        { key: 'npvHigh', label: bcText(lang, 'bc.table.npvHigh'), numeric: true },
        { key: 'swing', label: bcText(lang, 'bc.table.swing'), numeric: true },
      ],
      rows: shown.map((r) => ({
        parameter: r.label,
        low: formatParameterValue(r.low, r.unit, lang),
        high: formatParameterValue(r.high, r.unit, lang),
        npvLow: euro(r.npvLow),
        npvHigh: euro(r.npvHigh),
        swing: euro(r.swing),
      })),
    },
    fileName: fileName(bcText(lang, 'bc.file.tornado')),
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Monte Carlo distribution

export interface HistogramBin {
  /** Inclusive lower edge. */
  start: number;
  /** Exclusive upper edge (inclusive for the last bin). */
  end: number;
  count: number;
}

/**
 * Bin samples into about `target` bins of a "nice" width (1, 2, 2.5 or 5 × 10^k). Every edge
 * is a multiple of the width, so zero is always an edge and no bin straddles NPV = 0.
 */
export function histogramBins(samples: readonly number[], target = 30): HistogramBin[] {
  const finite = samples.filter(Number.isFinite);
  if (finite.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of finite) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  const raw = span > 0 ? span / target : Math.max(Math.abs(min) / 100, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-12))!;
  const start = Math.floor(min / step) * step;
  const n = Math.max(1, Math.floor((max - start) / step) + 1);
  const bins: HistogramBin[] = Array.from({ length: n }, (_, i) => ({ start: start + i * step, end: start + (i + 1) * step, count: 0 }));
  for (const v of finite) {
    const i = Math.min(n - 1, Math.max(0, Math.floor((v - start) / step)));
    bins[i]!.count++;
  }
  return bins;
}

export interface MonteCarloChartOptions extends BusinessCaseSpecOptions {
  /** About this many histogram bins (default 30); see `histogramBins`. */
  bins?: number;
}

/**
 * The Monte Carlo distribution of the NPV: a histogram of `result.samples` (run `monteCarlo`
 * with `keepSamples: true`), bins below zero and above zero in the cost and benefit colours,
 * dashed rules with text labels at P5, P50 and P95 and a solid rule at zero. The summary
 * states the chance that NPV > 0.
 */
export function monteCarloChart(result: MonteCarloResult, options: MonteCarloChartOptions = {}): ChartModel {
  const { lang, theme, config, fileName, euro } = setup(options);
  const title = bcText(lang, 'bc.mc.title');
  const bins = histogramBins(result.samples ?? [], options.bins ?? 30);
  const runs = bins.reduce((s, b) => s + b.count, 0);
  const scale = amountScale([result.p5, result.p95, ...bins.flatMap((b) => [b.start, b.end])], lang);
  const labels = { negative: bcText(lang, 'bc.series.negative'), positive: bcText(lang, 'bc.series.positive') };
  const binData = bins.map((b) => ({
    from: b.start / scale.divisor,
    to: b.end / scale.divisor,
    count: b.count,
    sign: b.end <= 0 ? labels.negative : labels.positive,
    binText: bcText(lang, 'bc.mc.bin', { from: euro(b.start), to: euro(b.end) }),
    countText: `${formatNumber(b.count, lang, 0)} (${formatPercent(runs ? b.count / runs : 0, lang, 1)})`,
  }));
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  // Labels sit beside their rule: P5 to its left, P95 to its right, and the median and zero on
  // opposite sides of each other (they are often close), on two heights.
  const medianRight = result.p50 >= 0;
  const markers = [
    { label: bcText(lang, 'bc.mc.p5'), value: result.p5, at: 1.15, dashed: true, right: false },
    { label: bcText(lang, 'bc.mc.p50'), value: result.p50, at: 1.05, dashed: true, right: medianRight },
    { label: bcText(lang, 'bc.mc.p95'), value: result.p95, at: 1.15, dashed: true, right: true },
    { label: bcText(lang, 'bc.mc.zero'), value: 0, at: 1.05, dashed: false, right: !medianRight },
  ].map((m) => ({ ...m, x: m.value / scale.divisor, y: maxCount * m.at, valueText: euro(m.value) }));
  const markerLabel = (right: boolean) => ({
    transform: [{ filter: right ? 'datum.right' : '!datum.right' }],
    mark: { type: 'text', align: right ? 'left' : 'right', dx: right ? 4 : -4, color: theme.textColor },
    encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, text: { field: 'label' } },
  });
  const xTitle = bcText(lang, 'bc.mc.axis.x', { unit: scale.unit });
  const spec: TopLevelSpec = {
    ...chartFrame(title, 260, config),
    layer: [
      {
        data: { values: binData },
        mark: { type: 'bar', tooltip: true, stroke: theme.background, strokeWidth: 0.5 },
        encoding: {
          x: { field: 'from', type: 'quantitative', title: xTitle, axis: { format: AXIS_FORMAT } },
          x2: { field: 'to' },
          y: { field: 'count', type: 'quantitative', title: bcText(lang, 'bc.mc.axis.y'), scale: { domain: [0, maxCount * 1.22] }, axis: { tickMinStep: 1 } },
          y2: { datum: 0 },
          color: { field: 'sign', type: 'nominal', scale: { domain: [labels.negative, labels.positive], range: [theme.cost, theme.benefit] }, title: null },
          tooltip: [
            { field: 'binText', title: bcText(lang, 'bc.table.class') },
            { field: 'countText', title: bcText(lang, 'bc.table.runs') },
          ],
        },
      },
      {
        data: { values: markers },
        layer: [
          {
            mark: { type: 'rule', color: theme.textColor, strokeWidth: 2 },
            encoding: {
              x: { field: 'x', type: 'quantitative' },
              strokeDash: { condition: { test: 'datum.dashed', value: [6, 4] }, value: [1, 0] },
              tooltip: [
                { field: 'label', title: bcText(lang, 'bc.table.class') },
                { field: 'valueText', title: bcText(lang, 'bc.table.npv') },
              ],
            },
          },
          markerLabel(false) as never,
          markerLabel(true) as never,
        ],
      },
    ],
  };
  const summary =
    result.drawn.length === 0
      ? bcText(lang, 'bc.mc.summary.empty', { value: euro(result.p50) })
      : bcText(lang, 'bc.mc.summary', {
          runs: formatNumber(result.runs, lang, 0),
          prob: formatPercent(result.probPositive, lang, 1),
          p5: euro(result.p5),
          p50: euro(result.p50),
          p95: euro(result.p95),
        });
  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'class', label: bcText(lang, 'bc.table.class') },
        { key: 'from', label: bcText(lang, 'bc.table.from'), numeric: true },
        { key: 'to', label: bcText(lang, 'bc.table.to'), numeric: true },
        { key: 'runs', label: bcText(lang, 'bc.table.runs'), numeric: true },
        { key: 'share', label: bcText(lang, 'bc.table.share'), numeric: true },
      ],
      rows: [
        ...bins.map((b) => ({
          class: b.end <= 0 ? labels.negative : labels.positive,
          from: euro(b.start),
          to: euro(b.end),
          runs: formatNumber(b.count, lang, 0),
          share: formatPercent(runs ? b.count / runs : 0, lang, 1),
        })),
        ...markers.map((m) => ({ class: m.label, from: m.valueText, to: '', runs: '', share: '' })),
      ],
    },
    fileName: fileName(bcText(lang, 'bc.file.mc')),
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Break-even

/** The input of the break-even chart, computed by `breakEvenCurve` (src/select/business-case.ts). */
export interface BreakEvenCurve {
  parameter: { id: string; label: string; unit: string };
  /** The parameter's current value (scenario and what-if values applied). */
  current: number;
  currentNpv: number;
  /** Where NPV = 0, or null when NPV does not change sign (see `breakEven`). */
  breakEven: number | null;
  /** NPV at evenly spaced values over [0, 2 × max(current, breakEven)], ascending by value. */
  points: ReadonlyArray<{ value: number; npv: number }>;
}

/**
 * NPV as a function of one parameter, everything else at its current value: a line over the
 * computed points, a solid rule at NPV = 0, the current value as a circle and the break-even
 * point as a diamond, each with a text label, so neither depends on colour.
 */
export function breakEvenChart(curve: BreakEvenCurve, options: BusinessCaseSpecOptions = {}): ChartModel {
  const { lang, theme, config, fileName, euro } = setup(options);
  const { parameter } = curve;
  const title = bcText(lang, 'bc.be.title', { parameter: parameter.label });
  const scale = amountScale([curve.currentNpv, ...curve.points.map((p) => p.npv)], lang);
  const value = (v: number) => formatParameterValue(v, parameter.unit, lang);
  const marks = { current: bcText(lang, 'bc.be.current'), breakEven: bcText(lang, 'bc.be.point') };
  // The line runs through the sampled points and through the two marked points, so the markers
  // sit on it even where NPV is not linear; a marked point that coincides with a sample is one row.
  const special = [
    { mark: marks.current, value: curve.current, npv: curve.currentNpv },
    ...(curve.breakEven === null ? [] : [{ mark: marks.breakEven, value: curve.breakEven, npv: 0 }]),
  ];
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const merged: Array<{ value: number; npv: number; mark: string }> = curve.points.map((p) => ({ value: p.value, npv: p.npv, mark: '' }));
  for (const s of special) {
    const at = merged.find((p) => same(p.value, s.value));
    if (at) {
      at.mark = at.mark ? `${at.mark}, ${s.mark}` : s.mark;
      if (s.mark === marks.breakEven) at.npv = 0;
    } else merged.push({ ...s });
  }
  merged.sort((a, b) => a.value - b.value);
  const datum = (p: { value: number; npv: number; mark: string }) => ({
    x: p.value,
    npv: p.npv / scale.divisor,
    mark: p.mark,
    valueText: value(p.value),
    npvText: euro(p.npv),
  });
  const line = merged.map(datum);
  const markers = special.map((s) => ({ ...datum(s), below: s.mark === marks.breakEven }));
  const unit = parameter.unit.trim();
  const xTitle = unit ? bcText(lang, 'bc.be.axis.x', { parameter: parameter.label, unit }) : bcText(lang, 'bc.be.axis.xBare', { parameter: parameter.label });
  const x = { field: 'x', type: 'quantitative', title: xTitle, axis: { format: AXIS_FORMAT } } as const;
  const y = { field: 'npv', type: 'quantitative', title: bcText(lang, 'bc.be.axis.y', { unit: scale.unit }), axis: { format: AXIS_FORMAT } } as const;
  const tooltip = [
    { field: 'valueText', title: parameter.label },
    { field: 'npvText', title: bcText(lang, 'bc.table.npv') },
  ];
  const spec: TopLevelSpec = {
    ...chartFrame(title, 260, config),
    layer: [
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: 'rule', color: theme.mutedTextColor, strokeWidth: 1.5 },
        encoding: { y: { field: 'zero', type: 'quantitative' } },
      },
      {
        data: { values: line },
        mark: { type: 'line', color: theme.series[0], strokeWidth: 2, tooltip: true },
        encoding: { x, y, tooltip },
      },
      {
        data: { values: markers },
        layer: [
          {
            mark: { type: 'point', filled: true, size: 110, color: theme.net, opacity: 1, tooltip: true },
            encoding: {
              x: { field: 'x', type: 'quantitative' },
              y: { field: 'npv', type: 'quantitative' },
              shape: { field: 'mark', type: 'nominal', scale: { domain: [marks.current, marks.breakEven], range: ['circle', 'diamond'] }, title: null },
              tooltip: [{ field: 'mark', title: bcText(lang, 'bc.table.mark') }, ...tooltip],
            },
          },
          // The current value's label above its point, the break-even label below: they are often close.
          ...[true, false].map((above) => ({
            transform: [{ filter: above ? '!datum.below' : 'datum.below' }],
            mark: { type: 'text', align: 'left', dx: 8, dy: above ? -10 : 12, color: theme.textColor },
            encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'npv', type: 'quantitative' }, text: { field: 'mark' } },
          })) as never[],
        ],
      },
    ],
  };
  const summary =
    curve.breakEven === null
      ? bcText(lang, 'bc.be.summary.none', { parameter: parameter.label, current: value(curve.current), npv: euro(curve.currentNpv) })
      : bcText(lang, 'bc.be.summary', { parameter: parameter.label, value: value(curve.breakEven), current: value(curve.current), npv: euro(curve.currentNpv) });
  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'value', label: parameter.label, numeric: true },
        { key: 'npv', label: bcText(lang, 'bc.table.npv'), numeric: true },
        { key: 'mark', label: bcText(lang, 'bc.table.mark') },
      ],
      rows: line.map((p) => ({ value: p.valueText, npv: p.npvText, mark: p.mark })),
    },
    fileName: fileName(bcText(lang, 'bc.file.be', { parameter: parameter.id })),
  };
}
