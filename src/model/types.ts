import type { Lang } from '../i18n/lang.js';
import type { Bundle } from '../data/types.js';

/**
 * The business-case model file (`format: "mbc-business-case"`, `version: 1` or `2`). Public API;
 * see the README, "The business-case model file" and "How each figure is computed". The JSON
 * Schema is `data/schema/business-case.schema.json`. The results are in `result-types.ts`.
 *
 * Fields marked *v2* are read only in a `version: 2` file; in a version-1 file they are unknown
 * fields (a warning) and ignored, so a version-1 file computes exactly as before.
 */

/** A factor of an item's `quantity` or `unitCost`: a parameter id or a number literal. */
export type Factor = string | number;

/** Who pays or who saves: a municipality, a GI, the State, Veilig Thuis, families. */
export interface Stakeholder {
  id: string;
  label: string;
}

/** The usage measures a parameter can be bound to (sums over the matching bundle cells). */
export type UsageMeasure = 'indications' | 'families' | 'hoursUsed' | 'hoursAvailable' | 'ltExtraHours';

/**
 * *v2.* Where a parameter takes its value from a prepared bundle (`computeBusinessCase(model,
 * {data})`). Either `year` (a calendar year: its quarters, months or the year itself) or `period`
 * (one period id: `2025`, `2025-Q2`, `2025-07`).
 */
export type DataBinding =
  | { file: 'usage'; measure: UsageMeasure; product: '1' | '2a' | '2b'; year?: number; period?: string; annualise?: boolean }
  | { file: 'indicators'; indicator: string; year?: number; period?: string; annualise?: boolean };

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
  /** *v2.* The price year of `value` (a euro amount); indexed to the model's `priceYear`. */
  priceYear?: number;
  /** *v2.* The index series of `indices` to use; may be left out when the model has exactly one. */
  index?: string;
  /** *v2.* Take the value from the data bundle (see `DataBinding`). */
  data?: DataBinding;
  /** *v2.* The what-if slider's step; default 1% of the range. */
  step?: number;
}

export type ItemType = 'cost' | 'benefit';
/** `incidental`: one-off (start-up) costs or benefits; `structural`: recurring ones. */
export type ItemKind = 'incidental' | 'structural';
/** `municipality` (default): computed per municipality; `region`: once for the whole region. */
export type ItemScope = 'municipality' | 'region';
/**
 * *v2.* `cash` (default): money changes hands (tariffs, contracts, State costs). `capacity`: time
 * of people already on the payroll, spent or freed; valuable, but no budget saving.
 */
export type ItemNature = 'cash' | 'capacity';

/**
 * One cost or benefit line. Amount in year t = Π quantity × Π unitCost × ramp(t − lag), when it
 * applies at t − lag (each euro factor indexed to the model's price year).
 */
export interface Item {
  id: string;
  label: string;
  type: ItemType;
  kind: ItemKind;
  /**
   * A stakeholder id: who pays (cost) or who saves (benefit). *v2:* or `{stakeholderId: share}`,
   * shares > 0 adding up to 1.
   */
  stakeholder: string | Record<string, number>;
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
  /** *v2.* Default `cash`. */
  nature?: ItemNature;
  /** *v2.* Whole years ≥ 0 by which the whole schedule (years, from, ramp) shifts; default 0. */
  lag?: number;
  /** *v2.* A `scope: "region"` item: the parameter whose values per municipality split it. */
  allocate?: string;
  /** *v2.* Set by `applyScenario` for the scenario's `exclude`: left out of every total. */
  excluded?: boolean;
}

/** A pro-memorie post: an effect that is real but has no euro figure. Listed, never summed. */
export interface PmPost {
  label: string;
  stakeholder: string;
}

/** A named set of parameter values (pessimistic, expected, optimistic …), or an alternative. */
export interface Scenario {
  id: string;
  label: string;
  /** Parameter values; required in version 1, default `{}` in version 2. */
  values?: Record<string, number>;
  /** *v2.* Item ids the scenario leaves out (an alternative: "continue" without the start-up costs). */
  exclude?: string[];
}

/** A municipality with its own parameter values over the base values. */
export interface Municipality {
  id: string;
  label: string;
  values: Record<string, number>;
  /** *v2.* The municipality's name in the data bundle; default its `label`. */
  dataName?: string;
}

/** The whole model file. */
export interface BusinessCaseModel {
  /** Optional pointer to the JSON Schema, for editors. */
  $schema?: string;
  format: 'mbc-business-case';
  version: 1 | 2;
  title: string;
  description?: string;
  /** Only `"EUR"` is supported. Default `"EUR"`. */
  currency?: 'EUR';
  startYear: number;
  /** Number of years, default 5. Year offsets run 0 … horizonYears − 1. */
  horizonYears?: number;
  /** Default 0.0225, the Dutch standard (real) rate for social cost-benefit analysis since 2021. */
  discountRate?: number;
  /** *v2.* The year whose constant prices every euro the engine reports is in. */
  priceYear?: number;
  /** *v2.* Price index series: `{name: {"<year>": value}}`, e.g. CBS consumer prices. */
  indices?: Record<string, Record<string, number>>;
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
  | 'unknown-item'
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
  | 'invalid-option'
  | 'price-year-out-of-range'
  | 'price-year-without-indices'
  | 'index-year-missing'
  | 'unknown-index'
  | 'ambiguous-index'
  | 'index-value'
  | 'share-invalid'
  | 'shares-sum'
  | 'lag-invalid'
  | 'lag-beyond-horizon'
  | 'allocate-not-region'
  | 'allocation-key-zero'
  | 'binding-file'
  | 'binding-measure'
  | 'binding-product'
  | 'binding-period'
  | 'step-invalid'
  | 'amount-not-finite';

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
 *   `{municipality: id}` for one municipality; `{municipalities: [ids]}` for the sum of several;
 *   `{region: false}` for the model computed as one case at its base values, all items,
 *   ignoring `scope`.
 */
export interface CaseOptions {
  municipality?: string;
  /**
   * The sum of several municipalities: each one's municipality items and its allocated share of
   * the allocated region items (`allocate`); unallocated region items are left out.
   */
  municipalities?: string[];
  region?: boolean;
  /**
   * What-if values that override the base values, the municipalities' own values and the data,
   * in every municipality and for the region items. Used by the what-if sliders.
   */
  values?: Record<string, number>;
  /** *v2.* A prepared bundle: parameters with `data` take their values from it. */
  data?: Bundle;
}

export interface ComputeOptions extends CaseOptions {
  /** Language of the readable formulas; Dutch by default. */
  lang?: Lang;
}

export interface MonteCarloOptions extends CaseOptions {
  /** Number of draws, a whole number from 1 to 1,000,000 (`MAX_RUNS`). Default 10,000. */
  runs?: number;
  /** Seed of the mulberry32 generator; any number, taken as an unsigned 32-bit integer. Default 1. */
  seed?: number;
  /** Also return every run's NPV, sorted ascending, as `samples`. Default false. */
  keepSamples?: boolean;
}

export type {
  BusinessCaseResult,
  BoundValue,
  CaseBasis,
  DataNote,
  FactorText,
  ItemResult,
  MonteCarloResult,
  MunicipalityResult,
  NatureTotals,
  PmResult,
  SensitivityRow,
  StakeholderResult,
  Totals,
  YearResult,
} from './result-types.js';
