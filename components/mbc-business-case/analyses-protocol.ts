import type { BusinessCaseModel, CaseOptions, MonteCarloResult, SensitivityRow } from '../../src/model/types.js';

/** The messages between the business-case view and its analyses worker. */

/** What the heavier analyses need: the model, the case, the number of runs and the seed. */
export interface AnalysesInput {
  model: BusinessCaseModel;
  options: CaseOptions;
  runs: number;
  seed: number;
}

export interface AnalysesRequest extends AnalysesInput {
  id: number;
}

export type AnalysesResponse =
  | { id: number; ok: true; baseNpv: number; rows: SensitivityRow[]; mc: Omit<MonteCarloResult, 'samples'>; samples: Float64Array }
  | { id: number; ok: false; message: string };

/** The analyses of one case: its NPV, the sensitivity rows and the Monte Carlo result with its samples. */
export interface Analyses {
  /** The NPV of the case at these values (the tornado's centre). */
  baseNpv: number;
  rows: SensitivityRow[];
  mc: MonteCarloResult;
}
