import type { VegaRuntime } from './runtime-types.js';

/** The trimmed Vega runtime (see vega-runtime.js). */
export declare const runtime: VegaRuntime;
