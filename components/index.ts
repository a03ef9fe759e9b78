/**
 * `mbc-dashboard`: registers all elements and re-exports the engine (`mbc-dashboard/core`).
 */
import './register.js';

export * from '../src/index.js';
export { MbcChart } from './mbc-chart/mbc-chart.component.js';
export { MbcDataSource } from './mbc-data-source/mbc-data-source.component.js';
export { MbcFilterBar } from './mbc-filter-bar/mbc-filter-bar.component.js';
export { MbcKpi } from './mbc-kpi/mbc-kpi.component.js';
export { MbcProductUsage } from './mbc-product-usage/mbc-product-usage.component.js';
export { MbcIndicators } from './mbc-indicators/mbc-indicators.component.js';
export { MbcBenchmark } from './mbc-benchmark/mbc-benchmark.component.js';
export { MbcImplementationCosts } from './mbc-implementation-costs/mbc-implementation-costs.component.js';
export { MbcBusinessCase } from './mbc-business-case/mbc-business-case.component.js';
export { MbcOverview } from './mbc-overview/mbc-overview.component.js';
export { MbcDashboard } from './mbc-dashboard/mbc-dashboard.component.js';
export type {
  MbcChartRenderedDetail,
  MbcComputedDetail,
  MbcErrorDetail,
  MbcEventDetails,
  MbcEventName,
  MbcExportDetail,
  MbcFilterChangeDetail,
  MbcIndicatorChangeDetail,
  MbcLoadDetail,
  MbcMeasureChangeDetail,
  MbcSelectDetail,
} from './shared/events.js';
