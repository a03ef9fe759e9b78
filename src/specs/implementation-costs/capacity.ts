import { t } from '../../i18n/costs-messages.js';
import { formatNumber } from '../../format/number.js';
import { formatFte, formatHours } from '../../format/hours.js';
import type { CapacityResult } from '../../select/capacity.js';
import { capacityByKind } from '../../select/costs.js';
import { kindEncoding } from '../colours.js';
import { ROW_STEP, bandHeight, endWidth, stackedRows } from '../labelled-bar.js';
import { tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { caseContext, caseExport, type CaseChartOptions } from '../case-options.js';
import { kindSegments, kindText } from '../cost-kinds.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'implementation-costs/capacity';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it. */
const vega = () => import('../compiled/implementation-costs/capacity.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

/** Per year a row: the year, and hours and FTE, above a bar of structural and incidental hours. */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame([{ name: 'endWidth', value: 0 }]),
  layer: stackedRows(',.0f', kindEncoding()),
}));

/** The local team's capacity needed per year, in hours and FTE (see `capacityNeeded`). */
export function capacityChart(capacity: CapacityResult, options: CaseChartOptions = {}): TemplateChart {
  const lang = options.lang ?? 'nl';
  const title = t(lang, 'capacity.title');
  const years = capacityByKind(capacity);
  const hoursFte = (hours: number, fte: number) => t(lang, 'unit.hoursFte', { hours: formatHours(hours, lang), fte: formatFte(fte, lang) });
  const rows = years.map((y) => ({ row: String(y.year), label: String(y.year), endText: hoursFte(y.hours, y.fte) }));
  const segments = years.flatMap((y) =>
    kindSegments(String(y.year), y, (kind, value) =>
      tip([[t(lang, 'table.year'), String(y.year)], [t(lang, 'table.kind'), t(lang, `kind.${kind}`)], [t(lang, 'table.hours'), t(lang, 'unit.hours', { hours: formatHours(value, lang) })], [t(lang, 'table.total'), hoursFte(y.hours, y.fte)]]),
    ),
  );
  let summary = t(lang, 'capacity.summary.empty');
  const last = years.at(-1);
  if (capacity.items.length && last) {
    summary = t(lang, 'capacity.summary', { year: last.year, hours: formatHours(last.hours, lang), fte: formatFte(last.fte, lang), productive: formatNumber(capacity.productiveHours, lang) });
    const peak = years.reduce((a, b) => (b.hours > a.hours ? b : a));
    if (peak.hours > last.hours) summary += t(lang, 'capacity.summary.peak', { peakYear: peak.year, peakHours: formatHours(peak.hours, lang), peakFte: formatFte(peak.fte, lang) });
  }
  return templateChart(ID, vega, {
    lang,
    data: { segments, rows },
    text: { x: t(lang, 'capacity.axis'), ...kindText(lang) },
    domain: { rows: rows.map((r) => r.row) },
    signals: { endWidth: endWidth(rows.map((r) => r.endText)) },
    height: bandHeight(rows.length, ROW_STEP),
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'year', label: t(lang, 'table.year') },
        { key: 'incidental', label: t(lang, 'table.hoursIncidental'), numeric: true },
        { key: 'structural', label: t(lang, 'table.hoursStructural'), numeric: true },
        { key: 'hours', label: t(lang, 'table.hours'), numeric: true },
        { key: 'fte', label: t(lang, 'table.fte'), numeric: true },
      ],
      rows: years.map((y) => ({ year: String(y.year), incidental: formatHours(y.incidental, lang), structural: formatHours(y.structural, lang), hours: formatHours(y.hours, lang), fte: formatFte(y.fte, lang) })),
    },
    ...caseExport(title, title, caseContext(null, options), lang),
  });
}
