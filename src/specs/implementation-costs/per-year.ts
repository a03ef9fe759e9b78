import type { BusinessCaseResult } from '../../model/types.js';
import { formatPeriodRange } from '../../format/period.js';
import { costsText } from '../../i18n/costs-messages.js';
import { formatEuro } from '../../format/number.js';
import { costTotals } from '../../select/costs.js';
import { tip } from '../text.js';
import { defineTemplate } from '../frame.js';
import { caseContext, type CaseChartOptions } from '../case-options.js';
import { exportOf } from '../options.js';
import { kindRowsChart, kindRowsTemplate, kindSegments } from '../cost-kinds.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'implementation-costs/per-year';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/implementation-costs/per-year.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

/** Per year a row: the year and its total above a bar of structural and incidental costs. */
export const template = /* @__PURE__ */ defineTemplate(ID, () => kindRowsTemplate('$,.0f'));

/** Incidental against structural costs per calendar year (undiscounted, as in `YearResult`). */
export function costsPerYear(result: BusinessCaseResult, options: CaseChartOptions = {}): TemplateChart {
  const lang = options.lang ?? 'nl';
  const euro = (v: number) => formatEuro(v, lang);
  const title = costsText(lang, 'year.title');
  const years = result.years;
  const totals = costTotals(result);
  const from = years[0]?.year ?? result.startYear;
  const to = years.at(-1)?.year ?? result.startYear;
  const rows = years.map((y) => ({ row: String(y.year), label: String(y.year), endText: euro(y.costs) }));
  const segments = years.flatMap((y) =>
    kindSegments(String(y.year), { structural: y.structuralCosts, incidental: y.incidentalCosts }, (kind, value) =>
      tip([
        [costsText(lang, 'table.year'), String(y.year)],
        [costsText(lang, 'table.kind'), costsText(lang, `kind.${kind}`)],
        [costsText(lang, 'table.amount'), euro(value)],
        [costsText(lang, 'table.total'), euro(y.costs)],
      ]),
    ),
  );
  return kindRowsChart(ID, compiled, {
    lang,
    rows,
    segments,
    axis: costsText(lang, 'year.axis'),
    summary:
      totals.total === 0 || !totals.peak
        ? costsText(lang, 'year.summary.empty', { range: formatPeriodRange(String(from), String(to), lang) })
        : costsText(lang, from === to ? 'year.summary.single' : 'year.summary', {
            total: euro(totals.total),
            range: formatPeriodRange(String(from), String(to), lang),
            incidental: euro(totals.incidental),
            structural: euro(totals.structural),
            peakYear: totals.peak.year,
            peak: euro(totals.peak.costs),
          }),
    table: {
      caption: title,
      columns: [
        { key: 'year', label: costsText(lang, 'table.year') },
        { key: 'incidental', label: costsText(lang, 'table.incidental'), numeric: true },
        { key: 'structural', label: costsText(lang, 'table.structural'), numeric: true },
        { key: 'total', label: costsText(lang, 'table.total'), numeric: true },
      ],
      rows: years.map((y) => ({ year: String(y.year), incidental: euro(y.incidentalCosts), structural: euro(y.structuralCosts), total: euro(y.costs) })),
    },
    ...exportOf(title, caseContext(result, options), lang),
  });
}
