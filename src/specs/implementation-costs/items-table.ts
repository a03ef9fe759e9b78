import type { BusinessCaseResult } from '../../model/types.js';
import { costsText } from '../../i18n/costs-messages.js';
import { formatEuro } from '../../format/number.js';
import type { TableColumn } from '../../format/table.js';
import { costItems, stakeholderLabels } from '../../select/costs.js';
import { caseContext, type CaseChartOptions } from '../case-options.js';
import { exportOf } from '../options.js';

/** One row of the cost-items table. */
export interface CostItemRow {
  id: string;
  /** Display text per column key. */
  cells: Record<string, string>;
  /** Show the *illustratief* badge: a parameter of the item has no source. */
  illustrative: boolean;
}

export interface CostItemsTable {
  caption: string;
  columns: TableColumn[];
  rows: CostItemRow[];
  fileName: string;
  /** The context lines a CSV export starts with (title, case, period, scenario, "illustratief"). */
  exportLines: string[];
}

/**
 * The table (not a chart) of the implementation-costs view: the cost items with kind,
 * stakeholder, formula (`ItemResult.formula`), amount per calendar year, present value and
 * source, largest present value first.
 */
export function costItemsTable(result: BusinessCaseResult, options: CaseChartOptions = {}): CostItemsTable {
  const lang = options.lang ?? 'nl';
  const title = costsText(lang, 'items.title');
  const stakeholders = stakeholderLabels(result);
  const years = result.years.map((y) => y.year);
  return {
    caption: title,
    columns: [
      { key: 'item', label: costsText(lang, 'table.item') },
      { key: 'kind', label: costsText(lang, 'table.kind') },
      { key: 'stakeholder', label: costsText(lang, 'table.stakeholder') },
      { key: 'formula', label: costsText(lang, 'table.formula') },
      ...years.map((year) => ({ key: `y${year}`, label: String(year), numeric: true })),
      { key: 'pv', label: costsText(lang, 'table.pv'), numeric: true },
      { key: 'source', label: costsText(lang, 'table.source') },
    ],
    rows: costItems(result).map((item) => ({
      id: item.id,
      illustrative: item.illustrative,
      cells: {
        item: item.label,
        kind: costsText(lang, `kind.${item.kind}`),
        stakeholder: stakeholders.get(item.stakeholder) ?? item.stakeholder,
        formula: item.formula,
        ...Object.fromEntries(years.map((year, i) => [`y${year}`, formatEuro(item.amounts[i] ?? 0, lang)])),
        pv: formatEuro(item.pv, lang),
        source: item.source ?? '',
      },
    })),
    ...exportOf(title, caseContext(result, options), lang),
  };
}
