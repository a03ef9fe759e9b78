import type { BusinessCaseResult } from '../../model/types.js';
import { costsText } from '../../i18n/costs-messages.js';
import { formatEuro, formatPercent } from '../../format/number.js';
import { costsByStakeholder } from '../../select/costs.js';
import { isolate, tip } from '../text.js';
import { defineTemplate } from '../frame.js';
import { caseContext, type CaseChartOptions } from '../case-options.js';
import { exportOf } from '../options.js';
import { kindRowsChart, kindRowsTemplate, kindSegments } from '../cost-kinds.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'implementation-costs/per-stakeholder';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () =>
  import('../compiled/implementation-costs/per-stakeholder.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

/** Per stakeholder a row: its name and total above a bar of structural and incidental costs. */
export const template = /* @__PURE__ */ defineTemplate(ID, () => kindRowsTemplate('$,.0f'));

/** The present value of the costs each stakeholder bears, largest first: who pays for the implementation. */
export function costsPerStakeholder(result: BusinessCaseResult, options: CaseChartOptions = {}): TemplateChart {
  const lang = options.lang ?? 'nl';
  const euro = (v: number) => formatEuro(v, lang);
  const title = costsText(lang, 'stakeholder.title');
  const data = costsByStakeholder(result);
  const rows = data.map((s) => ({ row: s.id, label: isolate(s.label), endText: euro(s.total) }));
  const segments = data.flatMap((s) =>
    kindSegments(s.id, s, (kind, value) =>
      tip([
        [costsText(lang, 'table.stakeholder'), isolate(s.label)],
        [costsText(lang, 'table.kind'), costsText(lang, `kind.${kind}`)],
        [costsText(lang, 'table.pv'), euro(value)],
        [costsText(lang, 'table.total'), euro(s.total)],
      ]),
    ),
  );
  const total = data.reduce((sum, s) => sum + s.total, 0);
  const top = data[0];
  let summary = top
    ? costsText(lang, 'stakeholder.summary', { label: top.label, pv: euro(top.total), share: total ? formatPercent(top.total / total, lang) : '–' })
    : costsText(lang, 'stakeholder.summary.empty');
  if (data.length > 1) summary += costsText(lang, 'stakeholder.summary.more', { n: data.length });
  return kindRowsChart(ID, compiled, {
    lang,
    rows,
    segments,
    axis: costsText(lang, 'stakeholder.axis'),
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'stakeholder', label: costsText(lang, 'table.stakeholder') },
        { key: 'incidental', label: costsText(lang, 'table.incidental'), numeric: true },
        { key: 'structural', label: costsText(lang, 'table.structural'), numeric: true },
        { key: 'total', label: costsText(lang, 'table.total'), numeric: true },
      ],
      rows: data.map((s) => ({ stakeholder: s.label, incidental: euro(s.incidental), structural: euro(s.structural), total: euro(s.total) })),
    },
    ...exportOf(title, caseContext(result, options), lang),
  });
}
