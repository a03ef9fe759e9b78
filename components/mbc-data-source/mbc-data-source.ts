import { MbcDataSource } from './mbc-data-source.component.js';

export { MbcDataSource };
if (!customElements.get('mbc-data-source')) customElements.define('mbc-data-source', MbcDataSource);
