import { MbcBusinessCase } from './mbc-business-case.component.js';

export { MbcBusinessCase };
if (!customElements.get('mbc-business-case')) customElements.define('mbc-business-case', MbcBusinessCase);
