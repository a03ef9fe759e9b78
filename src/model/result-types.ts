import type { ItemKind, ItemNature, ItemScope, ItemType } from './types.js';

/**
 * The results the engine computes from a model. Public API; see the README.
 *
 * The fields that version 2 added are marked optional (`?`) only so that results built by hand
 * (tests, older code) still type-check; `computeBusinessCase` always sets them, also for a
 * version-1 model (where every item is `cash`, shares are single, lags 0 and there is no data).
 */

/** What a result describes. */
export type CaseBasis =
  | { kind: 'model' }
  | { kind: 'municipality'; municipality: string; label: string }
  | { kind: 'sum'; municipalities: string[] }
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

/** Present values over the items of one nature (cash or capacity). */
export interface NatureTotals {
  pvCosts: number;
  pvBenefits: number;
  /** pvBenefits − pvCosts. */
  npv: number;
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
  /** Over the `cash` items (all items of a version-1 model). Always set by the engine. */
  cash?: NatureTotals;
  /** Over the `capacity` items. cash + capacity = the totals above. Always set by the engine. */
  capacity?: NatureTotals;
}

export interface StakeholderResult {
  id: string;
  label: string;
  costs: number;
  benefits: number;
  pvCosts: number;
  pvBenefits: number;
  npv: number;
  /** The NPV over this stakeholder's cash items only. Always set by the engine. */
  cashNpv?: number;
}

/** One factor of an item's formula, named and valued. */
export interface FactorText {
  /** The parameter id, or null for a number literal. */
  parameter: string | null;
  /** The parameter's label ('' for a literal). */
  label: string;
  /** The value used, as written (before price indexing); in the region view the sum over municipalities when it differs per municipality. */
  value: number;
  unit: string;
  /** The value with its unit, as in the formula: `25 uur`, `€ 82,50`, `508 indicaties (gegevens 2025)`. */
  text: string;
  illustrative: boolean;
}

export interface ItemResult {
  id: string;
  label: string;
  type: ItemType;
  kind: ItemKind;
  /** The stakeholder id; for an item split over several, the one with the largest share. */
  stakeholder: string;
  /** Every stakeholder's share of the item (one entry of share 1 when not split). */
  shares?: Array<{ stakeholder: string; share: number }>;
  scope: ItemScope;
  /** Always set by the engine (`cash` by default). */
  nature?: ItemNature;
  /** Years by which the item's schedule is shifted. Always set by the engine. */
  lag?: number;
  /** Amount per year offset (undiscounted), in the model's price year. */
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
  /** True when the scenario (an alternative) leaves the item out: amounts are 0. */
  excluded?: boolean;
  /** A region item carried by one municipality (or a sum): its share and the key. */
  allocation?: { key: string; keyLabel: string; share: number };
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

/** A bound parameter whose value could not be taken from the data. */
export interface DataNote {
  parameter: string;
  /** The model municipality's id, or null for the region rows. */
  municipality: string | null;
  reason: 'suppressed' | 'missing';
}

/** Where one bound parameter's value came from in one value set (a municipality or the region rows). */
export interface BoundValue {
  parameter: string;
  municipality: string | null;
  /** The value without data: the municipality's value, else the base (scenario) value. */
  planned: number;
  /** The value used: from the data, or `planned` on a fallback. */
  value: number;
  /** `data` when the bundle supplied it. */
  origin: 'data' | 'fallback';
  reason?: 'suppressed' | 'missing';
  /** The year (`"2025"`) or period (`"2025-Q2"`) of the binding. */
  period: string;
  /** True when the sum was scaled to a full year. */
  annualised: boolean;
}

/** A region item that the case leaves out: no municipality carries it (no `allocate`). */
export interface UncarriedItem {
  id: string;
  label: string;
  type: ItemType;
  /** Its present value in the region case. */
  pv: number;
}

export interface BusinessCaseResult {
  basis: CaseBasis;
  startYear: number;
  horizonYears: number;
  discountRate: number;
  /** The model's price year, or null (a version-1 model). */
  priceYear?: number | null;
  years: YearResult[];
  totals: Totals;
  byStakeholder: StakeholderResult[];
  byItem: ItemResult[];
  /** Region and sum views: per municipality its municipality items and allocated shares (in the order of the case). */
  byMunicipality: MunicipalityResult[];
  pm: PmResult[];
  /** Municipality and sum cases: the region items no municipality carries (not in these totals). */
  uncarried?: UncarriedItem[];
  /** Every bound parameter in every value set of the case (empty without `data`). */
  bindings?: BoundValue[];
  /** The bindings that fell back to the model's value. */
  dataNotes?: DataNote[];
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
