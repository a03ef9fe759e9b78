import { MbcImplementationCosts } from './mbc-implementation-costs.component.js';

export { MbcImplementationCosts };
if (!customElements.get('mbc-implementation-costs')) customElements.define('mbc-implementation-costs', MbcImplementationCosts);
