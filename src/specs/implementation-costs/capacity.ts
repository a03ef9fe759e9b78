import { costsText } from '../../i18n/costs-messages.js';
import { formatNumber } from '../../format/number.js';
import { formatFte, formatHours } from '../../format/hours.js';
import type { CapacityResult } from '../../select/capacity.js';
import { capacityByKind } from '../../select/costs.js';
import { tip } from '../text.js';
import { defineTemplate } from '../frame.js';
import { caseContext, type CaseChartOptions } from '../case-options.js';
import { exportOf } from '../options.js';
import { kindRowsChart, kindRowsTemplate, kindSegments } from '../cost-kinds.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'implementation-costs/capacity';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/implementation-costs/capacity.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

/** Per year a row: the year, and hours and FTE, above a bar of structural and incidental hours. */
export const template = /* @__PURE__ */ defineTemplate(ID, () => kindRowsTemplate(',.0f'));

/** The local team's capacity needed per year, in hours and FTE (see `capacityNeeded`). */
export function capacityChart(capacity: CapacityResult, options: CaseChartOptions = {}): TemplateChart {
  const lang = options.lang ?? 'nl';
  const title = costsText(lang, 'capacity.title');
  const years = capacityByKind(capacity);
  const hoursFte = (hours: number, fte: number) => costsText(lang, 'unit.hoursFte', { hours: formatHours(hours, lang), fte: formatFte(fte, lang) });
  const rows = years.map((y) => ({ row: String(y.year), label: String(y.year), endText: hoursFte(y.hours, y.fte) }));
  const segments = years.flatMap((y) =>
    kindSegments(String(y.year), y, (kind, value) =>
      tip([
        [costsText(lang, 'table.year'), String(y.year)],
        [costsText(lang, 'table.kind'), costsText(lang, `kind.${kind}`)],
        [costsText(lang, 'table.hours'), costsText(lang, 'unit.hours', { hours: formatHours(value, lang) })],
        [costsText(lang, 'table.total'), hoursFte(y.hours, y.fte)],
      ]),
    ),
  );
  let summary = costsText(lang, 'capacity.summary.empty');
  const last = years.at(-1);
  if (capacity.items.length && last) {
    summary = costsText(lang, 'capacity.summary', {
      year: last.year,
      hours: formatHours(last.hours, lang),
      fte: formatFte(last.fte, lang),
      productive: formatNumber(capacity.productiveHours, lang),
    });
    const peak = years.reduce((a, b) => (b.hours > a.hours ? b : a));
    if (peak.hours > last.hours)
      summary += costsText(lang, 'capacity.summary.peak', {
        peakYear: peak.year,
        peakHours: formatHours(peak.hours, lang),
        peakFte: formatFte(peak.fte, lang),
      });
  }
  return kindRowsChart(ID, compiled, {
    lang,
    rows,
    segments,
    axis: costsText(lang, 'capacity.axis'),
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'year', label: costsText(lang, 'table.year') },
        { key: 'incidental', label: costsText(lang, 'table.hoursIncidental'), numeric: true },
        { key: 'structural', label: costsText(lang, 'table.hoursStructural'), numeric: true },
        { key: 'hours', label: costsText(lang, 'table.hours'), numeric: true },
        { key: 'fte', label: costsText(lang, 'table.fte'), numeric: true },
      ],
      rows: years.map((y) => ({
        year: String(y.year),
        incidental: formatHours(y.incidental, lang),
        structural: formatHours(y.structural, lang),
        hours: formatHours(y.hours, lang),
        fte: formatFte(y.fte, lang),
      })),
    },
    ...exportOf(title, caseContext(null, options), lang),
  });
}
