import { MbcDashboard } from './mbc-dashboard.component.js';

export { MbcDashboard };
if (!customElements.get('mbc-dashboard')) customElements.define('mbc-dashboard', MbcDashboard);
