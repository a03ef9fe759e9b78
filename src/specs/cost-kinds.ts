/** The kind of a cost (structural, incidental) in the implementation-costs charts. */
import type { Lang } from '../i18n/lang.js';
import type { ItemKind } from '../model/types.js';
import { costsText } from '../i18n/costs-messages.js';
import { KINDS } from '../select/costs.js';
import { kindEncoding } from './colours.js';
import { frame, templateChart } from './frame.js';
import { ROW_STEP, bandHeight, endWidth, stackedRows } from './labelled-bar.js';
import type { ChartBase, TemplateChart, VegaSpec } from './chart-model.js';

/** The `text` signal entries of the cost-kind legend (`kindEncoding`). */
export function kindText(lang: Lang) {
  return {
    legend: { structural: costsText(lang, 'kind.structural'), incidental: costsText(lang, 'kind.incidental') },
    kindLegend: costsText(lang, 'kind.legend'),
  };
}

/**
 * The segments of one row of a stacked cost chart: one per kind with a non-zero value,
 * structural first (at the base).
 */
export function kindSegments(row: string, values: Readonly<Record<ItemKind, number>>, tipOf: (kind: ItemKind, value: number) => Record<string, string>) {
  return KINDS.filter((kind) => values[kind] !== 0).map((kind) => ({
    row,
    kind,
    value: values[kind],
    order: KINDS.indexOf(kind),
    tip: tipOf(kind, values[kind]),
  }));
}

/**
 * The template of the implementation-costs charts: per row its name and total above a bar of
 * structural and incidental segments, the x axis in `format`.
 */
export const kindRowsTemplate = (format: string) => ({
  ...frame([{ name: 'endWidth', value: 0 }]),
  layer: stackedRows(format, kindEncoding()),
});

export interface KindRowsInput extends ChartBase {
  lang: Lang;
  /** One per row: its key, its label and the total at its end. */
  rows: ReadonlyArray<{ row: string; label: string; endText: string }>;
  /** From `kindSegments`. */
  segments: ReadonlyArray<ReturnType<typeof kindSegments>[number]>;
  /** The x axis title. */
  axis: string;
}

/** A chart of a `kindRowsTemplate`: its rows in order, the room for the longest total, a height per row. */
export function kindRowsChart(id: string, vega: () => Promise<VegaSpec>, input: KindRowsInput): TemplateChart {
  const { rows, segments, axis, lang, ...rest } = input;
  return templateChart(id, vega, {
    ...rest,
    lang,
    data: { segments, rows },
    text: { x: axis, ...kindText(lang) },
    domain: { rows: rows.map((r) => r.row) },
    signals: { endWidth: endWidth(rows.map((r) => r.endText)) },
    height: bandHeight(rows.length, ROW_STEP),
  });
}
