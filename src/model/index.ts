/**
 * The business-case engine: pure arithmetic, no DOM, importable in plain Node.
 * See the README, "The business-case model file" and "How each figure is computed".
 */
export { validateModel, DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON_YEARS, PLAUSIBLE_DISCOUNT_RATE_MAX } from './validate.js';
export { computeBusinessCase } from './compute.js';
export { applyScenario } from './scenario.js';
export { sensitivity } from './sensitivity.js';
export { breakEven, npvAt } from './break-even.js';
export { valuesInCase, type ValuesInCase } from './case-values.js';
export { monteCarlo, startMonteCarlo, percentile, MAX_RUNS, type MonteCarloSession } from './monte-carlo.js';
export { mulberry32, triangular } from './random.js';
export { valueWithUnit } from './formula.js';
export { bindOne, periodYear } from './bind.js';
export { ModelValidationError, ModelOptionError } from './errors.js';
export type {
  BoundValue,
  BusinessCaseModel,
  BusinessCaseResult,
  CaseBasis,
  CaseOptions,
  ComputeOptions,
  DataBinding,
  DataNote,
  Factor,
  FactorText,
  Item,
  ItemKind,
  ItemNature,
  ItemResult,
  ItemScope,
  ItemType,
  ModelIssue,
  ModelIssueCode,
  MonteCarloOptions,
  MonteCarloResult,
  Municipality,
  MunicipalityResult,
  NatureTotals,
  Parameter,
  PmPost,
  PmResult,
  Scenario,
  SensitivityRow,
  Stakeholder,
  Totals,
  UsageMeasure,
  ValidateOptions,
  ValidationResult,
  YearResult,
} from './types.js';
export type { UncarriedItem } from './result-types.js';
