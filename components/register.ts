/** Registers every element of the library (once; a second import is harmless). */
import './mbc-chart/mbc-chart.js';
import './mbc-data-source/mbc-data-source.js';
import './mbc-filter-bar/mbc-filter-bar.js';
import './mbc-kpi/mbc-kpi.js';
import './mbc-product-usage/mbc-product-usage.js';
import './mbc-indicators/mbc-indicators.js';
import './mbc-benchmark/mbc-benchmark.js';
import './mbc-implementation-costs/mbc-implementation-costs.js';
import './mbc-business-case/mbc-business-case.js';
import './mbc-overview/mbc-overview.js';
import './mbc-dashboard/mbc-dashboard.js';
