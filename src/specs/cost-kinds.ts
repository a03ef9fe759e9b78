/** The kind of a cost (structural, incidental) in the implementation-costs charts. */
import type { Lang } from '../i18n/lang.js';
import type { ItemKind } from '../model/types.js';
import { t as costText } from '../i18n/costs-messages.js';
import { KINDS } from '../select/costs.js';

/** The `text` signal entries of the cost-kind legend (`kindEncoding`). */
export function kindText(lang: Lang) {
  return { legend: { structural: costText(lang, 'kind.structural'), incidental: costText(lang, 'kind.incidental') }, kindLegend: costText(lang, 'kind.legend') };
}

/**
 * The segments of one row of a stacked cost chart: one per kind with a non-zero value,
 * structural first (at the base).
 */
export function kindSegments(row: string, values: Readonly<Record<ItemKind, number>>, tipOf: (kind: ItemKind, value: number) => Record<string, string>) {
  return KINDS.filter((kind) => values[kind] !== 0).map((kind) => ({ row, kind, value: values[kind], order: KINDS.indexOf(kind), tip: tipOf(kind, values[kind]) }));
}
