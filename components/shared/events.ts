/**
 * Every event the elements fire: its name, its `detail` type, and its declaration in
 * `GlobalEventHandlersEventMap`, so `el.addEventListener('mbc-load', (e) => e.detail.bundle)`
 * type-checks without a cast. All bubble and are composed (they leave shadow roots). The detail
 * types are exported from the package entry (`import type { MbcLoadDetail } from 'mbc-dashboard'`).
 */
import type { VegaView } from './vega-runtime-types.js';
import type { Bundle } from '../../src/data/types.js';
import type { DataIssue } from '../../src/data/types.js';
import type { FileIssue } from '../../src/data/load.js';
import type { BusinessCaseResult } from '../../src/model/types.js';
import type { Filters } from '../../src/select/filters.js';

/** `mbc-error`: a data problem (with file, line and column) or a failure, one entry each. */
export interface MbcErrorDetail {
  errors: Array<Partial<DataIssue> & { message: string; file?: string }>;
}

/** `mbc-load`: a data source finished loading. */
export interface MbcLoadDetail {
  /** The prepared bundle (loaded, or prepared in the browser from raw files); null without one. */
  bundle: Bundle | null;
  /** The business-case model as loaded (validated by the views that use it); null without one. */
  model: unknown | null;
  /** Problems that did not stop the load, each with its file. */
  warnings: FileIssue[];
}

/** `mbc-filter-change`: the shared filters of a data source changed. */
export interface MbcFilterChangeDetail {
  filters: Filters;
}

/** `mbc-select`: a selectable mark or table cell was activated, e.g. `{field: 'municipality', value: 'Delft'}`. */
export interface MbcSelectDetail {
  field: string;
  value: string;
}

/** `mbc-export`: a file was offered for download. */
export interface MbcExportDetail {
  kind: 'png' | 'svg' | 'csv' | 'html';
  fileName: string;
}

/**
 * `mbc-chart-rendered`: a chart was drawn; `view` is the running Vega view (`toSVG()`,
 * `toImageURL('png')`, `data(name)`). Typed with `vega`'s own declarations, a dependency, and not
 * vega-embed's, which do not type-check in a strict project with `skipLibCheck: false`.
 */
export interface MbcChartRenderedDetail {
  view: VegaView;
}

/** `mbc-computed`: the business case was computed again. */
export interface MbcComputedDetail {
  /** The new `computeBusinessCase` result (the same object as the element's `result`). */
  result: BusinessCaseResult;
}

/** `mbc-indicator-change`: the user chose another indicator for the trend chart. */
export interface MbcIndicatorChangeDetail {
  /** The indicator id now shown in the trend chart. */
  indicator: string;
}

/** `mbc-measure-change`: the user chose another measure or product to compare in the benchmark. */
export interface MbcMeasureChangeDetail {
  /** The measure key: `indications`, `hours-per-indication`, `over-cap-share` or `indicator:<id>`. */
  measure: string;
  /** The product of a usage measure (`1`, `2a`, `2b`); empty for an indicator. */
  product: string;
}

/** Each event's name and the type of its `detail`. */
export interface MbcEventDetails {
  'mbc-error': MbcErrorDetail;
  'mbc-load': MbcLoadDetail;
  'mbc-filter-change': MbcFilterChangeDetail;
  'mbc-select': MbcSelectDetail;
  'mbc-export': MbcExportDetail;
  'mbc-chart-rendered': MbcChartRenderedDetail;
  'mbc-computed': MbcComputedDetail;
  'mbc-indicator-change': MbcIndicatorChangeDetail;
  'mbc-measure-change': MbcMeasureChangeDetail;
}

/** The names of every event the elements fire. */
export type MbcEventName = keyof MbcEventDetails;

/** Dispatch one of the library's events: bubbling, composed, with its typed detail. */
export function emit<K extends MbcEventName>(target: EventTarget, type: K, detail: MbcEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent<MbcEventDetails[K]>(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mbc-error': CustomEvent<MbcErrorDetail>;
    'mbc-load': CustomEvent<MbcLoadDetail>;
    'mbc-filter-change': CustomEvent<MbcFilterChangeDetail>;
    'mbc-select': CustomEvent<MbcSelectDetail>;
    'mbc-export': CustomEvent<MbcExportDetail>;
    'mbc-chart-rendered': CustomEvent<MbcChartRenderedDetail>;
    'mbc-computed': CustomEvent<MbcComputedDetail>;
    'mbc-indicator-change': CustomEvent<MbcIndicatorChangeDetail>;
    'mbc-measure-change': CustomEvent<MbcMeasureChangeDetail>;
  }
}
