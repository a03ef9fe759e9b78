import type { BusinessCaseResult } from '../../model/types.js';
import { costsText } from '../../i18n/costs-messages.js';
import { formatEuro, formatPercent } from '../../format/number.js';
import { costItems, stakeholderLabels } from '../../select/costs.js';
import { isolate, tip } from '../text.js';
import { defineTemplate } from '../frame.js';
import { caseContext, type CaseChartOptions } from '../case-options.js';
import { exportOf } from '../options.js';
import { kindRowsChart, kindRowsTemplate, kindSegments } from '../cost-kinds.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'implementation-costs/per-item';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/implementation-costs/per-item.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

/** Per cost item a row: "label (kind)" and its present value above a bar styled by kind. */
export const template = /* @__PURE__ */ defineTemplate(ID, () => kindRowsTemplate('$,.0f'));

/** The present value of each cost item, largest first. */
export function costsPerItem(result: BusinessCaseResult, options: CaseChartOptions = {}): TemplateChart {
  const lang = options.lang ?? 'nl';
  const euro = (v: number) => formatEuro(v, lang);
  const title = costsText(lang, 'item.title');
  const items = costItems(result);
  const stakeholders = stakeholderLabels(result);
  const kind = (k: (typeof items)[number]['kind']) => costsText(lang, `kind.${k}`);
  const stakeholder = (id: string) => stakeholders.get(id) ?? id;
  const rows = items.map((item) => ({ row: item.id, label: `${isolate(item.label)} (${kind(item.kind)})`, endText: euro(item.pv) }));
  const segments = items.flatMap((item) =>
    kindSegments(item.id, { structural: item.kind === 'structural' ? item.pv : 0, incidental: item.kind === 'incidental' ? item.pv : 0 }, (k, value) =>
      tip([
        [costsText(lang, 'table.item'), isolate(item.label)],
        [costsText(lang, 'table.kind'), kind(k)],
        [costsText(lang, 'table.stakeholder'), isolate(stakeholder(item.stakeholder))],
        [costsText(lang, 'table.pv'), euro(value)],
        [costsText(lang, 'table.total'), euro(item.total)],
      ]),
    ),
  );
  const total = items.reduce((s, i) => s + i.pv, 0);
  const top = items[0];
  return kindRowsChart(ID, compiled, {
    lang,
    rows,
    segments,
    axis: costsText(lang, 'item.axis'),
    summary: top
      ? costsText(lang, 'item.summary', {
          n: items.length,
          label: top.label,
          kind: kind(top.kind),
          pv: euro(top.pv),
          share: total ? formatPercent(top.pv / total, lang) : '–',
          total: euro(total),
        })
      : costsText(lang, 'item.summary.empty'),
    table: {
      caption: title,
      columns: [
        { key: 'item', label: costsText(lang, 'table.item') },
        { key: 'kind', label: costsText(lang, 'table.kind') },
        { key: 'stakeholder', label: costsText(lang, 'table.stakeholder') },
        { key: 'pv', label: costsText(lang, 'table.pv'), numeric: true },
        { key: 'total', label: costsText(lang, 'table.total'), numeric: true },
      ],
      rows: items.map((item) => ({
        item: item.label,
        kind: kind(item.kind),
        stakeholder: stakeholder(item.stakeholder),
        pv: euro(item.pv),
        total: euro(item.total),
      })),
    },
    ...exportOf(title, caseContext(result, options), lang),
  });
}
