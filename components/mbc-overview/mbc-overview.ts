import { MbcOverview } from './mbc-overview.component.js';

export { MbcOverview };
if (!customElements.get('mbc-overview')) customElements.define('mbc-overview', MbcOverview);
