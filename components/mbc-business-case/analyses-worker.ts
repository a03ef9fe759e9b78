import { computeBusinessCase } from '../../src/model/compute.js';
import { monteCarlo } from '../../src/model/monte-carlo.js';
import { sensitivity } from '../../src/model/sensitivity.js';
import type { AnalysesRequest, AnalysesResponse } from './analyses-protocol.js';

/**
 * The code of the analyses worker: sensitivity and Monte Carlo off the main thread. One request
 * at a time; a newer request cancels an older one by terminating the worker (the client does
 * that), so there is no cancellation protocol here. No DOM, no eval: it runs under
 * `worker-src 'self'` and `script-src 'self'`.
 */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<AnalysesRequest>) => void) | null;
  postMessage(message: AnalysesResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, model, options, runs, seed } = event.data;
  try {
    const baseNpv = computeBusinessCase(model, options).totals.npv;
    const rows = sensitivity(model, options);
    const { samples, ...mc } = monteCarlo(model, { ...options, runs, seed, keepSamples: true });
    const buffer = Float64Array.from(samples ?? []);
    scope.postMessage({ id, ok: true, baseNpv, rows, mc, samples: buffer }, [buffer.buffer]);
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
