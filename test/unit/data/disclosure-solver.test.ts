import { describe, expect, it } from 'vitest';
import { loadSolver, type ModelSpec } from '../../../src/data/disclosure/solver.js';

/** x[i] + x[i+1] ≥ 1 for a chain of n unknowns in [0, 100]: every cost has a whole optimum. */
function chain(n: number): ModelSpec {
  const rowStarts = [0];
  const rowIndex: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    rowIndex.push(i, i + 1);
    rowStarts.push(rowIndex.length);
  }
  return {
    n,
    rowStarts,
    rowIndex,
    rowCoef: rowIndex.map(() => 1),
    rowLower: Array.from({ length: n - 1 }, () => 1),
    rowUpper: Array.from({ length: n - 1 }, () => Infinity),
    colLower: Array.from({ length: n }, () => 0),
    colUpper: Array.from({ length: n }, () => 100),
    integer: Array.from({ length: n }, () => 1),
  };
}

describe('audit solver', () => {
  it('gives every run the whole time limit: many questions to one model outlast it without answering unknown', async () => {
    const solver = await loadSolver();
    const timeLimit = 0.25;
    const model = solver.model(chain(400), { timeLimit });
    try {
      // Seeded costs, so the run is the same each time; runs take milliseconds each, and the
      // loop goes on until four limits' worth of wall time has passed.
      let seed = 7;
      const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
      const started = performance.now();
      let runs = 0;
      const unknown: number[] = [];
      while (performance.now() - started < 4 * timeLimit * 1000 || runs < 20) {
        const outcome = model.solve(Float64Array.from({ length: 400 }, random));
        if (outcome === 'unknown') unknown.push(runs);
        runs++;
      }
      expect(unknown).toEqual([]);
    } finally {
      model.dispose();
    }
  });
});
