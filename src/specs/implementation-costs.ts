import type { TopLevelSpec } from 'vega-lite';
import type { BusinessCaseResult, ItemKind, ItemResult } from '../model/types.js';
import type { CapacityResult } from '../select/capacity.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/costs-messages.js';
import { formatEuro, formatNumber, formatPercent } from '../format/number.js';
import { DEFAULT_THEME, vegaConfig, type Theme } from './theme.js';
import { chartFrame, slug, type ChartModel, type TableColumn } from './chart-model.js';

/**
 * Spec builders of the implementation-costs view: costs per year (incidental against
 * structural), per cost item, per stakeholder, the local team's capacity in hours and FTE, and
 * the table of cost items with formula and source. Pure: a `BusinessCaseResult` (and a
 * `CapacityResult`) in, a `ChartModel` out.
 *
 * Every chart uses the same row layout, which works from 320 px to a wide screen: one row per
 * year, item or stakeholder, with its name at the start and its value at the end on a line of
 * text above a horizontal bar. The kind of cost never depends on colour alone: structural parts
 * are solid with a solid outline, incidental parts are pale with a dashed outline, the legend
 * shows both, and item rows name their kind in words.
 */

/** Height of one row: a line of text and a bar below it. */
export const ROW_STEP = 46;
const BAR_HEIGHT = 16;

export interface CostSpecOptions {
  lang?: Lang;
  theme?: Theme;
}

/** Structural first, so it sits at the base of a stacked bar. */
const KINDS: readonly ItemKind[] = ['structural', 'incidental'];

function kindLabel(lang: Lang, kind: ItemKind): string {
  return t(lang, `kind.${kind}`);
}

interface Row {
  key: string;
  label: string;
  valueText: string;
}

interface Segment {
  key: string;
  kind: ItemKind;
  kindLabel: string;
  value: number;
  order: number;
  [field: string]: string | number;
}

/**
 * The shared row layout: per row, a label (left) and a value text (right) above a bar whose
 * segments are coloured, filled and outlined by kind.
 */
function rowChart(options: {
  title: string;
  rows: readonly Row[];
  segments: readonly Segment[];
  xTitle: string;
  xFormat: string;
  tooltip: Array<{ field: string; title: string }>;
  lang: Lang;
  theme: Theme;
}): TopLevelSpec {
  const { theme, lang } = options;
  const kindLabels = KINDS.map((k) => kindLabel(lang, k));
  const kindScale = (range: Array<string | number | number[]>) => ({ domain: kindLabels, range });
  // Room kept free for the value text at the end of the row (bold, about 0.62 em a character),
  // so a long label is cut with an ellipsis before it reaches the value.
  const longest = Math.max(0, ...options.rows.map((r) => r.valueText.length));
  const reserve = Math.round(longest * (theme.fontSize - 1) * 0.62 + 16);
  const textRow = (align: 'left' | 'right') => ({
    data: { values: options.rows as Row[] },
    mark: {
      type: 'text' as const,
      align,
      baseline: 'middle' as const,
      yOffset: -BAR_HEIGHT / 2 - 2,
      x: align === 'left' ? 0 : ('width' as const),
      color: theme.textColor,
      fontSize: theme.fontSize - 1,
      ...(align === 'left' ? { limit: { expr: `max(60, width - ${reserve})` } } : { fontWeight: 'bold' as const }),
    },
    encoding: { text: { field: align === 'left' ? 'label' : 'valueText', type: 'nominal' as const } },
  });
  return {
    ...chartFrame(options.title, Math.max(1, options.rows.length) * ROW_STEP, vegaConfig(theme, lang)),
    encoding: {
      y: { field: 'key', type: 'nominal', sort: options.rows.map((r) => r.key), axis: null },
    },
    layer: [
      {
        data: { values: options.segments.filter((s) => s.value !== 0) as Segment[] },
        mark: { type: 'bar', height: BAR_HEIGHT, yOffset: BAR_HEIGHT / 2 + 2, strokeWidth: 2, tooltip: true },
        encoding: {
          x: {
            field: 'value',
            type: 'quantitative',
            stack: 'zero',
            title: options.xTitle,
            axis: { format: options.xFormat, tickCount: { expr: 'ceil(width / 120)' }, labelFlush: true },
          },
          fill: { field: 'kindLabel', type: 'nominal', sort: kindLabels, title: t(lang, 'kind.legend'), scale: kindScale([theme.cost, theme.background]) },
          stroke: { field: 'kindLabel', type: 'nominal', sort: kindLabels, title: t(lang, 'kind.legend'), scale: kindScale([theme.cost, theme.series[0]]) },
          strokeDash: { field: 'kindLabel', type: 'nominal', sort: kindLabels, title: t(lang, 'kind.legend'), scale: kindScale([[1, 0], [5, 3]]) },
          order: { field: 'order', type: 'quantitative' },
          tooltip: options.tooltip,
        },
      },
      textRow('left'),
      textRow('right'),
    ],
  };
}

function share(part: number, whole: number, lang: Lang): string {
  return whole ? formatPercent(part / whole, lang) : '–';
}

/**
 * (1) Incidental against structural costs per calendar year, stacked (structural at the base),
 * with the year's total at the end of each row. Undiscounted, as in `YearResult`.
 */
export function costsPerYear(result: BusinessCaseResult, options: CostSpecOptions = {}): ChartModel {
  const lang = options.lang ?? 'nl';
  const theme = options.theme ?? DEFAULT_THEME;
  const title = t(lang, 'year.title');
  const years = result.years;
  const rows: Row[] = years.map((y) => ({ key: String(y.year), label: String(y.year), valueText: formatEuro(y.costs, lang) }));
  const segments: Segment[] = years.flatMap((y) =>
    KINDS.map((kind, order) => {
      const value = kind === 'incidental' ? y.incidentalCosts : y.structuralCosts;
      return { key: String(y.year), kind, kindLabel: kindLabel(lang, kind), value, order, valueText: formatEuro(value, lang), totalText: formatEuro(y.costs, lang) };
    }),
  );
  const spec = rowChart({
    title,
    rows,
    segments,
    xTitle: t(lang, 'year.axis'),
    xFormat: '$,.0f',
    tooltip: [
      { field: 'key', title: t(lang, 'table.year') },
      { field: 'kindLabel', title: t(lang, 'table.kind') },
      { field: 'valueText', title: t(lang, 'table.amount') },
      { field: 'totalText', title: t(lang, 'table.total') },
    ],
    lang,
    theme,
  });
  const total = years.reduce((s, y) => s + y.costs, 0);
  const from = years[0]?.year ?? result.startYear;
  const to = years.at(-1)?.year ?? result.startYear;
  let summary: string;
  if (total === 0) summary = t(lang, 'year.summary.empty', { from, to });
  else {
    const peak = years.reduce((a, b) => (b.costs > a.costs ? b : a));
    summary = t(lang, 'year.summary', {
      total: formatEuro(total, lang),
      from,
      to,
      incidental: formatEuro(years.reduce((s, y) => s + y.incidentalCosts, 0), lang),
      structural: formatEuro(years.reduce((s, y) => s + y.structuralCosts, 0), lang),
      peakYear: peak.year,
      peak: formatEuro(peak.costs, lang),
    });
  }
  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'year', label: t(lang, 'table.year') },
        { key: 'incidental', label: t(lang, 'table.incidental'), numeric: true },
        { key: 'structural', label: t(lang, 'table.structural'), numeric: true },
        { key: 'total', label: t(lang, 'table.total'), numeric: true },
      ],
      rows: years.map((y) => ({
        year: String(y.year),
        incidental: formatEuro(y.incidentalCosts, lang),
        structural: formatEuro(y.structuralCosts, lang),
        total: formatEuro(y.costs, lang),
      })),
    },
    fileName: slug(title),
  };
}

/** The cost items with an amount in the case, largest present value first (ties by label). */
export function costItems(result: BusinessCaseResult): ItemResult[] {
  return result.byItem
    .filter((item) => item.type === 'cost' && item.amounts.some((a) => a !== 0))
    .sort((a, b) => b.pv - a.pv || a.label.localeCompare(b.label, 'nl'));
}

function stakeholderLabels(result: BusinessCaseResult): Map<string, string> {
  return new Map(result.byStakeholder.map((s) => [s.id, s.label]));
}

/**
 * (2a) The present value of each cost item, largest first, as a row each: "label (kind)" and the
 * amount above a bar styled by kind.
 */
export function costsPerItem(result: BusinessCaseResult, options: CostSpecOptions = {}): ChartModel {
  const lang = options.lang ?? 'nl';
  const theme = options.theme ?? DEFAULT_THEME;
  const title = t(lang, 'item.title');
  const items = costItems(result);
  const stakeholders = stakeholderLabels(result);
  const rows: Row[] = items.map((item) => ({ key: item.id, label: `${item.label} (${kindLabel(lang, item.kind)})`, valueText: formatEuro(item.pv, lang) }));
  const segments: Segment[] = items.map((item) => ({
    key: item.id,
    kind: item.kind,
    kindLabel: kindLabel(lang, item.kind),
    value: item.pv,
    order: 0,
    label: item.label,
    stakeholder: stakeholders.get(item.stakeholder) ?? item.stakeholder,
    valueText: formatEuro(item.pv, lang),
    totalText: formatEuro(item.total, lang),
  }));
  const spec = rowChart({
    title,
    rows,
    segments,
    xTitle: t(lang, 'item.axis'),
    xFormat: '$,.0f',
    tooltip: [
      { field: 'label', title: t(lang, 'table.item') },
      { field: 'kindLabel', title: t(lang, 'table.kind') },
      { field: 'stakeholder', title: t(lang, 'table.stakeholder') },
      { field: 'valueText', title: t(lang, 'table.pv') },
      { field: 'totalText', title: t(lang, 'table.total') },
    ],
    lang,
    theme,
  });
  const total = items.reduce((s, i) => s + i.pv, 0);
  const top = items[0];
  return {
    spec,
    summary: top
      ? t(lang, 'item.summary', {
          n: items.length,
          label: top.label,
          kind: kindLabel(lang, top.kind),
          pv: formatEuro(top.pv, lang),
          share: share(top.pv, total, lang),
          total: formatEuro(total, lang),
        })
      : t(lang, 'item.summary.empty'),
    table: {
      caption: title,
      columns: [
        { key: 'item', label: t(lang, 'table.item') },
        { key: 'kind', label: t(lang, 'table.kind') },
        { key: 'stakeholder', label: t(lang, 'table.stakeholder') },
        { key: 'pv', label: t(lang, 'table.pv'), numeric: true },
        { key: 'total', label: t(lang, 'table.total'), numeric: true },
      ],
      rows: items.map((item) => ({
        item: item.label,
        kind: kindLabel(lang, item.kind),
        stakeholder: stakeholders.get(item.stakeholder) ?? item.stakeholder,
        pv: formatEuro(item.pv, lang),
        total: formatEuro(item.total, lang),
      })),
    },
    fileName: slug(title),
  };
}

/** Present value of the cost items per stakeholder and kind, in stakeholder order. */
export function costsByStakeholder(result: BusinessCaseResult): Array<{ id: string; label: string; incidental: number; structural: number; total: number }> {
  const items = costItems(result);
  return result.byStakeholder
    .map((s) => {
      const own = items.filter((i) => i.stakeholder === s.id);
      const incidental = own.filter((i) => i.kind === 'incidental').reduce((sum, i) => sum + i.pv, 0);
      const structural = own.filter((i) => i.kind === 'structural').reduce((sum, i) => sum + i.pv, 0);
      return { id: s.id, label: s.label, incidental, structural, total: incidental + structural, count: own.length };
    })
    .filter((s) => s.count > 0)
    .map(({ count: _count, ...s }) => s);
}

/**
 * (2b) The present value of the costs each stakeholder bears, split into incidental and
 * structural, largest first: who pays for the implementation.
 */
export function costsPerStakeholder(result: BusinessCaseResult, options: CostSpecOptions = {}): ChartModel {
  const lang = options.lang ?? 'nl';
  const theme = options.theme ?? DEFAULT_THEME;
  const title = t(lang, 'stakeholder.title');
  const data = costsByStakeholder(result).sort((a, b) => b.total - a.total);
  const rows: Row[] = data.map((s) => ({ key: s.id, label: s.label, valueText: formatEuro(s.total, lang) }));
  const segments: Segment[] = data.flatMap((s) =>
    KINDS.map((kind, order) => ({
      key: s.id,
      kind,
      kindLabel: kindLabel(lang, kind),
      value: s[kind],
      order,
      label: s.label,
      valueText: formatEuro(s[kind], lang),
      totalText: formatEuro(s.total, lang),
    })),
  );
  const spec = rowChart({
    title,
    rows,
    segments,
    xTitle: t(lang, 'stakeholder.axis'),
    xFormat: '$,.0f',
    tooltip: [
      { field: 'label', title: t(lang, 'table.stakeholder') },
      { field: 'kindLabel', title: t(lang, 'table.kind') },
      { field: 'valueText', title: t(lang, 'table.pv') },
      { field: 'totalText', title: t(lang, 'table.total') },
    ],
    lang,
    theme,
  });
  const total = data.reduce((s, d) => s + d.total, 0);
  const top = data[0];
  let summary = top
    ? t(lang, 'stakeholder.summary', { label: top.label, pv: formatEuro(top.total, lang), share: share(top.total, total, lang) })
    : t(lang, 'stakeholder.summary.empty');
  if (data.length > 1) summary += t(lang, 'stakeholder.summary.more', { n: data.length });
  return {
    spec,
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'stakeholder', label: t(lang, 'table.stakeholder') },
        { key: 'incidental', label: t(lang, 'table.incidental'), numeric: true },
        { key: 'structural', label: t(lang, 'table.structural'), numeric: true },
        { key: 'total', label: t(lang, 'table.total'), numeric: true },
      ],
      rows: data.map((s) => ({
        stakeholder: s.label,
        incidental: formatEuro(s.incidental, lang),
        structural: formatEuro(s.structural, lang),
        total: formatEuro(s.total, lang),
      })),
    },
    fileName: slug(title),
  };
}

/** Hours with at most one decimal (`1.234,5`); FTE with one decimal (`9,9`). */
export function formatHours(hours: number, lang: Lang): string {
  return formatNumber(hours, lang, hours < 10 ? 1 : 0);
}
export function formatFte(fte: number, lang: Lang): string {
  return formatNumber(fte, lang, fte < 1 && fte > 0 ? 2 : 1);
}

/**
 * (3) The local team's capacity needed per year: hours (incidental and structural stacked) and,
 * at the end of each row, hours and FTE. See `capacityNeeded` for the rule.
 */
export function capacityChart(capacity: CapacityResult, options: CostSpecOptions = {}): ChartModel {
  const lang = options.lang ?? 'nl';
  const theme = options.theme ?? DEFAULT_THEME;
  const title = t(lang, 'capacity.title');
  const perKind = capacity.years.map((y) => {
    const of = (kind: ItemKind) => capacity.items.filter((i) => i.kind === kind).reduce((s, i) => s + i.hours[y.offset]!, 0);
    return { ...y, incidental: of('incidental'), structural: of('structural') };
  });
  const hoursFte = (hours: number, fte: number) => t(lang, 'unit.hoursFte', { hours: formatHours(hours, lang), fte: formatFte(fte, lang) });
  const rows: Row[] = perKind.map((y) => ({ key: String(y.year), label: String(y.year), valueText: hoursFte(y.hours, y.fte) }));
  const segments: Segment[] = perKind.flatMap((y) =>
    KINDS.map((kind, order) => ({
      key: String(y.year),
      kind,
      kindLabel: kindLabel(lang, kind),
      value: y[kind],
      order,
      valueText: t(lang, 'unit.hours', { hours: formatHours(y[kind], lang) }),
      totalText: hoursFte(y.hours, y.fte),
    })),
  );
  const spec = rowChart({
    title,
    rows,
    segments,
    xTitle: t(lang, 'capacity.axis'),
    xFormat: ',.0f',
    tooltip: [
      { field: 'key', title: t(lang, 'table.year') },
      { field: 'kindLabel', title: t(lang, 'table.kind') },
      { field: 'valueText', title: t(lang, 'table.hours') },
      { field: 'totalText', title: t(lang, 'table.total') },
    ],
    lang,
    theme,
  });
  let summary: string;
  const last = perKind.at(-1);
  if (capacity.items.length === 0 || !last) summary = t(lang, 'capacity.summary.empty');
  else {
    summary = t(lang, 'capacity.summary', {
      year: last.year,
      hours: formatHours(last.hours, lang),
      fte: formatFte(last.fte, lang),
      productive: formatNumber(capacity.productiveHours, lang),
    });
    const peak = perKind.reduce((a, b) => (b.hours > a.hours ? b : a));
    if (peak.hours > last.hours) {
      summary += t(lang, 'capacity.summary.peak', { peakYear: peak.year, peakHours: formatHours(peak.hours, lang), peakFte: formatFte(peak.fte, lang) });
    }
  }
  return {
    spec,
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
      rows: perKind.map((y) => ({
        year: String(y.year),
        incidental: formatHours(y.incidental, lang),
        structural: formatHours(y.structural, lang),
        hours: formatHours(y.hours, lang),
        fte: formatFte(y.fte, lang),
      })),
    },
    fileName: slug(title),
  };
}

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
}

/**
 * (4) The cost items with kind, stakeholder, formula (`ItemResult.formula`), amount per calendar
 * year, present value and source, in the order of `costItems` (largest present value first).
 */
export function costItemsTable(result: BusinessCaseResult, options: CostSpecOptions = {}): CostItemsTable {
  const lang = options.lang ?? 'nl';
  const title = t(lang, 'items.title');
  const stakeholders = stakeholderLabels(result);
  const years = result.years.map((y) => y.year);
  return {
    caption: title,
    columns: [
      { key: 'item', label: t(lang, 'table.item') },
      { key: 'kind', label: t(lang, 'table.kind') },
      { key: 'stakeholder', label: t(lang, 'table.stakeholder') },
      { key: 'formula', label: t(lang, 'table.formula') },
      ...years.map((year) => ({ key: `y${year}`, label: String(year), numeric: true })),
      { key: 'pv', label: t(lang, 'table.pv'), numeric: true },
      { key: 'source', label: t(lang, 'table.source') },
    ],
    rows: costItems(result).map((item) => ({
      id: item.id,
      illustrative: item.illustrative,
      cells: {
        item: item.label,
        kind: kindLabel(lang, item.kind),
        stakeholder: stakeholders.get(item.stakeholder) ?? item.stakeholder,
        formula: item.formula,
        ...Object.fromEntries(years.map((year, i) => [`y${year}`, formatEuro(item.amounts[i] ?? 0, lang)])),
        pv: formatEuro(item.pv, lang),
        source: item.source ?? '',
      },
    })),
    fileName: slug(title),
  };
}
