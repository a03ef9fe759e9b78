import type { BusinessCaseResult } from '../../model/types.js';
import { t } from '../../i18n/costs-messages.js';
import { formatEuro } from '../../format/number.js';
import { costTotals } from '../../select/costs.js';
import { kindEncoding } from '../colours.js';
import { ROW_STEP, bandHeight, endWidth, stackedRows } from '../labelled-bar.js';
import { tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { caseContext, caseExport, type CaseChartOptions } from '../case-options.js';
import { kindSegments, kindText } from '../cost-kinds.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'implementation-costs/per-year';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it. */
const vega = () => import('../compiled/implementation-costs/per-year.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

/** Per year a row: the year and its total above a bar of structural and incidental costs. */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame([{ name: 'endWidth', value: 0 }]),
  layer: stackedRows('$,.0f', kindEncoding()),
}));

/** Incidental against structural costs per calendar year (undiscounted, as in `YearResult`). */
export function costsPerYear(result: BusinessCaseResult, options: CaseChartOptions = {}): TemplateChart {
  const lang = options.lang ?? 'nl';
  const euro = (v: number) => formatEuro(v, lang);
  const title = t(lang, 'year.title');
  const years = result.years;
  const totals = costTotals(result);
  const from = years[0]?.year ?? result.startYear;
  const to = years.at(-1)?.year ?? result.startYear;
  const rows = years.map((y) => ({ row: String(y.year), label: String(y.year), endText: euro(y.costs) }));
  const segments = years.flatMap((y) =>
    kindSegments(String(y.year), { structural: y.structuralCosts, incidental: y.incidentalCosts }, (kind, value) =>
      tip([[t(lang, 'table.year'), String(y.year)], [t(lang, 'table.kind'), t(lang, `kind.${kind}`)], [t(lang, 'table.amount'), euro(value)], [t(lang, 'table.total'), euro(y.costs)]]),
    ),
  );
  return templateChart(ID, vega, {
    lang,
    data: { segments, rows },
    text: { x: t(lang, 'year.axis'), ...kindText(lang) },
    domain: { rows: rows.map((r) => r.row) },
    signals: { endWidth: endWidth(rows.map((r) => r.endText)) },
    height: bandHeight(rows.length, ROW_STEP),
    summary:
      totals.total === 0 || !totals.peak
        ? t(lang, 'year.summary.empty', { from, to })
        : t(lang, 'year.summary', { total: euro(totals.total), from, to, incidental: euro(totals.incidental), structural: euro(totals.structural), peakYear: totals.peak.year, peak: euro(totals.peak.costs) }),
    table: {
      caption: title,
      columns: [
        { key: 'year', label: t(lang, 'table.year') },
        { key: 'incidental', label: t(lang, 'table.incidental'), numeric: true },
        { key: 'structural', label: t(lang, 'table.structural'), numeric: true },
        { key: 'total', label: t(lang, 'table.total'), numeric: true },
      ],
      rows: years.map((y) => ({ year: String(y.year), incidental: euro(y.incidentalCosts), structural: euro(y.structuralCosts), total: euro(y.costs) })),
    },
    ...caseExport(title, title, caseContext(result, options), lang),
  });
}
