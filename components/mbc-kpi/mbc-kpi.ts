import { MbcKpi } from './mbc-kpi.component.js';

export { MbcKpi };
if (!customElements.get('mbc-kpi')) customElements.define('mbc-kpi', MbcKpi);
