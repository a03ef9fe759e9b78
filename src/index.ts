/**
 * `mbc-dashboard/core`: the DOM-free engine. Data loading and validation, aggregation with
 * disclosure control, the business-case model, formatting and Vega-Lite spec builders. Imports
 * in plain Node 20 without any DOM globals.
 */
export * from './i18n/lang.js';
export * from './format/number.js';
export * from './format/period.js';
export * from './format/suppressed.js';
export * from './data/types.js';
export * from './data/indicators.js';
export * from './data/load.js';
export * from './data/source.js';
export { parseUsage } from './data/parse-usage.js';
export { parseIndicators } from './data/parse-indicators.js';
export { HOURS_BIN_EDGES, hoursBinIndex } from './data/hours-distribution.js';
export { prepare, publishBundle, stringifyBundle, DEFAULT_SUPPRESSION_THRESHOLD } from './data/prepare.js';
export type * from './data/aggregate/types.js';
export * from './select/filters.js';
export * from './select/usage.js';
export * from './select/indicators.js';
export * from './specs/indicators.js';
export * from './specs/usage-detail.js';
export * from './model/index.js';
export * from './select/capacity.js';
export * from './specs/implementation-costs.js';
export * from './specs/business-case.js';
export * from './select/business-case.js';
export * from './specs/theme.js';
export * from './specs/chart-model.js';
export * from './specs/product-usage.js';
