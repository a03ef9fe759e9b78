import type { Lang } from '../i18n/lang.js';
import { modelMessage } from '../i18n/model-messages.js';
import { ModelOptionError, ModelValidationError } from './errors.js';
import { suggest } from './suggest.js';
import { DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON_YEARS, validateModel } from './validate.js';
import type {
  BusinessCaseModel,
  CaseBasis,
  CaseOptions,
  Factor,
  Item,
  ItemKind,
  ItemScope,
  ItemType,
  Parameter,
  Stakeholder,
} from './types.js';

/**
 * The model compiled into a flat evaluator: every factor is resolved once to a slot of a
 * `Float64Array` of values (parameters first, then one slot per number literal), and every item's
 * yearly schedule (`applies(t) × ramp(t)`) and present-value weight are precomputed. Sensitivity,
 * break-even and Monte Carlo then only write parameter slots and multiply.
 */

export interface CompiledItem {
  /** Position in `model.items`. */
  index: number;
  item: Item;
  id: string;
  type: ItemType;
  kind: ItemKind;
  scope: ItemScope;
  stakeholderIndex: number;
  /** −1 for a cost, +1 for a benefit: the item's sign in the NPV. */
  sign: number;
  /** Value slots of the quantity factors, in order. */
  quantity: Int32Array;
  /** Value slots of the unit-cost factors, in order. */
  unitCost: Int32Array;
  /** `applies(t) × ramp(t)` per year offset. */
  schedule: Float64Array;
  /** Σ schedule[t] × discountFactor[t]. */
  pvWeight: number;
}

export interface CompiledMunicipality {
  id: string;
  label: string;
  /** [slot, value] pairs over the base values. */
  overrides: Array<[number, number]>;
}

export interface CompiledModel {
  model: BusinessCaseModel;
  startYear: number;
  horizon: number;
  discountRate: number;
  discountFactors: Float64Array;
  parameters: Parameter[];
  parameterIndex: Map<string, number>;
  /** Base values: parameters' `value`, then number literals. */
  baseValues: Float64Array;
  items: CompiledItem[];
  stakeholders: Stakeholder[];
  municipalities: CompiledMunicipality[];
}

/** A set of items evaluated with one vector of values (one municipality, the region items, or the model). */
export interface Group {
  values: Float64Array;
  items: CompiledItem[];
  municipality?: { id: string; label: string };
}

/** What to evaluate for the requested case. */
export interface Plan {
  compiled: CompiledModel;
  basis: CaseBasis;
  groups: Group[];
  /** The values that define "the value" of a parameter in this case (sensitivity rows, Monte Carlo mode, break-even range). */
  reference: Float64Array;
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

/** Compile a model that `validateModel` accepted. */
export function compileModel(model: BusinessCaseModel): CompiledModel {
  const horizon = model.horizonYears ?? DEFAULT_HORIZON_YEARS;
  const discountRate = model.discountRate ?? DEFAULT_DISCOUNT_RATE;
  const discountFactors = new Float64Array(horizon);
  for (let t = 0; t < horizon; t++) discountFactors[t] = 1 / Math.pow(1 + discountRate, t);

  const parameters = model.parameters;
  const parameterIndex = new Map<string, number>();
  parameters.forEach((p, i) => parameterIndex.set(p.id, i));
  const values: number[] = parameters.map((p) => p.value);
  const slot = (factor: Factor): number => {
    if (typeof factor === 'number') {
      values.push(factor);
      return values.length - 1;
    }
    return parameterIndex.get(factor)!;
  };

  const stakeholderIndex = new Map<string, number>();
  model.stakeholders.forEach((s, i) => stakeholderIndex.set(s.id, i));

  const items = model.items.map((item, index): CompiledItem => {
    const schedule = new Float64Array(horizon);
    let pvWeight = 0;
    for (let t = 0; t < horizon; t++) {
      schedule[t] = appliesIn(item, t) ? rampAt(item.ramp, t) : 0;
      pvWeight += schedule[t]! * discountFactors[t]!;
    }
    return {
      index,
      item,
      id: item.id,
      type: item.type,
      kind: item.kind,
      scope: item.scope ?? 'municipality',
      stakeholderIndex: stakeholderIndex.get(item.stakeholder)!,
      sign: item.type === 'cost' ? -1 : 1,
      quantity: Int32Array.from(item.quantity.map(slot)),
      unitCost: Int32Array.from(item.unitCost.map(slot)),
      schedule,
      pvWeight,
    };
  });

  const municipalities = (model.municipalities ?? []).map(
    (m): CompiledMunicipality => ({
      id: m.id,
      label: m.label,
      overrides: Object.entries(m.values ?? {}).map(([id, v]): [number, number] => [parameterIndex.get(id)!, v]),
    }),
  );

  return {
    model,
    startYear: model.startYear,
    horizon,
    discountRate,
    discountFactors,
    parameters,
    parameterIndex,
    baseValues: Float64Array.from(values),
    items,
    stakeholders: model.stakeholders,
    municipalities,
  };
}

/** The product of the quantity factors times the product of the unit-cost factors. */
export function itemBase(item: CompiledItem, values: Float64Array): number {
  let quantity = 1;
  for (let i = 0; i < item.quantity.length; i++) quantity *= values[item.quantity[i]!]!;
  let unitCost = 1;
  for (let i = 0; i < item.unitCost.length; i++) unitCost *= values[item.unitCost[i]!]!;
  return quantity * unitCost;
}

function invalidOption(lang: Lang, field: string, expected: Parameters<typeof modelMessage>[1], found: unknown): ModelOptionError {
  const shown = typeof found === 'string' ? JSON.stringify(found) : String(found);
  return new ModelOptionError({
    path: `options.${field}`,
    code: 'invalid-option',
    message: modelMessage(lang, 'invalid-option', { field, expected: modelMessage(lang, expected), found: shown }),
  });
}

/** Validate and compile, or throw `ModelValidationError` with the validator's errors. */
export function compileValidated(model: BusinessCaseModel, lang: Lang = 'nl'): CompiledModel {
  const { errors, warnings } = validateModel(model, { lang });
  if (errors.length > 0) {
    const message = modelMessage(lang, 'validation-failed', { n: errors.length, first: `${errors[0]!.path}: ${errors[0]!.message}` });
    throw new ModelValidationError(message, errors, warnings);
  }
  return compileModel(model);
}

/** Resolve the case options against a compiled model into groups of items and value vectors. */
export function planCase(compiled: CompiledModel, options: CaseOptions = {}, lang: Lang = 'nl'): Plan {
  if (options === null || typeof options !== 'object') throw invalidOption(lang, 'options', 'expected.object', options);
  const { municipality, region, values } = options;
  if (region !== undefined && typeof region !== 'boolean') throw invalidOption(lang, 'region', 'expected.boolean', region);
  if (municipality !== undefined && typeof municipality !== 'string') {
    throw invalidOption(lang, 'municipality', 'expected.string', municipality);
  }
  if (municipality !== undefined && region === true) {
    throw new ModelOptionError({
      path: 'options',
      code: 'conflicting-options',
      message: modelMessage(lang, 'conflicting-options'),
    });
  }

  // What-if values: override the base and every municipality's own values.
  const whatIf: Array<[number, number]> = [];
  if (values !== undefined) {
    if (values === null || typeof values !== 'object' || Array.isArray(values)) {
      throw invalidOption(lang, 'values', 'expected.object', values);
    }
    for (const [id, value] of Object.entries(values)) {
      const slot = compiled.parameterIndex.get(id);
      if (slot === undefined) {
        const suggestion = suggest(id, compiled.parameterIndex.keys());
        const hint = suggestion === undefined ? '' : modelMessage(lang, 'did-you-mean', { suggestion });
        throw new ModelOptionError({
          path: `options.values['${id}']`,
          code: 'unknown-parameter',
          message: modelMessage(lang, 'unknown-parameter', { id, hint }),
          ...(suggestion === undefined ? {} : { suggestion }),
        });
      }
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw invalidOption(lang, `values['${id}']`, 'expected.number', value);
      }
      whatIf.push([slot, value]);
    }
  }

  const vector = (overrides: Array<[number, number]>): Float64Array => {
    const v = Float64Array.from(compiled.baseValues);
    for (const [slot, value] of overrides) v[slot] = value;
    for (const [slot, value] of whatIf) v[slot] = value;
    return v;
  };

  const all = compiled.items;
  const hasMunicipalities = compiled.municipalities.length > 0;

  if (municipality !== undefined) {
    const m = compiled.municipalities.find((x) => x.id === municipality);
    if (!m) {
      const suggestion = suggest(municipality, compiled.municipalities.map((x) => x.id));
      const hint = suggestion === undefined ? '' : modelMessage(lang, 'did-you-mean', { suggestion });
      throw new ModelOptionError({
        path: 'options.municipality',
        code: 'unknown-municipality',
        message: modelMessage(lang, 'unknown-municipality', { id: municipality, hint }),
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
    const values = vector(m.overrides);
    return {
      compiled,
      basis: { kind: 'municipality', municipality: m.id, label: m.label },
      groups: [{ values, items: all.filter((i) => i.scope === 'municipality'), municipality: { id: m.id, label: m.label } }],
      reference: values,
    };
  }

  if (!hasMunicipalities || region === false) {
    const values = vector([]);
    return { compiled, basis: { kind: 'model' }, groups: [{ values, items: all }], reference: values };
  }

  const municipalItems = all.filter((i) => i.scope === 'municipality');
  const groups: Group[] = compiled.municipalities.map((m) => ({
    values: vector(m.overrides),
    items: municipalItems,
    municipality: { id: m.id, label: m.label },
  }));
  const regionValues = vector([]);
  groups.push({ values: regionValues, items: all.filter((i) => i.scope === 'region') });
  return {
    compiled,
    basis: { kind: 'region', municipalities: compiled.municipalities.map((m) => m.id) },
    groups,
    reference: regionValues,
  };
}

/**
 * NPV of a plan, accumulated exactly as `computeBusinessCase` does (yearly costs and benefits
 * first, then discounted), so that both agree to the last bit.
 */
export function planNpv(plan: Plan): number {
  const { horizon, discountFactors } = plan.compiled;
  const costs = new Float64Array(horizon);
  const benefits = new Float64Array(horizon);
  for (const group of plan.groups) {
    for (const item of group.items) {
      const base = itemBase(item, group.values);
      const target = item.type === 'cost' ? costs : benefits;
      for (let t = 0; t < horizon; t++) target[t]! += base * item.schedule[t]!;
    }
  }
  let pvCosts = 0;
  let pvBenefits = 0;
  for (let t = 0; t < horizon; t++) {
    pvCosts += costs[t]! * discountFactors[t]!;
    pvBenefits += benefits[t]! * discountFactors[t]!;
  }
  return pvBenefits - pvCosts;
}

/** Write one parameter value into every group of a plan. */
export function setEverywhere(plan: Plan, slot: number, value: number): void {
  for (const group of plan.groups) group.values[slot] = value;
}

/** Look up a parameter for an argument, or throw `ModelOptionError` with a suggestion. */
export function parameterSlot(compiled: CompiledModel, parameterId: unknown, lang: Lang): number {
  const slot = typeof parameterId === 'string' ? compiled.parameterIndex.get(parameterId) : undefined;
  if (slot !== undefined) return slot;
  const id = String(parameterId);
  const suggestion = suggest(id, compiled.parameterIndex.keys());
  const hint = suggestion === undefined ? '' : modelMessage(lang, 'did-you-mean', { suggestion });
  throw new ModelOptionError({
    path: 'parameterId',
    code: 'unknown-parameter',
    message: modelMessage(lang, 'unknown-parameter', { id, hint }),
    ...(suggestion === undefined ? {} : { suggestion }),
  });
}

/** Parameters that have both `low` and `high` (validated: low ≤ value ≤ high). */
export function rangedParameters(compiled: CompiledModel): Array<{ slot: number; parameter: Parameter; low: number; high: number }> {
  const out: Array<{ slot: number; parameter: Parameter; low: number; high: number }> = [];
  compiled.parameters.forEach((parameter, slot) => {
    if (typeof parameter.low === 'number' && typeof parameter.high === 'number') {
      out.push({ slot, parameter, low: parameter.low, high: parameter.high });
    }
  });
  return out;
}
