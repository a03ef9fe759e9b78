import type { Lang } from '../i18n/lang.js';
import { chartText } from '../i18n/chart-messages.js';
import type { TableColumn } from '../format/table.js';
import { templateChart } from './frame.js';
import { bandHeight } from './labelled-bar.js';
import type { ChartBase, TemplateChart, VegaSpec } from './chart-model.js';

/**
 * A chart of one value per band, with the hidden placeholder: the labelled bars (a row per
 * route, product or municipality; a bar per period) and the indicator trend. The rows give the
 * bands' order by their `label`, also of a band in which nothing is drawn.
 */
export interface BandChartInput<Row extends { label: string }> extends ChartBase {
  lang: Lang;
  /** The name of the template's data set. */
  name: string;
  /** One per band, in order. */
  rows: readonly Row[];
  /** Which rows are drawn, when not all; the others keep their (empty) band. */
  drawn?: (row: Row) => boolean;
  /** The axis titles. */
  axis: { x: string; y?: string };
  /** Horizontal bars (bands on the `rows` axis), this many pixels a row; without it, vertical bands (`x`), 260 pixels high. */
  rowHeight?: number;
  signals?: Record<string, unknown>;
}

export function bandChart<Row extends { label: string }>(id: string, vega: () => Promise<VegaSpec>, input: BandChartInput<Row>): TemplateChart {
  const { lang, name, rows, drawn, axis, rowHeight, ...rest } = input;
  return templateChart(id, vega, {
    ...rest,
    lang,
    data: { [name]: drawn ? rows.filter(drawn) : rows },
    text: { ...axis, hidden: chartText(lang, 'hidden.legend') },
    domain: { [rowHeight ? 'rows' : 'x']: rows.map((r) => r.label) },
    height: rowHeight ? bandHeight(rows.length, rowHeight) : 260,
  });
}

/**
 * The data table of an indicator per band: the band (period or municipality), the value as
 * shown and its note (lower bound, partial).
 */
export function valueNoteTable(
  caption: string,
  band: TableColumn,
  value: string,
  note: string,
  rows: ReadonlyArray<{ band: string; valueText: string; note: string }>,
): ChartBase['table'] {
  return {
    caption,
    columns: [band, { key: 'value', label: value, numeric: true }, { key: 'note', label: note }],
    rows: rows.map((r) => ({ [band.key]: r.band, value: r.valueText, note: r.note })),
  };
}
