import type { BusinessCaseResult } from '../../model/types.js';
import { bcText } from '../../i18n/business-case-messages.js';
import { amountScale, wholeEuro } from '../../format/amount-scale.js';
import { joinNames } from '../../format/join-names.js';
import { TOOLTIP, amount, at } from '../axes.js';
import { costBenefitColour, paint } from '../colours.js';
import { ROW_STEP, bandHeight, rowBand, rowBarMark, rowLabelLayer } from '../labelled-bar.js';
import { isolate, tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { caseContext, type CaseChartOptions } from '../case-options.js';
import { exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'business-case/stakeholders';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/business-case/stakeholders.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

const colour = () => ({ ...costBenefitColour('series'), legend: { labelExpr: 'text.legend[datum.value]', columns: 2 } }) as const;

/**
 * Per stakeholder, a row with its name above: the present value of its costs to the left of
 * zero, of its benefits to the right, and its balance as a diamond. Savings at the State stay
 * with the State: the "wrong pocket" made visible.
 */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame(),
  layer: [
    { data: { name: 'bars' }, mark: rowBarMark(), encoding: { y: rowBand(), x: amount('amount', 'x'), color: colour(), tooltip: TOOLTIP } },
    { data: { values: [{}] }, mark: { type: 'rule', color: paint('muted') }, encoding: { x: at(0) } },
    {
      data: { name: 'balances' },
      mark: { type: 'point', shape: 'diamond', filled: true, size: 140, yOffset: 8, stroke: paint('background'), strokeWidth: 1, opacity: 1, tooltip: true },
      encoding: { y: rowBand(), x: { field: 'amount', type: 'quantitative' }, color: colour(), tooltip: TOOLTIP },
    },
    rowLabelLayer('rows'),
  ],
}));

/** Who pays and who benefits, per stakeholder, in present values. */
export function stakeholderChart(result: BusinessCaseResult, options: CaseChartOptions = {}): TemplateChart {
  const lang = options.lang ?? 'nl';
  const euro = (v: number) => wholeEuro(v, lang);
  const title = bcText(lang, 'bc.stakeholder.title');
  const rows = result.byStakeholder;
  const scale = amountScale(
    rows.flatMap((s) => [s.pvCosts, s.pvBenefits, s.npv]),
    lang,
  );
  const label = { costs: bcText(lang, 'bc.series.costs'), benefits: bcText(lang, 'bc.series.benefits'), balance: bcText(lang, 'bc.series.balance') };
  const datum = (s: (typeof rows)[number], series: keyof typeof label, value: number, sign = 1) => ({
    row: s.id,
    series,
    amount: (sign * value) / scale.divisor,
    tip: tip([
      [bcText(lang, 'bc.table.stakeholder'), isolate(s.label)],
      [bcText(lang, 'bc.table.series'), label[series]],
      [bcText(lang, 'bc.table.amount'), euro(value)],
    ]),
  });
  let summary = bcText(lang, 'bc.stakeholder.summary.empty');
  const involved = rows.filter((s) => s.pvCosts !== 0 || s.pvBenefits !== 0);
  if (involved.length) {
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
    summary +=
      payer !== gainer && losers.length && winners.length
        ? bcText(lang, 'bc.stakeholder.summary.pocket', { losers: joinNames(losers, lang), winners: joinNames(winners, lang) })
        : bcText(lang, 'bc.stakeholder.summary.same', { payer: payer.label, balance: euro(payer.npv) });
  }
  return templateChart(ID, compiled, {
    lang,
    data: {
      bars: rows.flatMap((s) => [datum(s, 'costs', s.pvCosts, -1), datum(s, 'benefits', s.pvBenefits)]),
      balances: rows.map((s) => datum(s, 'balance', s.npv)),
      rows: rows.map((s) => ({ row: s.id, label: isolate(s.label) })),
    },
    text: { x: bcText(lang, 'bc.stakeholder.axis.x', { unit: scale.unit }), legend: label },
    domain: { rows: rows.map((s) => s.id) },
    height: bandHeight(rows.length, ROW_STEP),
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
    ...exportOf(title, caseContext(result, options), lang, bcText(lang, 'bc.file.stakeholder')),
  });
}
