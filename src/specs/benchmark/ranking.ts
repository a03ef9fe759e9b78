import type { Benchmark, BenchmarkRow } from '../../select/benchmark.js';
import { benchmarkText } from '../../i18n/benchmark-messages.js';
import {
  comparedAxisTitle,
  comparedLabel,
  denominatorName,
  formatStatistic,
  measureLabel,
  rowComparedText,
  rowNote,
  rowRateText,
  rowValueText,
} from '../../format/benchmark.js';
import { formatNumber } from '../../format/number.js';
import { formatPeriod } from '../../format/period.js';
import { NUMBER_FORMAT, TOOLTIP, titleOf } from '../axes.js';
import { paint } from '../colours.js';
import { ROW_STEP, bandHeight, endWidth, rowBand, rowBarMark } from '../labelled-bar.js';
import { hiddenFields, placeholderLayer } from '../placeholder.js';
import { isolate, tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { exportOf, resolveOptions, type ChartOptions } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';
import { chartText } from '../../i18n/chart-messages.js';

const ID = 'benchmark/ranking';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it. */
export const compiled = () => import('../compiled/benchmark/ranking.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

/** The compared value's axis: from zero, thousands separators, no needless decimals. */
const valueAxis = (field: string) =>
  ({
    field,
    type: 'quantitative',
    scale: { domain: { unionWith: [0, 1] } },
    axis: { title: titleOf('x'), format: NUMBER_FORMAT, tickCount: { expr: 'ceil(width / 90)' }, labelFlush: true },
  }) as const;

/** Text at the start (the rank and name, bold when chosen) or the end (the value) of a row, above its bar. */
const rowText = (align: 'left' | 'right') => ({
  data: { name: 'rows' },
  mark: {
    type: 'text',
    align,
    baseline: 'top',
    dy: 3,
    color: paint('text'),
    fontWeight: align === 'right' ? 'bold' : { expr: "datum.selected ? 'bold' : 'normal'" },
    ...(align === 'left' ? { x: 0, limit: { expr: 'max(60, width - endWidth)' } } : { x: { expr: 'width' } }),
  },
  encoding: { y: { ...rowBand(), bandPosition: 0 }, text: { field: align === 'left' ? 'label' : 'endText' } },
});

/**
 * One row per municipality, sorted by the compared value (highest first), its place and name
 * above a bar and its value at the end; the chosen municipality bold, outlined, in another
 * colour and named "(gekozen)". The first-to-third quartile range is a pale band with dashed
 * rules at its edges, the median a solid rule, with a legend. A hidden value is the hatched
 * placeholder at zero with "< 5" or "afgeschermd" at the end of its row.
 */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame([{ name: 'endWidth', value: 0 }]),
  layer: [
    {
      data: { name: 'band' },
      mark: { type: 'rect', color: paint('grid'), opacity: 0.35 },
      encoding: { x: { field: 'q1', type: 'quantitative' }, x2: { field: 'q3' }, tooltip: TOOLTIP },
    },
    {
      data: { name: 'rows' },
      layer: [
        {
          transform: [{ filter: 'datum.value != null' }],
          mark: rowBarMark({ cursor: 'pointer', stroke: paint('text') }),
          encoding: {
            y: rowBand(),
            x: valueAxis('value'),
            color: { condition: { test: 'datum.selected', value: paint('series[1]') }, value: paint('series[0]') },
            strokeWidth: { condition: { test: 'datum.selected', value: 2 }, value: 0 },
            tooltip: TOOLTIP,
          },
        },
        (() => {
          const hidden = placeholderLayer('y', rowBand());
          return { ...hidden, mark: { ...hidden.mark, yOffset: 8, cursor: 'pointer' } };
        })(),
      ],
    },
    rowText('left'),
    rowText('right'),
    {
      data: { name: 'statistics' },
      mark: { type: 'rule', color: paint('text') },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        strokeDash: {
          field: 'statistic',
          type: 'nominal',
          scale: {
            domain: ['median', 'quartile'],
            range: [
              [1, 0],
              [5, 3],
            ],
          },
          legend: { labelExpr: 'text.legend[datum.value]' },
        },
        strokeWidth: { condition: { test: "datum.statistic === 'median'", value: 2.5 }, value: 1.5 },
        tooltip: TOOLTIP,
      },
    },
  ],
}));

export interface BenchmarkChartOptions extends ChartOptions {
  /** The data's label of a custom indicator (standard ones have their catalog names). */
  dataLabel?: string | null;
}

/** The rows' places shared with another row. */
function ties(rows: readonly BenchmarkRow[]): Set<number> {
  const seen = new Map<number, number>();
  for (const r of rows) if (r.rank !== null) seen.set(r.rank, (seen.get(r.rank) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([rank]) => rank));
}

function summaryOf(
  benchmark: Benchmark,
  lang: 'nl' | 'en',
  measure: string,
  compared: (row: BenchmarkRow) => string,
  note: (row: BenchmarkRow) => string,
): string {
  const period =
    benchmark.from === benchmark.to ? formatPeriod(benchmark.from, lang) : `${formatPeriod(benchmark.from, lang)} – ${formatPeriod(benchmark.to, lang)}`;
  const ranked = benchmark.rows.filter((r) => r.rank !== null);
  const [top, bottom] = [ranked[0], ranked.at(-1)];
  let summary = benchmarkText(lang, 'summary.empty', { measure, period });
  // Names isolated (FSI … PDI; a <bdi> each where the summary is HTML).
  if (top && bottom && ranked.length > 1)
    summary = benchmarkText(lang, 'summary', {
      measure,
      period,
      top: isolate(top.municipality),
      topValue: compared(top),
      bottom: isolate(bottom.municipality),
      bottomValue: compared(bottom),
    });
  else if (top) summary = benchmarkText(lang, 'summary.one', { measure, period, top: isolate(top.municipality), topValue: compared(top) });
  const spread = benchmark.spread;
  if (spread && spread.n > 1) {
    const stat = (v: number) => formatStatistic(v, benchmark, lang);
    summary += benchmarkText(lang, 'summary.spread', { median: stat(spread.median), q1: stat(spread.q1), q3: stat(spread.q3), n: spread.n });
  }
  const shared = ties(benchmark.rows);
  for (const r of benchmark.rows.filter((row) => row.selected)) {
    if (r.rank !== null)
      summary += benchmarkText(lang, shared.has(r.rank) ? 'summary.selectedTie' : 'summary.selected', {
        name: isolate(r.municipality),
        rank: r.rank,
        n: benchmark.ranked,
      });
    else
      summary += benchmarkText(lang, 'summary.selectedUnranked', {
        name: isolate(r.municipality),
        reason: note({ ...r, selected: false }) || benchmarkText(lang, 'note.no_data'),
      });
  }
  if (benchmark.hidden) summary += benchmarkText(lang, 'summary.hidden', { n: benchmark.hidden });
  if (benchmark.unrankedPublished) summary += benchmarkText(lang, 'summary.unranked', { n: benchmark.unrankedPublished });
  return summary;
}

/** The benchmark of `selectBenchmark` as a ranked row chart, with its table (places, values, rates, median and quartiles), summary and exports. */
export function benchmarkChart(benchmark: Benchmark, options: BenchmarkChartOptions = {}): TemplateChart {
  const { lang, threshold, context } = resolveOptions(options);
  const measure = comparedLabel(benchmark, lang, options.dataLabel ?? null);
  const title = benchmarkText(lang, 'title', { measure });
  const shared = ties(benchmark.rows);
  const compared = (r: BenchmarkRow) => rowComparedText(r, benchmark, threshold, lang);
  const note = (r: BenchmarkRow) => rowNote(r, benchmark, lang, r.rank !== null && shared.has(r.rank));
  const value = (r: BenchmarkRow) => rowValueText(r, benchmark, threshold, lang);
  const rate = (r: BenchmarkRow) => rowRateText(r, benchmark, threshold, lang);
  const valueLabel = measureLabel(benchmark.measure, lang, options.dataLabel ?? null);
  const denominator = benchmark.denominator ? denominatorName(benchmark.denominator, lang) : '';
  const rows = benchmark.rows.map((r) => {
    const name = r.rank !== null ? benchmarkText(lang, 'label.ranked', { rank: r.rank, name: isolate(r.municipality) }) : isolate(r.municipality);
    return {
      row: r.municipality,
      municipality: r.municipality,
      label: r.selected ? benchmarkText(lang, 'label.selected', { label: name }) : name,
      endText: compared(r),
      ...hiddenFields(r.compared, r.suppressed !== false),
      selected: r.selected,
      tip: tip([
        [benchmarkText(lang, 'table.municipality'), isolate(r.municipality)],
        [benchmarkText(lang, 'table.rank'), r.rank === null ? '' : String(r.rank)],
        [valueLabel, value(r)],
        ...(benchmark.rated ? ([[benchmarkText(lang, 'table.rate', { denominator }), rate(r)]] as const) : []),
        [benchmarkText(lang, 'table.note'), note(r)],
      ]),
    };
  });
  const spread = benchmark.spread;
  const stat = (v: number) => formatStatistic(v, benchmark, lang);
  const basis = spread ? benchmarkText(lang, 'stat.note', { n: spread.n }) : '';
  const statistics = spread
    ? (['q1', 'median', 'q3'] as const).map((key) => ({
        key,
        statistic: key === 'median' ? 'median' : 'quartile',
        x: spread[key],
        tip: tip([
          [benchmarkText(lang, `stat.${key}`), stat(spread[key])],
          [benchmarkText(lang, 'table.note'), basis],
        ]),
      }))
    : [];
  const band = spread
    ? [
        {
          q1: spread.q1,
          q3: spread.q3,
          tip: tip([
            [benchmarkText(lang, 'kpi.quartiles'), `${stat(spread.q1)} – ${stat(spread.q3)}`],
            [benchmarkText(lang, 'table.note'), basis],
          ]),
        },
      ]
    : [];
  const statColumn = benchmark.rated ? 'rate' : 'value';
  const statRows = statistics.map((s) => ({ rank: benchmarkText(lang, `stat.${s.key}`), [statColumn]: stat(s.x), note: basis }));
  return templateChart(ID, compiled, {
    lang,
    data: { rows, band, statistics },
    text: {
      x: comparedAxisTitle(benchmark, lang),
      hidden: chartText(lang, 'hidden.legend'),
      legend: { median: benchmarkText(lang, 'legend.median'), quartile: benchmarkText(lang, 'legend.quartiles') },
    },
    domain: { rows: rows.map((r) => r.row) },
    signals: { endWidth: endWidth(rows.map((r) => r.endText)) },
    height: bandHeight(rows.length, ROW_STEP),
    summary: summaryOf(benchmark, lang, measure, compared, note),
    table: {
      caption: title,
      columns: [
        { key: 'rank', label: benchmarkText(lang, 'table.rank') },
        { key: 'municipality', label: benchmarkText(lang, 'table.municipality') },
        { key: 'value', label: valueLabel, numeric: true },
        ...(benchmark.rated
          ? [
              { key: 'rate', label: benchmarkText(lang, 'table.rate', { denominator }), numeric: true },
              { key: 'denominator', label: benchmarkText(lang, 'table.denominator', { denominator }), numeric: true },
            ]
          : []),
        { key: 'note', label: benchmarkText(lang, 'table.note') },
      ],
      rows: [
        ...benchmark.rows.map((r) => ({
          rank: r.rank === null ? '' : String(r.rank),
          municipality: r.municipality,
          value: value(r),
          ...(benchmark.rated
            ? { rate: rate(r), denominator: r.denominator === null ? benchmarkText(lang, 'value.none') : formatNumber(r.denominator, lang, 0) }
            : {}),
          note: note(r),
        })),
        ...statRows,
      ],
    },
    ...exportOf(title, context, lang, measure),
    select: { field: 'municipality', column: 'municipality' },
  });
}
