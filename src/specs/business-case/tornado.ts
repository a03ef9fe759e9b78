import type { SensitivityRow } from '../../model/types.js';
import { bcText } from '../../i18n/business-case-messages.js';
import { amountScale, wholeEuro } from '../../format/amount-scale.js';
import { formatParameterValue } from '../../format/parameter.js';
import { NUMBER_FORMAT, TOOLTIP, titleOf } from '../axes.js';
import { colourScale, paint } from '../colours.js';
import { ROW_STEP, bandHeight, rowBand, rowBarMark, rowLabelLayer } from '../labelled-bar.js';
import { isolate, tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { caseContext, type CaseChartOptions } from '../case-options.js';
import { exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'business-case/tornado';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/business-case/tornado.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

const npv = () =>
  ({
    field: 'from',
    type: 'quantitative',
    scale: { domain: { expr: 'xDomain' }, zero: false, nice: false },
    axis: { title: titleOf('x'), format: NUMBER_FORMAT },
  }) as const;
const endText = (leftward: boolean) => ({
  transform: [{ filter: leftward ? 'datum.leftward' : '!datum.leftward' }],
  mark: { type: 'text', align: leftward ? 'right' : 'left', dx: leftward ? -4 : 4, yOffset: 8, color: paint('text') },
  encoding: { y: rowBand(), x: { field: 'to', type: 'quantitative' }, text: { field: 'valueText' } },
});

/**
 * The tornado: per parameter a row with its name above, a bar from the base NPV to the NPV at
 * the parameter's low value and one to the NPV at its high value, each end labelled with the
 * value used (so low and high do not depend on colour); a dashed rule marks the base NPV and a
 * solid one zero.
 */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame([{ name: 'xDomain', value: [0, 1] }]),
  layer: [
    {
      data: { name: 'segments' },
      layer: [
        {
          mark: rowBarMark(),
          encoding: {
            y: rowBand(),
            x: npv(),
            x2: { field: 'to' },
            color: { ...colourScale('end', ['low', 'high'], ['series[1]', 'series[0]'], 'legend') },
            tooltip: TOOLTIP,
          },
        },
        endText(true),
        endText(false),
      ],
    },
    rowLabelLayer('rows'),
    {
      data: { name: 'rules' },
      mark: { type: 'rule', strokeWidth: 2 },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        color: { condition: { test: 'datum.base', value: { expr: 'palette.text' } }, value: { expr: 'palette.muted' } },
        strokeDash: { condition: { test: 'datum.base', value: [6, 4] }, value: [1, 0] },
      },
    },
  ],
}));

/**
 * The tornado of `sensitivity` rows (in their order, largest swing first) around `baseNpv`;
 * at most `maxRows` (default 10) parameters.
 */
export function tornadoChart(rows: readonly SensitivityRow[], baseNpv: number, options: CaseChartOptions & { maxRows?: number } = {}): TemplateChart {
  const lang = options.lang ?? 'nl';
  const euro = (v: number) => wholeEuro(v, lang);
  const title = bcText(lang, 'bc.tornado.title');
  const shown = rows.slice(0, Math.max(0, options.maxRows ?? 10));
  const scale = amountScale([baseNpv, ...shown.flatMap((r) => [r.npvLow, r.npvHigh])], lang);
  const labels = { low: bcText(lang, 'bc.series.low'), high: bcText(lang, 'bc.series.high') };
  const base = baseNpv / scale.divisor;
  const segments = shown.flatMap((r) =>
    (['low', 'high'] as const).map((end) => {
      const value = formatParameterValue(end === 'low' ? r.low : r.high, r.unit, lang);
      const result = end === 'low' ? r.npvLow : r.npvHigh;
      return {
        row: r.parameter,
        end,
        from: base,
        to: result / scale.divisor,
        valueText: value,
        leftward: result < baseNpv,
        tip: tip([
          [bcText(lang, 'bc.table.parameter'), isolate(r.label)],
          [bcText(lang, 'bc.table.series'), labels[end]],
          [bcText(lang, 'bc.table.value'), value],
          [bcText(lang, 'bc.table.npv'), euro(result)],
        ]),
      };
    }),
  );
  const ends = [base, ...segments.map((s) => s.to)];
  const [min, max] = [Math.min(...ends), Math.max(...ends)];
  // Room for the value labels at the ends of the bars.
  const pad = (max - min || Math.abs(base) || 1) * 0.25;
  let summary = bcText(lang, 'bc.tornado.summary.empty');
  const top = shown[0];
  // No assumption moves the NPV by a whole euro within its range: nothing is "most sensitive".
  const flat = shown.every((r) => euro(r.npvLow) === euro(baseNpv) && euro(r.npvHigh) === euro(baseNpv));
  if (top && flat) summary = bcText(lang, 'bc.tornado.summary.flat', { base: euro(baseNpv) });
  else if (top) {
    summary = bcText(lang, 'bc.tornado.summary', {
      base: euro(baseNpv),
      top: top.label,
      low: euro(Math.min(top.npvLow, top.npvHigh)),
      high: euro(Math.max(top.npvLow, top.npvHigh)),
    });
    const negative = shown.filter((r) => Math.min(r.npvLow, r.npvHigh) < 0).length;
    summary += negative ? bcText(lang, 'bc.tornado.summary.negative', { n: negative, total: shown.length }) : bcText(lang, 'bc.tornado.summary.allPositive');
    if (rows.length > shown.length) summary += bcText(lang, 'bc.tornado.summary.limited', { shown: shown.length, total: rows.length });
  }
  return templateChart(ID, compiled, {
    lang,
    data: {
      segments,
      rows: shown.map((r) => ({ row: r.parameter, label: isolate(r.label) })),
      rules: [{ x: base, base: true }, ...(min < 0 && max > 0 ? [{ x: 0, base: false }] : [])],
    },
    text: { x: bcText(lang, 'bc.tornado.axis.x', { unit: scale.unit }), legend: labels },
    domain: { rows: shown.map((r) => r.parameter) },
    signals: { xDomain: [min - pad, max + pad] },
    height: bandHeight(shown.length, ROW_STEP),
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
    ...exportOf(title, caseContext(null, options), lang, bcText(lang, 'bc.file.tornado')),
  });
}
