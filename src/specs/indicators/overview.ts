import type { Lang } from '../../i18n/lang.js';
import { indicatorText } from '../../i18n/indicator-messages.js';
import { formatPeriod, formatPeriodRange } from '../../format/period.js';
import { formatIndicatorValue, indicatorNote } from '../../format/indicator.js';
import type { YearCell } from '../../select/indicators.js';
import { overviewGroups } from '../../select/indicator-charts.js';
import { TOOLTIP, band } from '../axes.js';
import { paint } from '../colours.js';
import { bandHeight } from '../labelled-bar.js';
import { tip } from '../text.js';
import { defineTemplate, frame, templateChart } from '../frame.js';
import { resolveOptions, type ChartOptions, exportOf } from '../options.js';
import type { TemplateChart, VegaSpec } from '../chart-model.js';

const ID = 'indicators/overview';
/** The template compiled to Vega (`npm run build:specs`), loaded with the first chart that draws it (or a view that prepares it). */
export const compiled = () => import('../compiled/indicators/overview.json', { with: { type: 'json' } }).then((module) => module.default as VegaSpec);

const column = () =>
  ({
    ...band('column', 'x', {}),
    scale: { domain: { expr: 'domain.x' }, paddingInner: 0.06 },
    axis: { orient: 'top', labelAngle: 0, domain: false, ticks: false, labelFontWeight: 'bold' },
  }) as const;
const row = () =>
  ({
    ...band('row', 'y', {}),
    scale: { domain: { expr: 'domain.y' }, paddingInner: 0.12 },
    axis: {
      domain: false,
      ticks: false,
      // About 45% of the width for the names, so that the values keep room at 320 px.
      labelLimit: { expr: 'clamp((containerSize()[0] || 600) * 0.45, 100, 280)' },
      labelFontWeight: { condition: { test: 'indexof(text.headers, datum.value) >= 0', value: 'bold' }, value: 'normal' },
    },
  }) as const;
const cellText = (hidden: boolean) => ({
  transform: [{ filter: hidden ? 'datum.hidden' : '!datum.hidden' }],
  mark: { type: 'text', color: paint('text'), fontSize: 12, limit: { expr: "bandwidth('x') - 4" }, tooltip: true, ...(hidden ? { fontStyle: 'italic' } : {}) },
  // The value's text covers the middle of its cell: it shows the cell's tooltip too.
  encoding: { text: { field: 'valueText' }, tooltip: TOOLTIP },
});

/**
 * The standard indicators per year as a table-like chart: a row per indicator under bold level
 * headers, a column per year, the value written in each cell on a background that is darker
 * for a higher value within the row (so the value never depends on colour); a hidden value is
 * a dashed, empty cell with its text ("afgeschermd", "< 5").
 */
export const template = /* @__PURE__ */ defineTemplate(ID, () => ({
  ...frame(),
  data: { name: 'cells' },
  encoding: { x: column(), y: row() },
  layer: [
    {
      transform: [{ filter: '!datum.hidden' }],
      mark: { type: 'rect', color: paint('series[0]'), tooltip: true },
      encoding: { fillOpacity: { field: 'shade', type: 'quantitative', scale: { domain: [0, 1], range: [0.06, 0.4] }, legend: null }, tooltip: TOOLTIP },
    },
    {
      transform: [{ filter: 'datum.hidden' }],
      mark: { type: 'rect', fillOpacity: 0, stroke: paint('muted'), strokeDash: [4, 3], tooltip: true },
      encoding: { tooltip: TOOLTIP },
    },
    cellText(false),
    cellText(true),
  ],
}));

/** "2024", or "2024 (K1–K2)" for a year the selection holds only part of. */
function yearLabel(year: string, periods: readonly string[], lang: Lang): string {
  const quarters = periods.filter((p) => p !== year);
  if (quarters.length === 0 || quarters.length === 4) return year;
  const q = (p: string) => formatPeriod(p, lang).slice(5);
  if (quarters.length === 1) return indicatorText(lang, 'overview.year.quarter', { year, quarter: q(quarters[0]!) });
  return indicatorText(lang, 'overview.year.part', { year, from: q(quarters[0]!), to: q(quarters.at(-1)!) });
}

/** The standard indicators of seed 000 per year, grouped by level. `cells` come from `indicatorsByYear`. */
export function indicatorOverview(cells: readonly YearCell[], options: ChartOptions = {}): TemplateChart {
  const { lang, threshold, context } = resolveOptions(options);
  const title = indicatorText(lang, 'overview.title');
  const { years, groups } = overviewGroups(cells);
  const columns = years.map(([year, periods]) => yearLabel(year, periods, lang));
  const columnOf = new Map(years.map(([year], i) => [year, columns[i]!]));
  const rows: string[] = [];
  const headers: string[] = [];
  const data = groups.flatMap(({ group, indicators }) => {
    // The chart's row header is short; the table names the level in full.
    headers.push(indicatorText(lang, `level.${group}.short`));
    rows.push(headers.at(-1)!);
    return indicators.flatMap(({ definition, cells: own, max }) => {
      const name = definition.label[lang];
      rows.push(name);
      return own.map((c) => {
        const hidden = c.suppressed || c.value === null;
        const valueText = formatIndicatorValue(c, lang, threshold);
        const note = indicatorNote(c, lang);
        const col = columnOf.get(c.period)!;
        return {
          row: name,
          column: col,
          level: indicatorText(lang, `level.${group}`),
          valueText,
          note,
          hidden,
          shade: hidden ? null : max > 0 ? c.value! / max : 0,
          tip: tip([
            [indicatorText(lang, 'table.indicator'), name],
            [indicatorText(lang, 'table.year'), col],
            [indicatorText(lang, 'table.value'), valueText],
            [indicatorText(lang, 'table.note'), note],
          ]),
        };
      });
    });
  });
  const count = (group: string) => groups.find((g) => g.group === group)?.indicators.length ?? 0;
  let summary = indicatorText(lang, 'overview.summary.empty');
  if (data.length) {
    summary = indicatorText(lang, 'overview.summary', {
      n: count('input') + count('throughput') + count('outcome'),
      range: formatPeriodRange(columns[0]!, columns.at(-1)!, lang),
      input: count('input'),
      throughput: count('throughput'),
      outcome: count('outcome'),
    });
    const hidden = data.filter((d) => d.hidden && d.valueText !== '–').length;
    const missing = data.filter((d) => d.valueText === '–').length;
    if (hidden) summary += indicatorText(lang, 'overview.summary.hidden', { n: hidden });
    if (missing) summary += indicatorText(lang, 'overview.summary.missing', { n: missing });
  }
  return templateChart(ID, compiled, {
    lang,
    data: { cells: data },
    text: { headers },
    domain: { x: columns, y: rows },
    height: bandHeight(rows.length, 26),
    summary,
    table: {
      caption: title,
      columns: [
        { key: 'level', label: indicatorText(lang, 'table.level') },
        { key: 'indicator', label: indicatorText(lang, 'table.indicator') },
        { key: 'year', label: indicatorText(lang, 'table.year') },
        { key: 'value', label: indicatorText(lang, 'table.value'), numeric: true },
        { key: 'note', label: indicatorText(lang, 'table.note') },
      ],
      rows: data.map((d) => ({ level: d.level, indicator: d.row, year: d.column, value: d.valueText, note: d.note })),
    },
    ...exportOf(title, context, lang),
  });
}
