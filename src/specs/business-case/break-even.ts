import { bcText } from '../../i18n/business-case-messages.js';
import { amountScale, wholeEuro } from '../../format/amount-scale.js';
import { formatParameterValue } from '../../format/parameter.js';
import type { BreakEvenCurve } from '../../select/business-case.js';
import { NUMBER_FORMAT, TOOLTIP, at, titleOf } from '../axes.js';
import { paint } from '../colours.js';
import { isolate, tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { caseContext, type CaseChartOptions } from '../case-options.js';
import { exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'business-case/break-even';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/business-case/break-even.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

const x = () => ({ field: 'x', type: 'quantitative', axis: { title: titleOf('x'), format: NUMBER_FORMAT } }) as const;
const y = () => ({ field: 'npv', type: 'quantitative', axis: { title: titleOf('y'), format: NUMBER_FORMAT } }) as const;

/**
 * NPV as a function of one parameter: a line over the computed points, a rule at NPV = 0, and
 * the current value (circle) and the break-even point (diamond), each with a text label and a
 * legend, so neither depends on colour.
 */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame(),
  layer: [
    { data: { values: [{}] }, mark: { type: 'rule', color: paint('muted'), strokeWidth: 1.5 }, encoding: { y: at(0) } },
    {
      data: { name: 'line' },
      mark: { type: 'line', color: paint('series[0]'), strokeWidth: 2, tooltip: true },
      encoding: { x: x(), y: y(), tooltip: TOOLTIP },
    },
    {
      data: { name: 'markers' },
      layer: [
        {
          mark: { type: 'point', filled: true, size: 110, color: paint('net'), opacity: 1, tooltip: true },
          encoding: {
            x: { field: 'x', type: 'quantitative' },
            y: { field: 'npv', type: 'quantitative' },
            shape: {
              field: 'mark',
              type: 'nominal',
              scale: { domain: ['current', 'breakEven'], range: ['circle', 'diamond'] },
              legend: { labelExpr: 'text.legend[datum.value]' },
            },
            tooltip: TOOLTIP,
          },
        },
        // The current value's label above its point, the break-even label below: they are often close.
        ...[true, false].map((above) => ({
          transform: [{ filter: above ? '!datum.below' : 'datum.below' }],
          mark: { type: 'text', align: 'left', dx: 8, dy: above ? -10 : 12, color: paint('text') },
          encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'npv', type: 'quantitative' }, text: { field: 'label' } },
        })),
      ],
    },
  ],
}));

/**
 * A computed value (the break-even point, a sampled value) to three significant digits and at
 * least two decimals, so that no sentence or table reads "1,233621 kinderen per gezin".
 */
function meaningful(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const decimals = Math.min(20, Math.max(2, 2 - Math.floor(Math.log10(Math.abs(value)))));
  return Number(value.toFixed(decimals));
}

/** The break-even chart of a `breakEvenCurve`. */
export function breakEvenChart(curve: BreakEvenCurve, options: CaseChartOptions = {}): TemplateChart {
  const lang = options.lang ?? 'nl';
  const euro = (v: number) => wholeEuro(v, lang);
  const { parameter } = curve;
  const title = bcText(lang, 'bc.be.title', { parameter: parameter.label });
  const scale = amountScale([curve.currentNpv, ...curve.points.map((p) => p.npv)], lang);
  const value = (v: number) => formatParameterValue(v, parameter.unit, lang);
  const computed = (v: number) => value(meaningful(v));
  const each = curve.everywhere;
  const labels = { current: bcText(lang, each ? 'bc.be.current.each' : 'bc.be.current'), breakEven: bcText(lang, 'bc.be.point') };
  // The line runs through the sampled points and the two marked ones, so the markers sit on it
  // even where NPV is not linear; a marked point that coincides with a sample is one row.
  const special = [
    { mark: 'current' as const, value: curve.current, npv: curve.currentNpv },
    ...(curve.breakEven === null ? [] : [{ mark: 'breakEven' as const, value: curve.breakEven, npv: 0 }]),
  ];
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const merged: Array<{ value: number; npv: number; marks: string[] }> = curve.points.map((p) => ({ value: p.value, npv: p.npv, marks: [] }));
  for (const s of special) {
    const hit = merged.find((p) => same(p.value, s.value));
    if (hit) {
      hit.marks.push(labels[s.mark]);
      if (s.mark === 'breakEven') hit.npv = 0;
    } else merged.push({ value: s.value, npv: s.npv, marks: [labels[s.mark]] });
  }
  merged.sort((a, b) => a.value - b.value);
  const shownName = isolate(parameter.label);
  const text = (v: number) => (same(v, curve.current) ? value(v) : computed(v));
  const point = (p: { value: number; npv: number }) => ({
    x: p.value,
    npv: p.npv / scale.divisor,
    tip: tip([
      [shownName, text(p.value)],
      [bcText(lang, 'bc.table.npv'), euro(p.npv)],
    ]),
  });
  const unit = parameter.unit.trim();
  // The NPV does not move with the parameter (to the whole euro): no break-even point to name.
  const flat = merged.every((p) => euro(p.npv) === euro(curve.currentNpv));
  return templateChart(ID, compiled, {
    lang,
    data: {
      line: merged.map(point),
      markers: special.map((s) => ({ ...point(s), mark: s.mark, label: labels[s.mark], below: s.mark === 'breakEven' })),
    },
    text: {
      x: unit ? bcText(lang, 'bc.be.axis.x', { parameter: shownName, unit }) : bcText(lang, 'bc.be.axis.xBare', { parameter: shownName }),
      y: bcText(lang, 'bc.be.axis.y', { unit: scale.unit }),
      legend: labels,
    },
    height: 260,
    summary: flat
      ? bcText(lang, 'bc.be.summary.flat', { parameter: parameter.label, npv: euro(curve.currentNpv) })
      : (curve.breakEven === null
          ? bcText(lang, each ? 'bc.be.summary.none.each' : 'bc.be.summary.none', {
              parameter: parameter.label,
              current: value(curve.current),
              npv: euro(curve.currentNpv),
            })
          : bcText(lang, each ? 'bc.be.summary.each' : 'bc.be.summary', {
              parameter: parameter.label,
              value: computed(curve.breakEven),
              current: value(curve.current),
              npv: euro(curve.currentNpv),
            })) + (each ? bcText(lang, 'bc.be.each', { parameter: parameter.label, caseNpv: euro(curve.caseNpv) }) : ''),
    table: {
      caption: title,
      columns: [
        { key: 'value', label: parameter.label, numeric: true },
        { key: 'npv', label: bcText(lang, 'bc.table.npv'), numeric: true },
        { key: 'mark', label: bcText(lang, 'bc.table.mark') },
      ],
      rows: merged.map((p) => ({ value: text(p.value), npv: euro(p.npv), mark: p.marks.join(', ') })),
    },
    ...exportOf(title, caseContext(null, options), lang, bcText(lang, 'bc.file.be', { parameter: parameter.id })),
  });
}
