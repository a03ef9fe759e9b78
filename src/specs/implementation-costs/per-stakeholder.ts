import type { BusinessCaseResult } from '../../model/types.js';
import { t } from '../../i18n/costs-messages.js';
import { formatEuro, formatPercent } from '../../format/number.js';
import { costsByStakeholder } from '../../select/costs.js';
import { kindEncoding } from '../colours.js';
import { ROW_STEP, bandHeight, endWidth, stackedRows } from '../labelled-bar.js';
import { isolate, tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { caseContext, caseExport, type CaseChartOptions } from '../case-options.js';
import { kindSegments, kindText } from '../cost-kinds.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'implementation-costs/per-stakeholder';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it. */
const vega = () => import('../compiled/implementation-costs/per-stakeholder.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

/** Per stakeholder a row: its name and total above a bar of structural and incidental costs. */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame([{ name: 'endWidth', value: 0 }]),
  layer: stackedRows('$,.0f', kindEncoding()),
}));

/** The present value of the costs each stakeholder bears, largest first: who pays for the implementation. */
export function costsPerStakeholder(result: BusinessCaseResult, options: CaseChartOptions = {}): TemplateChart {
  const lang = options.lang ?? 'nl';
  const euro = (v: number) => formatEuro(v, lang);
  const title = t(lang, 'stakeholder.title');
  const data = costsByStakeholder(result);
  const rows = data.map((s) => ({ row: s.id, label: isolate(s.label), endText: euro(s.total) }));
  const segments = data.flatMap((s) =>
    kindSegments(s.id, s, (kind, value) =>
      tip([[t(lang, 'table.stakeholder'), isolate(s.label)], [t(lang, 'table.kind'), t(lang, `kind.${kind}`)], [t(lang, 'table.pv'), euro(value)], [t(lang, 'table.total'), euro(s.total)]]),
    ),
  );
  const total = data.reduce((sum, s) => sum + s.total, 0);
  const top = data[0];
  let summary = top ? t(lang, 'stakeholder.summary', { label: top.label, pv: euro(top.total), share: total ? formatPercent(top.total / total, lang) : '–' }) : t(lang, 'stakeholder.summary.empty');
  if (data.length > 1) summary += t(lang, 'stakeholder.summary.more', { n: data.length });
  return templateChart(ID, vega, {
    lang,
    data: { segments, rows },
    text: { x: t(lang, 'stakeholder.axis'), ...kindText(lang) },
    domain: { rows: rows.map((r) => r.row) },
    signals: { endWidth: endWidth(rows.map((r) => r.endText)) },
    height: bandHeight(rows.length, ROW_STEP),
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'stakeholder', label: t(lang, 'table.stakeholder') },
        { key: 'incidental', label: t(lang, 'table.incidental'), numeric: true },
        { key: 'structural', label: t(lang, 'table.structural'), numeric: true },
        { key: 'total', label: t(lang, 'table.total'), numeric: true },
      ],
      rows: data.map((s) => ({ stakeholder: s.label, incidental: euro(s.incidental), structural: euro(s.structural), total: euro(s.total) })),
    },
    ...caseExport(title, title, caseContext(result, options), lang),
  });
}
