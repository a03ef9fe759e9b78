import { MbcIndicators } from './mbc-indicators.component.js';

export { MbcIndicators };
if (!customElements.get('mbc-indicators')) customElements.define('mbc-indicators', MbcIndicators);
