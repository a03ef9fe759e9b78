import { MbcChart } from './mbc-chart.component.js';

export { MbcChart };
if (!customElements.get('mbc-chart')) customElements.define('mbc-chart', MbcChart);
