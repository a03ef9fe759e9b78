/**
 * `mbc-dashboard/core`: the DOM-free engine. Data loading and validation, aggregation with
 * disclosure control, the business-case model, formatting and the chart spec builders. Imports
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
export { readParameterSheet, type ParameterSheet, type ReadSheetOptions } from './data/parameter-sheet/read.js';
export { applyParameterSheet, type ApplySheetOptions } from './data/parameter-sheet/apply.js';
export { writeParameterSheet, type WriteSheetOptions } from './data/parameter-sheet/write.js';
export { prepare, publishBundle, stringifyBundle, DEFAULT_SUPPRESSION_THRESHOLD } from './data/prepare.js';
export type * from './data/aggregate/types.js';
export * from './select/filters.js';
export * from './select/usage.js';
export * from './select/indicators.js';
export * from './model/index.js';
export * from './select/capacity.js';
export * from './select/business-case.js';
export * from './select/usage-charts.js';
export * from './select/indicator-charts.js';
export * from './select/costs.js';
export * from './select/histogram.js';
export * from './format/amount-scale.js';
export * from './format/count-sum.js';
export * from './format/csv.js';
export * from './format/hours.js';
export * from './format/indicator.js';
export * from './format/parameter.js';
export type { TableColumn } from './format/table.js';
// Chart spec builders: one per chart (src/specs/<view>/<chart>.ts), each drawing a template
// that `npm run build` compiled to Vega.
export * from './specs/theme.js';
export * from './specs/chart-model.js';
export * from './specs/options.js';
export type { CaseChartOptions } from './specs/case-options.js';
export { yearChart } from './specs/business-case/year.js';
export { stakeholderChart } from './specs/business-case/stakeholders.js';
export { tornadoChart } from './specs/business-case/tornado.js';
export { monteCarloChart } from './specs/business-case/monte-carlo.js';
export { breakEvenChart } from './specs/business-case/break-even.js';
export { costsPerYear } from './specs/implementation-costs/per-year.js';
export { costsPerItem } from './specs/implementation-costs/per-item.js';
export { costsPerStakeholder } from './specs/implementation-costs/per-stakeholder.js';
export { capacityChart } from './specs/implementation-costs/capacity.js';
export { costItemsTable, type CostItemsTable, type CostItemRow } from './specs/implementation-costs/items-table.js';
export { indicationsPerQuarter } from './specs/product-usage/indications.js';
export { hoursDistributionChart } from './specs/product-usage/hours.js';
export { utilisationByMunicipality } from './specs/product-usage/utilisation.js';
export { routesChart } from './specs/product-usage/routes.js';
export { repeatIndications } from './specs/product-usage/repeats.js';
export { indicatorOverview } from './specs/indicators/overview.js';
export { preventedVtosPerPeriod } from './specs/indicators/per-period.js';
export { preventedVtosPerMunicipality, type MunicipalityChartOptions } from './specs/indicators/per-municipality.js';
export { indicatorTrend, otsDurationTrend } from './specs/indicators/trend.js';
export { otsStartedPreventedEndedEarly } from './specs/indicators/ots-flow.js';
