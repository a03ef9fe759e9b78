import type { MonteCarloResult } from '../../model/types.js';
import { bcText } from '../../i18n/business-case-messages.js';
import { formatNumber, formatPercent } from '../../format/number.js';
import { amountScale, wholeEuro } from '../../format/amount-scale.js';
import { histogramBins } from '../../select/histogram.js';
import { NUMBER_FORMAT, TOOLTIP, at, titleOf } from '../axes.js';
import { colourScale, paint } from '../colours.js';
import { tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { caseContext, type CaseChartOptions } from '../case-options.js';
import { exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'business-case/monte-carlo';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/business-case/monte-carlo.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

const x = { field: 'x', type: 'quantitative' } as const;
const y = { field: 'y', type: 'quantitative' } as const;
const markerLabel = (right: boolean) => ({
  transform: [{ filter: right ? 'datum.right' : '!datum.right' }],
  mark: { type: 'text', align: right ? 'left' : 'right', dx: right ? 4 : -4, color: paint('text') },
  encoding: { x, y, text: { field: 'label' } },
});

/**
 * The Monte Carlo distribution of the NPV: a histogram whose bins below and above zero have the
 * cost and benefit colours (with a legend), dashed rules with labels at P5, P50 and P95 and a
 * solid rule at zero.
 */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame([{ name: 'yMax', value: 1 }]),
  layer: [
    {
      data: { name: 'bins' },
      mark: { type: 'bar', tooltip: true, stroke: paint('background'), strokeWidth: 0.5 },
      encoding: {
        x: { field: 'from', type: 'quantitative', axis: { title: titleOf('x'), format: NUMBER_FORMAT } },
        x2: { field: 'to' },
        y: {
          field: 'count',
          type: 'quantitative',
          scale: { domain: [0, { expr: 'yMax' }] },
          axis: { title: titleOf('y'), format: NUMBER_FORMAT, tickMinStep: 1 },
        },
        y2: at(0),
        color: colourScale('sign', ['negative', 'positive'], ['cost', 'benefit'], 'legend'),
        tooltip: TOOLTIP,
      },
    },
    {
      data: { name: 'markers' },
      layer: [
        {
          mark: { type: 'rule', color: paint('text'), strokeWidth: 2, tooltip: true },
          encoding: { x, strokeDash: { condition: { test: 'datum.dashed', value: [6, 4] }, value: [1, 0] }, tooltip: TOOLTIP },
        },
        markerLabel(false),
        markerLabel(true),
      ],
    },
  ],
}));

/** The distribution of `monteCarlo(…, {keepSamples: true})`; the summary states the chance that NPV > 0. */
export function monteCarloChart(result: MonteCarloResult, options: CaseChartOptions & { bins?: number } = {}): TemplateChart {
  const lang = options.lang ?? 'nl';
  const euro = (v: number) => wholeEuro(v, lang);
  const title = bcText(lang, 'bc.mc.title');
  const bins = histogramBins(result.samples ?? [], options.bins ?? 30);
  const runs = bins.reduce((s, b) => s + b.count, 0);
  const scale = amountScale([result.p5, result.p95, ...bins.flatMap((b) => [b.start, b.end])], lang);
  const signs = { negative: bcText(lang, 'bc.series.negative'), positive: bcText(lang, 'bc.series.positive') };
  const share = (count: number) => formatPercent(runs ? count / runs : 0, lang, 1);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  // Labels beside their rule: P5 to its left, P95 to its right, the median and zero on opposite sides (they are often close), on two heights.
  const medianRight = result.p50 >= 0;
  const markers = [
    { label: bcText(lang, 'bc.mc.p5'), value: result.p5, at: 1.15, dashed: true, right: false },
    { label: bcText(lang, 'bc.mc.p50'), value: result.p50, at: 1.05, dashed: true, right: medianRight },
    { label: bcText(lang, 'bc.mc.p95'), value: result.p95, at: 1.15, dashed: true, right: true },
    { label: bcText(lang, 'bc.mc.zero'), value: 0, at: 1.05, dashed: false, right: !medianRight },
  ].map((m) => ({
    ...m,
    x: m.value / scale.divisor,
    y: maxCount * m.at,
    tip: tip([
      [bcText(lang, 'bc.table.class'), m.label],
      [bcText(lang, 'bc.table.npv'), euro(m.value)],
    ]),
  }));
  const summary =
    result.drawn.length === 0
      ? bcText(lang, 'bc.mc.summary.empty', { value: euro(result.p50) })
      : euro(result.p5) === euro(result.p95)
        ? bcText(lang, 'bc.mc.summary.constant', { n: result.runs, value: euro(result.p50) })
        : bcText(lang, 'bc.mc.summary', {
            n: result.runs,
            prob: formatPercent(result.probPositive, lang, 1),
            p5: euro(result.p5),
            p50: euro(result.p50),
            p95: euro(result.p95),
          });
  return templateChart(ID, compiled, {
    lang,
    data: {
      bins: bins.map((b) => ({
        from: b.start / scale.divisor,
        to: b.end / scale.divisor,
        count: b.count,
        sign: b.end <= 0 ? 'negative' : 'positive',
        tip: tip([
          [bcText(lang, 'bc.table.class'), bcText(lang, 'bc.mc.bin', { from: euro(b.start), to: euro(b.end) })],
          [bcText(lang, 'bc.table.runs'), `${formatNumber(b.count, lang, 0)} (${share(b.count)})`],
        ]),
      })),
      markers,
    },
    text: { x: bcText(lang, 'bc.mc.axis.x', { unit: scale.unit }), y: bcText(lang, 'bc.mc.axis.y'), legend: signs },
    signals: { yMax: maxCount * 1.22 },
    height: 260,
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
          class: b.end <= 0 ? signs.negative : signs.positive,
          from: euro(b.start),
          to: euro(b.end),
          runs: formatNumber(b.count, lang, 0),
          share: share(b.count),
        })),
        ...markers.map((m) => ({ class: m.label, from: euro(m.value), to: '', runs: '', share: '' })),
      ],
    },
    ...exportOf(title, caseContext(null, options), lang, bcText(lang, 'bc.file.mc')),
  });
}
