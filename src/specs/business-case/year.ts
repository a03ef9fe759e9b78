import type { BusinessCaseResult } from '../../model/types.js';
import { bcText } from '../../i18n/business-case-messages.js';
import { amountScale, wholeEuro } from '../../format/amount-scale.js';
import { TOOLTIP, amount, at, band } from '../axes.js';
import { costBenefitColour, paint } from '../colours.js';
import { tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { caseContext, type CaseChartOptions } from '../case-options.js';
import { exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'business-case/year';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/business-case/year.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

const SERIES = ['costs', 'benefits', 'cumulative'] as const;
const year = () => band('year', 'x', { titleKey: 'x' });
const colour = () => ({ ...costBenefitColour('series', SERIES), legend: { labelExpr: 'text.legend[datum.value]', columns: 2 } }) as const;

/**
 * Costs (below zero) against benefits (above zero) per calendar year, and the cumulative
 * undiscounted balance as a line with points. Costs and benefits differ by direction as well
 * as colour; the axis title says which sign is which.
 */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame(),
  layer: [
    { data: { name: 'bars' }, mark: { type: 'bar', tooltip: true }, encoding: { x: year(), y: amount('amount', 'y'), color: colour(), tooltip: TOOLTIP } },
    { data: { values: [{}] }, mark: { type: 'rule', color: paint('muted') }, encoding: { y: at(0) } },
    {
      data: { name: 'line' },
      mark: { type: 'line', strokeWidth: 2, point: { filled: true, size: 70 }, tooltip: true },
      encoding: { x: year(), y: { field: 'amount', type: 'quantitative' }, color: colour(), tooltip: TOOLTIP },
    },
  ],
}));

/** Costs and benefits per year with the cumulative balance, of a computed business case. */
export function yearChart(result: BusinessCaseResult, options: CaseChartOptions = {}): TemplateChart {
  const lang = options.lang ?? 'nl';
  const euro = (v: number) => wholeEuro(v, lang);
  const title = bcText(lang, 'bc.year.title');
  const years = result.years;
  const scale = amountScale(
    years.flatMap((y) => [y.costs, y.benefits, y.cumulativeNet]),
    lang,
  );
  const label = { costs: bcText(lang, 'bc.series.costs'), benefits: bcText(lang, 'bc.series.benefits'), cumulative: bcText(lang, 'bc.series.cumulative') };
  const row = (y: (typeof years)[number], series: (typeof SERIES)[number], value: number, sign = 1) => ({
    year: String(y.year),
    series,
    amount: (sign * value) / scale.divisor,
    tip: tip([
      [bcText(lang, 'bc.table.year'), String(y.year)],
      [bcText(lang, 'bc.table.series'), label[series]],
      [bcText(lang, 'bc.table.amount'), euro(value)],
    ]),
  });
  let summary = bcText(lang, 'bc.year.summary.empty');
  const first = years[0];
  const last = years.at(-1);
  if (first && last) {
    const span = first.year === last.year ? String(first.year) : `${first.year}–${last.year}`;
    const none = wholeEuro(result.totals.costs, lang) === wholeEuro(0, lang) && wholeEuro(result.totals.benefits, lang) === wholeEuro(0, lang);
    // Without costs and benefits there is nothing to earn back: no sentence about the balance.
    if (none) summary = bcText(lang, 'bc.year.summary.none', { n: years.length, years: span });
    else summary = bcText(lang, 'bc.year.summary', { n: years.length, years: span, costs: euro(result.totals.costs), benefits: euro(result.totals.benefits) });
    if (!none)
      summary +=
        result.totals.paybackYear !== null
          ? bcText(lang, 'bc.year.summary.payback', { year: result.totals.paybackYear })
          : bcText(lang, 'bc.year.summary.never', { year: last.year, cumulative: euro(last.cumulativeNet) });
  }
  return templateChart(ID, compiled, {
    lang,
    data: {
      bars: years.flatMap((y) => [row(y, 'costs', y.costs, -1), row(y, 'benefits', y.benefits)]),
      line: years.map((y) => row(y, 'cumulative', y.cumulativeNet)),
    },
    text: { x: bcText(lang, 'bc.year.axis.x'), y: bcText(lang, 'bc.year.axis.y', { unit: scale.unit }), legend: label },
    domain: { x: years.map((y) => String(y.year)) },
    height: 280,
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
    ...exportOf(title, caseContext(result, options), lang, bcText(lang, 'bc.file.year')),
  });
}
