import { MbcBenchmark } from './mbc-benchmark.component.js';

export { MbcBenchmark };
if (!customElements.get('mbc-benchmark')) customElements.define('mbc-benchmark', MbcBenchmark);
