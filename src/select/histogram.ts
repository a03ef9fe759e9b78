/** One bin of a histogram. */
export interface HistogramBin {
  /** Inclusive lower edge. */
  start: number;
  /** Exclusive upper edge (inclusive for the last bin). */
  end: number;
  count: number;
}

/**
 * Bin samples (Monte Carlo NPVs) into about `target` bins of a "nice" width (1, 2, 2.5 or
 * 5 × 10^k). Every edge is a multiple of the width, so zero is always an edge and no bin
 * straddles NPV = 0.
 */
export function histogramBins(samples: readonly number[], target = 30): HistogramBin[] {
  const finite = samples.filter(Number.isFinite);
  if (finite.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of finite) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  const raw = span > 0 ? span / target : Math.max(Math.abs(min) / 100, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-12))!;
  const start = Math.floor(min / step) * step;
  const n = Math.max(1, Math.floor((max - start) / step) + 1);
  const bins: HistogramBin[] = Array.from({ length: n }, (_, i) => ({ start: start + i * step, end: start + (i + 1) * step, count: 0 }));
  for (const v of finite) {
    const i = Math.min(n - 1, Math.max(0, Math.floor((v - start) / step)));
    bins[i]!.count++;
  }
  return bins;
}
