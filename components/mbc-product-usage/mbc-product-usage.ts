import { MbcProductUsage } from './mbc-product-usage.component.js';

export { MbcProductUsage };
if (!customElements.get('mbc-product-usage')) customElements.define('mbc-product-usage', MbcProductUsage);
