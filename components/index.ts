/**
 * `mbc-dashboard`: registers all elements and re-exports the engine (`mbc-dashboard/core`).
 */
import './register.js';

export * from '../src/index.js';
export { MbcChart } from './mbc-chart/mbc-chart.component.js';
export { MbcProductUsage } from './mbc-product-usage/mbc-product-usage.component.js';
