import type { Lang } from '../i18n/lang.js';

/**
 * The business-case model file (`format: "mbc-business-case"`, `version: 1`) and the results the
 * engine computes from it. Public API; see the README, "The business-case model file" and
 * "How each figure is computed". The JSON Schema is `data/schema/business-case.schema.json`.
 */

/** A factor of an item's `quantity` or `unitCost`: a parameter id or a number literal. */
export type Factor = string | number;

/** Who pays or who saves: a municipality, a GI, the State, Veilig Thuis, families. */
export interface Stakeholder {
  id: string;
  label: string;
}

/** One assumption. `low` and `high` give the plausible range used by sensitivity and Monte Carlo. */
export interface Parameter {
  id: string;
  label: string;
  value: number;
  low?: number;
  high?: number;
  /** Unit as shown in formulas: `uur`, `gezinnen`, `€`, `€/uur`, or `""` for a bare number (a share). */
  unit: string;
  source?: string;
  /** True when no source supports the value (an *illustratief* value). */
  illustrative?: boolean;
}

export type ItemType = 'cost' | 'benefit';
/** `incidental`: one-off (start-up) costs or benefits; `structural`: recurring ones. */
export type ItemKind = 'incidental' | 'structural';
/** `municipality` (default): computed per municipality; `region`: once for the whole region. */
export type ItemScope = 'municipality' | 'region';

/** One cost or benefit line. Amount in year t = Π quantity × Π unitCost × ramp(t), when it applies. */
export interface Item {
  id: string;
  label: string;
  type: ItemType;
  kind: ItemKind;
  /** A stakeholder id: who pays (cost) or who saves (benefit). */
  stakeholder: string;
  quantity: Factor[];
  unitCost: Factor[];
  /** Incidental items: the year offsets in which the item applies (default `[0]`). */
  years?: number[];
  /** Structural items: the first year offset in which the item applies (default 0). */
  from?: number;
  /** Multipliers by year offset; past the end the last value holds. Absent: 1 in every year. */
  ramp?: number[];
  scope?: ItemScope;
  source?: string;
}

/** A pro-memorie post: an effect that is real but has no euro figure. Listed, never summed. */
export interface PmPost {
  label: string;
  stakeholder: string;
}

/** A named set of parameter values (pessimistic, expected, optimistic …). */
export interface Scenario {
  id: string;
  label: string;
  values: Record<string, number>;
}

/** A municipality with its own parameter values over the base values. */
export interface Municipality {
  id: string;
  label: string;
  values: Record<string, number>;
}

/** The whole model file. */
export interface BusinessCaseModel {
  /** Optional pointer to the JSON Schema, for editors. */
  $schema?: string;
  format: 'mbc-business-case';
  version: 1;
  title: string;
  description?: string;
  /** Only `"EUR"` is supported. Default `"EUR"`. */
  currency?: 'EUR';
  startYear: number;
  /** Number of years, default 5. Year offsets run 0 … horizonYears − 1. */
  horizonYears?: number;
  /** Default 0.0225, the Dutch standard rate for social cost-benefit analysis since 2021. */
  discountRate?: number;
  stakeholders: Stakeholder[];
  parameters: Parameter[];
  items: Item[];
  pm?: PmPost[];
  scenarios?: Scenario[];
  municipalities?: Municipality[];
}

/** One finding of `validateModel`. */
export interface ModelIssue {
  /** JSON path into the model, e.g. `$.items[3].quantity[1]` (or `options.municipality`). */
  path: string;
  /** Stable machine-readable code, e.g. `unknown-parameter`. */
  code: ModelIssueCode;
  /** Human-readable message in the requested language. */
  message: string;
  /** The closest existing id, for "did you mean" (unknown-id codes only). */
  suggestion?: string;
}

export type ModelIssueCode =
  | 'invalid-model'
  | 'format'
  | 'version'
  | 'required'
  | 'type'
  | 'invalid-enum'
  | 'not-finite'
  | 'empty-id'
  | 'duplicate-id'
  | 'unknown-parameter'
  | 'unknown-stakeholder'
  | 'unknown-municipality'
  | 'unknown-scenario'
  | 'factor-not-number'
  | 'year-outside-horizon'
  | 'year-not-integer'
  | 'duplicate-year'
  | 'never-applies'
  | 'ignored-field'
  | 'ramp-negative'
  | 'ramp-beyond-horizon'
  | 'value-out-of-range'
  | 'range-inverted'
  | 'range-incomplete'
  | 'municipal-parameter-range'
  | 'horizon-out-of-range'
  | 'start-year-out-of-range'
  | 'discount-rate-absurd'
  | 'discount-rate-implausible'
  | 'currency'
  | 'unknown-field'
  | 'missing-title'
  | 'conflicting-options'
  | 'invalid-option';

export interface ValidationResult {
  errors: ModelIssue[];
  warnings: ModelIssue[];
}

export interface ValidateOptions {
  /** Language of the messages; Dutch by default. */
  lang?: Lang;
}

/**
 * Which case to compute. Shared by `computeBusinessCase`, `sensitivity`, `breakEven` and
 * `monteCarlo`.
 *
 * - Model without municipalities: always the single case (all items, base values).
 * - Model with municipalities: the region sum by default (`region: true`);
 *   `{municipality: id}` for one municipality; `{region: false}` for the model computed as one
 *   case at its base values, all items, ignoring `scope`.
 */
export interface CaseOptions {
  municipality?: string;
  region?: boolean;
  /**
   * What-if values that override the base values and the municipalities' own values, in every
   * municipality and for the region items. Used by the what-if sliders.
   */
  values?: Record<string, number>;
}

export interface ComputeOptions extends CaseOptions {
  /** Language of the readable formulas; Dutch by default. */
  lang?: Lang;
}

export interface MonteCarloOptions extends CaseOptions {
  /** Number of draws, a whole number from 1 to 1,000,000. Default 10,000. */
  runs?: number;
  /** Seed of the mulberry32 generator; any number, taken as an unsigned 32-bit integer. Default 1. */
  seed?: number;
  /** Also return every run's NPV, sorted ascending, as `samples`. Default false. */
  keepSamples?: boolean;
}

/** What a result describes. */
export type CaseBasis =
  | { kind: 'model' }
  | { kind: 'municipality'; municipality: string; label: string }
  | { kind: 'region'; municipalities: string[] };

export interface YearResult {
  /** Year offset t = 0 … horizonYears − 1. */
  offset: number;
  /** Calendar year, startYear + t. */
  year: number;
  costs: number;
  benefits: number;
  /** benefits − costs. */
  net: number;
  /** Running sum of net (undiscounted). */
  cumulativeNet: number;
  /** 1 / (1 + discountRate)^t. */
  discountFactor: number;
  /** Costs of the incidental items (part of `costs`). */
  incidentalCosts: number;
  /** Costs of the structural items (part of `costs`). */
  structuralCosts: number;
}

export interface Totals {
  costs: number;
  benefits: number;
  /** benefits − costs, undiscounted. */
  net: number;
  pvCosts: number;
  pvBenefits: number;
  /** pvBenefits − pvCosts. */
  npv: number;
  /** pvBenefits / pvCosts, or null when pvCosts is 0. */
  bcr: number | null;
  /** First calendar year whose cumulativeNet is ≥ 0, or null within the horizon. */
  paybackYear: number | null;
}

export interface StakeholderResult {
  id: string;
  label: string;
  costs: number;
  benefits: number;
  pvCosts: number;
  pvBenefits: number;
  npv: number;
}

/** One factor of an item's formula, named and valued. */
export interface FactorText {
  /** The parameter id, or null for a number literal. */
  parameter: string | null;
  /** The parameter's label ('' for a literal). */
  label: string;
  /** The value used (in the region view: the sum over municipalities when it differs per municipality). */
  value: number;
  unit: string;
  /** The value with its unit, as in the formula: `25 uur`, `€ 82,50`. */
  text: string;
  illustrative: boolean;
}

export interface ItemResult {
  id: string;
  label: string;
  type: ItemType;
  kind: ItemKind;
  stakeholder: string;
  scope: ItemScope;
  /** Amount per year offset (undiscounted). */
  amounts: number[];
  /** Sum of amounts. */
  total: number;
  /** Present value of amounts. */
  pv: number;
  /** Readable formula with every factor valued: `90 gezinnen × 0,4 × 25 uur × € 82,50`. */
  formula: string;
  factors: FactorText[];
  /** True when any parameter the item uses is illustrative. */
  illustrative: boolean;
  source?: string;
}

export interface MunicipalityResult {
  id: string;
  label: string;
  pvCosts: number;
  pvBenefits: number;
  npv: number;
}

export interface PmResult {
  label: string;
  stakeholder: string;
  stakeholderLabel: string;
}

export interface BusinessCaseResult {
  basis: CaseBasis;
  startYear: number;
  horizonYears: number;
  discountRate: number;
  years: YearResult[];
  totals: Totals;
  byStakeholder: StakeholderResult[];
  byItem: ItemResult[];
  /** Region view only: the municipality-scope items per municipality (region items are not attributed). */
  byMunicipality: MunicipalityResult[];
  pm: PmResult[];
}

export interface SensitivityRow {
  parameter: string;
  label: string;
  unit: string;
  value: number;
  low: number;
  high: number;
  npvLow: number;
  npvHigh: number;
  /** |npvHigh − npvLow|, the sort key. */
  swing: number;
}

export interface MonteCarloResult {
  runs: number;
  seed: number;
  mean: number;
  p5: number;
  p50: number;
  p95: number;
  /** Share of runs with NPV > 0. */
  probPositive: number;
  /** The parameters drawn, in model order. */
  drawn: string[];
  /** Every run's NPV, ascending; only with `keepSamples: true`. */
  samples?: number[];
}
