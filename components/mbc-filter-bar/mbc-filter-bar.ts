import { MbcFilterBar } from './mbc-filter-bar.component.js';

export { MbcFilterBar };
if (!customElements.get('mbc-filter-bar')) customElements.define('mbc-filter-bar', MbcFilterBar);
