import { DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON_YEARS } from './defaults.js';
import type { BusinessCaseModel, DataBinding, Factor, Item, ItemKind, ItemNature, ItemScope, ItemType, Parameter, Stakeholder } from './types.js';

/**
 * The model compiled into a flat evaluator: every factor is resolved once to a slot of a
 * `Float64Array` of values (parameters first, then one slot per number literal), and every item's
 * yearly schedule (`applies(t − lag) × ramp(t − lag)`), price-index factor and present-value
 * weight are precomputed. Sensitivity, break-even and Monte Carlo then only write parameter slots
 * and multiply. Values stay as written (each in its own price year); `priceFactor` brings an
 * item's amount into the model's price year.
 */

export interface CompiledItem {
  /** Position in `model.items`. */
  index: number;
  item: Item;
  id: string;
  type: ItemType;
  kind: ItemKind;
  scope: ItemScope;
  nature: ItemNature;
  lag: number;
  /** [stakeholder index, share] pairs; one pair of share 1 for a single stakeholder. */
  shares: Array<[number, number]>;
  /** The stakeholder with the largest share (the first on a tie). */
  stakeholderIndex: number;
  /** −1 for a cost, +1 for a benefit: the item's sign in the NPV. */
  sign: number;
  /** Value slots of the quantity factors, in order. */
  quantity: Int32Array;
  /** Value slots of the unit-cost factors, in order. */
  unitCost: Int32Array;
  /** Π over the factors of each one's price-index ratio (1 without price years). */
  priceFactor: number;
  /** `applies(t − lag) × ramp(t − lag)` per year offset (0 before the lag). */
  schedule: Float64Array;
  /** Σ schedule[t] × discountFactor[t]. */
  pvWeight: number;
  /** Set by a scenario's `exclude`: left out of every total. */
  excluded: boolean;
  /** Value slot of the `allocate` key, or −1. */
  allocateSlot: number;
}

export interface CompiledMunicipality {
  id: string;
  label: string;
  /** The municipality's name in a data bundle (`dataName`, default its label). */
  dataName: string;
  /** [slot, value] pairs over the base values. */
  overrides: Array<[number, number]>;
}

export interface CompiledModel {
  model: BusinessCaseModel;
  version: 1 | 2;
  startYear: number;
  horizon: number;
  discountRate: number;
  priceYear: number | null;
  discountFactors: Float64Array;
  parameters: Parameter[];
  parameterIndex: Map<string, number>;
  /** Base values: parameters' `value`, then number literals. */
  baseValues: Float64Array;
  /** Per parameter slot: indices[index][priceYear] / indices[index][parameter.priceYear], else 1. */
  priceRatios: Float64Array;
  /** The parameters bound to the data (version 2), in model order. */
  bound: Array<{ slot: number; id: string; binding: DataBinding }>;
  items: CompiledItem[];
  stakeholders: Stakeholder[];
  municipalities: CompiledMunicipality[];
}

/** The multiplier of year offset t: the ramp's t-th value, its last value past the end, 1 when absent. */
export function rampAt(ramp: readonly number[] | undefined, t: number): number {
  if (!ramp || ramp.length === 0) return 1;
  return t < ramp.length ? ramp[t]! : ramp[ramp.length - 1]!;
}

/** Whether an item applies in year offset t (incidental: t in `years`, default [0]; structural: t ≥ `from`, default 0). */
export function appliesIn(item: Item, t: number): boolean {
  if (item.kind === 'incidental') return (item.years ?? [0]).includes(t);
  return t >= (item.from ?? 0);
}

/** The index series a priced parameter uses: its `index`, or the model's only series. */
export function seriesOf(model: BusinessCaseModel, parameter: Parameter): string | undefined {
  if (parameter.index !== undefined) return parameter.index;
  const names = Object.keys(model.indices ?? {});
  return names.length === 1 ? names[0] : undefined;
}

/** indices[index][model.priceYear] / indices[index][parameter.priceYear] when both years are set; else 1. */
export function priceRatio(model: BusinessCaseModel, parameter: Parameter): number {
  if (model.version !== 2 || model.priceYear === undefined || parameter.priceYear === undefined) return 1;
  const series = model.indices?.[seriesOf(model, parameter) ?? ''];
  if (!series) return 1;
  return series[String(model.priceYear)]! / series[String(parameter.priceYear)]!;
}

/** The stakeholder field as [id, share] pairs (a string is one stakeholder with share 1). */
export function sharesOf(stakeholder: Item['stakeholder']): Array<[string, number]> {
  return typeof stakeholder === 'string' ? [[stakeholder, 1]] : Object.entries(stakeholder);
}

/** Compile a model that `validateModel` accepted. */
export function compileModel(model: BusinessCaseModel): CompiledModel {
  const v2 = model.version === 2;
  const horizon = model.horizonYears ?? DEFAULT_HORIZON_YEARS;
  const discountRate = model.discountRate ?? DEFAULT_DISCOUNT_RATE;
  const discountFactors = new Float64Array(horizon);
  for (let t = 0; t < horizon; t++) discountFactors[t] = 1 / Math.pow(1 + discountRate, t);

  const parameters = model.parameters;
  const parameterIndex = new Map<string, number>();
  parameters.forEach((p, i) => parameterIndex.set(p.id, i));
  const values: number[] = parameters.map((p) => p.value);
  const ratios: number[] = parameters.map((p) => priceRatio(model, p));
  const slot = (factor: Factor): number => {
    if (typeof factor === 'number') {
      values.push(factor);
      ratios.push(1);
      return values.length - 1;
    }
    return parameterIndex.get(factor)!;
  };

  const stakeholderIndex = new Map<string, number>();
  model.stakeholders.forEach((s, i) => stakeholderIndex.set(s.id, i));

  const items = model.items.map((item, index): CompiledItem => {
    const lag = v2 ? (item.lag ?? 0) : 0;
    const schedule = new Float64Array(horizon);
    let pvWeight = 0;
    for (let t = 0; t < horizon; t++) {
      const s = t - lag;
      schedule[t] = s >= 0 && appliesIn(item, s) ? rampAt(item.ramp, s) : 0;
      pvWeight += schedule[t]! * discountFactors[t]!;
    }
    const shares = (v2 ? sharesOf(item.stakeholder) : [[item.stakeholder as string, 1] as [string, number]]).map(([id, share]): [number, number] => [
      stakeholderIndex.get(id)!,
      share,
    ]);
    const primary = shares.reduce((best, s) => (s[1] > best[1] ? s : best), shares[0]!);
    const quantity = Int32Array.from(item.quantity.map(slot));
    const unitCost = Int32Array.from(item.unitCost.map(slot));
    let priceFactor = 1;
    for (const s of [...quantity, ...unitCost]) priceFactor *= ratios[s]!;
    return {
      index,
      item,
      id: item.id,
      type: item.type,
      kind: item.kind,
      scope: item.scope ?? 'municipality',
      nature: v2 ? (item.nature ?? 'cash') : 'cash',
      lag,
      shares,
      stakeholderIndex: primary[0],
      sign: item.type === 'cost' ? -1 : 1,
      quantity,
      unitCost,
      priceFactor,
      schedule,
      pvWeight,
      excluded: v2 && item.excluded === true,
      allocateSlot: v2 && item.allocate !== undefined ? parameterIndex.get(item.allocate)! : -1,
    };
  });

  const municipalities = (model.municipalities ?? []).map((m): CompiledMunicipality => ({
    id: m.id,
    label: m.label,
    dataName: v2 && typeof m.dataName === 'string' ? m.dataName : m.label,
    overrides: Object.entries(m.values ?? {}).map(([id, v]): [number, number] => [parameterIndex.get(id)!, v]),
  }));

  const bound = v2 ? parameters.flatMap((p, i) => (p.data ? [{ slot: i, id: p.id, binding: p.data }] : [])) : [];

  return {
    model,
    version: v2 ? 2 : 1,
    startYear: model.startYear,
    horizon,
    discountRate,
    priceYear: v2 && model.priceYear !== undefined ? model.priceYear : null,
    discountFactors,
    parameters,
    parameterIndex,
    baseValues: Float64Array.from(values),
    priceRatios: Float64Array.from(ratios),
    bound,
    items,
    stakeholders: model.stakeholders,
    municipalities,
  };
}

/** The product of the quantity factors times the product of the unit-cost factors, in the model's price year. */
export function itemBase(item: CompiledItem, values: Float64Array): number {
  let quantity = 1;
  for (let i = 0; i < item.quantity.length; i++) quantity *= values[item.quantity[i]!]!;
  let unitCost = 1;
  for (let i = 0; i < item.unitCost.length; i++) unitCost *= values[item.unitCost[i]!]!;
  return quantity * unitCost * item.priceFactor;
}
