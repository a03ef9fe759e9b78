import type { VegaRuntime } from '../shared/vega-runtime-types.js';

/** The trimmed Vega runtime (see vega-runtime.js). */
export declare const runtime: VegaRuntime;
