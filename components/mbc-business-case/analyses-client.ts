import { computeBusinessCase } from '../../src/model/compute.js';
import { startMonteCarlo } from '../../src/model/monte-carlo.js';
import { sensitivity } from '../../src/model/sensitivity.js';
import type { Analyses, AnalysesInput, AnalysesRequest, AnalysesResponse } from './analyses-protocol.js';

/**
 * Runs the heavier analyses (sensitivity and Monte Carlo) of the business-case view in a Web
 * Worker, `monte-carlo.worker.js`, a separate file of the build that works under
 * `worker-src 'self'` (or `script-src 'self'`, which it falls back to). The page stays responsive:
 * up to 1,000,000 runs (`MAX_RUNS`) are drawn off the main thread.
 *
 * - **Cancelled by newer input.** When the `AbortSignal` fires (the view's task controller aborts
 *   the previous run when its inputs change), the worker is terminated at once; the next run
 *   starts a fresh one.
 * - **Fallback.** Where no worker can start (no `Worker`, or the file is blocked or missing), the
 *   same analyses run on the main thread in slices of about 40 ms, yielding between slices and
 *   stopping when aborted, so no task blocks the page for long. The results are identical: the
 *   engine's Monte Carlo draws the same seeded sequence in steps.
 */

/** How often each path ran, and how many runs were cancelled; read by the tests. */
export const analysisStats = { worker: 0, mainThread: 0, cancelled: 0 };

/** Target duration of one main-thread slice of Monte Carlo runs. */
const SLICE_MS = 40;

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;

/**
 * Whether the analyses may start a worker (default true). A one-file snapshot turns it off: it
 * has no worker file next to it, and it makes no request at all; its analyses run on the main
 * thread in slices.
 */
export function useAnalysesWorker(on: boolean): void {
  workerBroken = !on;
}

function abortError(signal?: AbortSignal): unknown {
  return signal?.reason ?? new DOMException('Aborted', 'AbortError');
}

function currentWorker(): Worker | null {
  if (workerBroken || typeof Worker === 'undefined') return null;
  if (!worker) {
    try {
      worker = new Worker(new URL('./monte-carlo.worker.js', import.meta.url), { type: 'module', name: 'mbc-analyses' });
    } catch {
      workerBroken = true;
      return null;
    }
  }
  return worker;
}

/** Sensitivity rows and the Monte Carlo result (with its samples) for one case. */
export function computeAnalyses(input: AnalysesInput, signal?: AbortSignal): Promise<Analyses> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const w = currentWorker();
  if (!w) return onMainThread(input, signal);
  return new Promise<Analyses>((resolve, reject) => {
    const id = nextId++;
    const cleanup = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<AnalysesResponse>) => {
      const data = event.data;
      if (!data || data.id !== id) return;
      cleanup();
      if (!data.ok) return reject(new Error(data.message));
      analysisStats.worker++;
      resolve({ baseNpv: data.baseNpv, rows: data.rows, mc: { ...data.mc, samples: Array.from(data.samples) } });
    };
    // The worker could not start (blocked, missing) or crashed: continue on the main thread.
    const onError = (event: Event) => {
      event.preventDefault();
      cleanup();
      w.terminate();
      if (worker === w) worker = null;
      workerBroken = true;
      onMainThread(input, signal).then(resolve, reject);
    };
    const onAbort = () => {
      cleanup();
      w.terminate();
      if (worker === w) worker = null;
      analysisStats.cancelled++;
      reject(abortError(signal));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      w.postMessage({ id, ...input } satisfies AnalysesRequest);
    } catch {
      // A model that cannot be cloned (a proxy, a function): compute it here.
      cleanup();
      onMainThread(input, signal).then(resolve, reject);
    }
  });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function onMainThread(input: AnalysesInput, signal?: AbortSignal): Promise<Analyses> {
  const { model, options, runs, seed } = input;
  await nextTask();
  if (signal?.aborted) throw abortError(signal);
  const baseNpv = computeBusinessCase(model, options).totals.npv;
  const rows = sensitivity(model, options);
  await nextTask();
  const session = startMonteCarlo(model, { ...options, runs, seed, keepSamples: true });
  let slice = 1000;
  for (;;) {
    if (signal?.aborted) {
      analysisStats.cancelled++;
      throw abortError(signal);
    }
    const started = performance.now();
    if (session.step(slice)) break;
    const took = Math.max(1, performance.now() - started);
    slice = Math.max(100, Math.min(200_000, Math.round((slice * SLICE_MS) / took)));
    await nextTask();
  }
  analysisStats.mainThread++;
  return { baseNpv, rows, mc: session.result() };
}
