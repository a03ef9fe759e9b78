import type { Lang } from '../i18n/lang.js';
import { modelMessage } from '../i18n/model-messages.js';
import { bindValues } from './bind.js';
import { itemBase, type CompiledItem, type CompiledModel } from './compile.js';
import { ModelOptionError } from './errors.js';
import { suggest } from './suggest.js';
import type { BoundValue, CaseBasis, CaseOptions, Parameter } from './types.js';

/**
 * Resolving the case options against a compiled model: which items are evaluated with which
 * value vector, and with which weight. Each value vector is: base values (a scenario already
 * applied) < the municipality's own values < the data (bound parameters) < what-if values.
 */

/** A set of items evaluated with one vector of values (one municipality, the region items, or the model). */
export interface Group {
  values: Float64Array;
  items: CompiledItem[];
  municipality?: { id: string; label: string };
  /** Multiplier of every amount: a municipality's share of an allocated region item; 1 otherwise. */
  weight: number;
  /** For an allocated region item: its key parameter and the share. */
  allocation?: { key: string; keyLabel: string; share: number };
  /** The bindings of this vector, by value slot (for the formulas). */
  bound: Map<number, BoundValue>;
}

/** What to evaluate for the requested case. */
export interface Plan {
  compiled: CompiledModel;
  basis: CaseBasis;
  groups: Group[];
  /** The values that define "the value" of a parameter in this case (sensitivity rows, Monte Carlo mode, break-even range). */
  reference: Float64Array;
  /** Items the scenario excludes that the case would otherwise evaluate, with their groups (for the listing). */
  excluded: Map<number, Group[]>;
  /** Region items the case leaves out (municipality and sum cases: not allocated), with the region vector. */
  uncarried: Array<{ item: CompiledItem; values: Float64Array }>;
  /** The bindings of every vector the case evaluates. */
  bindings: BoundValue[];
  /**
   * Region and sum views: for each allocated region item (by position in `model.items`), each
   * municipality's share. Used only to attribute region items in `byMunicipality`.
   */
  regionShares: Map<number, { shares: Map<string, number>; values: Float64Array }>;
}

interface Vector {
  values: Float64Array;
  bound: BoundValue[];
}

function optionError(lang: Lang, field: string, expected: Parameters<typeof modelMessage>[1], found: unknown): ModelOptionError {
  const shown = typeof found === 'string' ? JSON.stringify(found) : String(found);
  return new ModelOptionError({
    path: `options.${field}`,
    code: 'invalid-option',
    message: modelMessage(lang, 'invalid-option', { field, expected: modelMessage(lang, expected), found: shown }),
  });
}

function unknownMunicipality(compiled: CompiledModel, id: string, path: string, lang: Lang): ModelOptionError {
  const suggestion = suggest(
    id,
    compiled.municipalities.map((x) => x.id),
  );
  const hint = suggestion === undefined ? '' : modelMessage(lang, 'did-you-mean', { suggestion });
  return new ModelOptionError({
    path,
    code: 'unknown-municipality',
    message: modelMessage(lang, 'unknown-municipality', { id, hint }),
    ...(suggestion === undefined ? {} : { suggestion }),
  });
}

/** What-if values as [slot, value] pairs, checked. */
function whatIfValues(compiled: CompiledModel, values: unknown, lang: Lang): Array<[number, number]> {
  if (values === undefined) return [];
  if (values === null || typeof values !== 'object' || Array.isArray(values)) throw optionError(lang, 'values', 'expected.object', values);
  const pairs: Array<[number, number]> = [];
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
    if (typeof value !== 'number' || !Number.isFinite(value)) throw optionError(lang, `values['${id}']`, 'expected.number', value);
    pairs.push([slot, value]);
  }
  return pairs;
}

/** Check the options; returns the selected municipalities' ids for a sum, if any. */
function checkOptions(compiled: CompiledModel, options: CaseOptions, lang: Lang): string[] | undefined {
  if (options === null || typeof options !== 'object') throw optionError(lang, 'options', 'expected.object', options);
  const { municipality, municipalities, region } = options;
  if (region !== undefined && typeof region !== 'boolean') throw optionError(lang, 'region', 'expected.boolean', region);
  if (municipality !== undefined && typeof municipality !== 'string') throw optionError(lang, 'municipality', 'expected.string', municipality);
  const several = municipalities !== undefined;
  if ((municipality !== undefined || several) && region === true) {
    throw new ModelOptionError({ path: 'options', code: 'conflicting-options', message: modelMessage(lang, 'conflicting-options') });
  }
  if (!several) return undefined;
  if (municipality !== undefined) {
    throw new ModelOptionError({ path: 'options', code: 'conflicting-options', message: modelMessage(lang, 'conflicting-options') });
  }
  if (!Array.isArray(municipalities) || municipalities.length === 0 || municipalities.some((m) => typeof m !== 'string')) {
    throw optionError(lang, 'municipalities', 'expected.ids', municipalities);
  }
  municipalities.forEach((id, i) => {
    if (!compiled.municipalities.some((m) => m.id === id)) throw unknownMunicipality(compiled, id, `options.municipalities[${i}]`, lang);
  });
  return [...new Set(municipalities)];
}

/** Resolve the case options against a compiled model into groups of items and value vectors. */
export function planCase(compiled: CompiledModel, options: CaseOptions = {}, lang: Lang = 'nl'): Plan {
  const selected = checkOptions(compiled, options, lang);
  const whatIf = whatIfValues(compiled, options.values, lang);
  const data = options.data ?? undefined;

  const vector = (overrides: Array<[number, number]>, target: { municipality: string | null; dataName: string | null }): Vector => {
    const values = Float64Array.from(compiled.baseValues);
    for (const [slot, value] of overrides) values[slot] = value;
    const bound = data && compiled.bound.length ? bindValues(data, compiled.bound, values, target) : [];
    for (const [slot, value] of whatIf) values[slot] = value;
    return { values, bound };
  };
  const group = (v: Vector, items: CompiledItem[], extra: Partial<Group> = {}): Group => ({
    values: v.values,
    items,
    weight: 1,
    bound: new Map(v.bound.map((b) => [compiled.parameterIndex.get(b.parameter)!, b])),
    ...extra,
  });

  const all = compiled.items;
  const municipalItems = all.filter((i) => i.scope === 'municipality');
  const regionItems = all.filter((i) => i.scope === 'region');
  const regionVector = (): Vector => vector([], { municipality: null, dataName: null });
  const municipalityVectors = () => compiled.municipalities.map((m) => ({ m, v: vector(m.overrides, { municipality: m.id, dataName: m.dataName }) }));

  let basis: CaseBasis;
  let groups: Group[];
  let reference: Float64Array;
  let bindings: BoundValue[];
  const uncarried: Plan['uncarried'] = [];
  const regionShares: Plan['regionShares'] = new Map();
  /**
   * Each municipality's share of an allocated item: key(m) / Σ key(j). Null when the keys add up
   * to 0 (or to no number): then no municipality carries the item, which is listed with the
   * region items none carries, so that the municipalities still add up to the region minus them.
   */
  const sharesOf = (item: CompiledItem, vectors: Array<{ m: { id: string }; v: Vector }>): Map<string, number> | null => {
    const keys = vectors.map(({ m, v }) => [m.id, v.values[item.allocateSlot]!] as const);
    const total = keys.reduce((sum, [, key]) => sum + key, 0);
    if (total === 0 || !Number.isFinite(total)) return null;
    return new Map(keys.map(([id, key]) => [id, key / total]));
  };
  /** The values that define "the value" of a parameter in the region and sum views: the model's own (and the what-if values), not one municipality's or the region rows' data. */
  const modelValues = (): Float64Array => {
    const values = Float64Array.from(compiled.baseValues);
    for (const [slot, value] of whatIf) values[slot] = value;
    return values;
  };

  const hasMunicipalities = compiled.municipalities.length > 0;
  if (options.municipality !== undefined || selected !== undefined) {
    const ids = selected ?? [options.municipality!];
    const vectors = municipalityVectors();
    const chosen = ids.map((id) => {
      const found = vectors.find((x) => x.m.id === id);
      if (!found) throw unknownMunicipality(compiled, id, 'options.municipality', lang);
      return found;
    });
    groups = chosen.map(({ m, v }) => group(v, municipalItems, { municipality: { id: m.id, label: m.label } }));
    bindings = chosen.flatMap(({ v }) => v.bound);
    const region = regionVector();
    let regionUsed = false;
    for (const item of regionItems) {
      if (item.allocateSlot < 0) {
        uncarried.push({ item, values: region.values });
        continue;
      }
      const shares = sharesOf(item, vectors);
      if (!shares) {
        uncarried.push({ item, values: region.values });
        continue;
      }
      const share = ids.reduce((sum, id) => sum + shares.get(id)!, 0);
      if (selected !== undefined && !item.excluded) regionShares.set(item.index, { shares, values: region.values });
      const key = compiled.parameters[item.allocateSlot]!;
      groups.push(group(region, [item], { weight: share, allocation: { key: key.id, keyLabel: key.label, share } }));
      // An excluded item is listed (amounts 0) but reads no data: its bindings are not the case's.
      if (!item.excluded) regionUsed = true;
    }
    if (regionUsed) bindings.push(...region.bound);
    if (selected === undefined) {
      const only = chosen[0]!;
      basis = { kind: 'municipality', municipality: only.m.id, label: only.m.label };
      reference = only.v.values;
    } else {
      basis = { kind: 'sum', municipalities: chosen.map(({ m }) => m.id) };
      reference = modelValues();
    }
  } else if (!hasMunicipalities || options.region === false) {
    const v = regionVector();
    basis = { kind: 'model' };
    groups = [group(v, all)];
    reference = v.values;
    bindings = v.bound;
  } else {
    const vectors = municipalityVectors();
    const region = regionVector();
    groups = vectors.map(({ m, v }) => group(v, municipalItems, { municipality: { id: m.id, label: m.label } }));
    groups.push(group(region, regionItems));
    for (const item of regionItems) {
      const shares = item.allocateSlot >= 0 && !item.excluded ? sharesOf(item, vectors) : null;
      if (shares) regionShares.set(item.index, { shares, values: region.values });
    }
    basis = { kind: 'region', municipalities: compiled.municipalities.map((m) => m.id) };
    reference = modelValues();
    bindings = [...vectors.flatMap(({ v }) => v.bound), ...(regionItems.some((i) => !i.excluded) ? region.bound : [])];
  }

  // Items a scenario excludes leave every group; they are still listed (amounts 0).
  const excluded = new Map<number, Group[]>();
  for (const g of groups) {
    if (!g.items.some((i) => i.excluded)) continue;
    for (const item of g.items) if (item.excluded) excluded.set(item.index, [...(excluded.get(item.index) ?? []), g]);
    g.items = g.items.filter((i) => !i.excluded);
  }
  groups = groups.filter((g) => g.items.length > 0 || g.municipality !== undefined);
  return { compiled, basis, groups, reference, excluded, uncarried: uncarried.filter((u) => !u.item.excluded), bindings, regionShares };
}

/** A plan's yearly totals, and the first item whose amount or running total is not finite (null when all are). */
export interface YearTotals {
  costs: Float64Array;
  benefits: Float64Array;
  nonFinite: { index: number; municipality: string | undefined } | null;
}

/**
 * The yearly costs and benefits of a plan, item by item, exactly as `computeBusinessCase` adds
 * them, so that both agree to the last bit; the validation reads `nonFinite` from the same pass.
 */
export function yearTotals(plan: Plan): YearTotals {
  const { horizon } = plan.compiled;
  const costs = new Float64Array(horizon);
  const benefits = new Float64Array(horizon);
  let nonFinite: YearTotals['nonFinite'] = null;
  for (const group of plan.groups) {
    for (const item of group.items) {
      const base = itemBase(item, group.values) * group.weight;
      const target = item.type === 'cost' ? costs : benefits;
      for (let t = 0; t < horizon; t++) {
        const amount = base * item.schedule[t]!;
        target[t]! += amount;
        if (nonFinite === null && !(Number.isFinite(amount) && Number.isFinite(target[t]!)))
          nonFinite = { index: item.index, municipality: group.municipality?.label };
      }
    }
  }
  return { costs, benefits, nonFinite };
}

/** NPV of a plan: its yearly totals ({@link yearTotals}), discounted. */
export function planNpv(plan: Plan): number {
  const { horizon, discountFactors } = plan.compiled;
  const { costs, benefits } = yearTotals(plan);
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

/** Parameters that have both `low` and `high` (and low ≤ high). */
export function rangedParameters(compiled: CompiledModel): Array<{ slot: number; parameter: Parameter; low: number; high: number }> {
  const out: Array<{ slot: number; parameter: Parameter; low: number; high: number }> = [];
  compiled.parameters.forEach((parameter, slot) => {
    if (typeof parameter.low === 'number' && typeof parameter.high === 'number') {
      out.push({ slot, parameter, low: parameter.low, high: parameter.high });
    }
  });
  return out;
}
