import type { Lang } from '../i18n/lang.js';
import { childPath } from './json-path.js';
import { DEFAULT_HORIZON_YEARS, PLAUSIBLE_DISCOUNT_RATE_MAX } from './defaults.js';
import { checkAmounts } from './validate-amounts.js';
import { cachedValidation, rememberValidation, validationKey } from './validation-cache.js';
import { Collector, checkObjects, collectIds, isObject, truncate } from './validate-collector.js';
import { checkFactor, checkSchedule, checkValues, type ParamInfo } from './validate-parts.js';
import { checkExclude, checkIndices, checkItemV2, checkParameterV2, checkShares } from './validate-v2.js';
import type { BusinessCaseModel, ValidateOptions, ValidationResult } from './types.js';

/**
 * `validateModel(model, {lang})`: every problem of a business-case model file, as errors (the
 * engine refuses to compute) and warnings (it computes, but something is probably unintended).
 * It never throws and never hangs: any input, also `null`, a string or an object with cycles,
 * gives a result. It reads only the fields the format defines.
 *
 * Errors: wrong `format` or `version` (1 or 2); a missing required field; a field of the wrong
 * type; a number that is NaN or ±Infinity; an empty or duplicate id; an unknown parameter,
 * stakeholder or item id (with a did-you-mean suggestion); a factor that is neither a number nor
 * a parameter id; a year outside the horizon; a negative ramp multiplier; `low > high`; a horizon
 * outside 1–100 years; a start year outside 1900–2200; a discount rate below 0 or above 1
 * (absurd) or above 0.15 (outside the plausible range of a social cost-benefit analysis); a
 * currency other than EUR; an amount that is not a finite number (an overflow, e.g. a value of
 * 1e308 times another factor), at the item's path.
 * Version 2 adds: a price year without `indices`, a year missing from its series, an unknown or
 * ambiguous `index`, an index value ≤ 0; an unknown stakeholder in shares, a share ≤ 0, shares
 * that do not add up to 1; an unknown `nature`; a `lag` that is not a whole number ≥ 0;
 * `allocate` on an item that is not `scope: "region"` or naming an unknown parameter; an unknown
 * item in a scenario's `exclude`; a data binding with an unknown `file`, `measure` or `product`,
 * or a malformed `year`/`period`; a slider `step` ≤ 0.
 *
 * Warnings: a missing title or unit; only one of `low`/`high`; a value (base, scenario or
 * municipality) outside `[low, high]`; a ranged parameter that municipalities also set;
 * `years` on a structural or `from` on an incidental item; a duplicate year; an item that applies
 * in no year; a ramp longer than the horizon; `lag` ≥ the horizon; an unknown field (typo, with a
 * suggestion), which includes the version-2 fields in a version-1 file.
 */

export { DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON_YEARS, PLAUSIBLE_DISCOUNT_RATE_MAX } from './defaults.js';

const TOP_FIELDS = [
  '$schema',
  'format',
  'version',
  'title',
  'description',
  'currency',
  'startYear',
  'horizonYears',
  'discountRate',
  'stakeholders',
  'parameters',
  'items',
  'pm',
  'scenarios',
  'municipalities',
];
const STAKEHOLDER_FIELDS = ['id', 'label'];
const PARAMETER_FIELDS = ['id', 'label', 'value', 'low', 'high', 'unit', 'source', 'illustrative'];
const ITEM_FIELDS = ['id', 'label', 'type', 'kind', 'stakeholder', 'quantity', 'unitCost', 'years', 'from', 'ramp', 'scope', 'source'];
const PM_FIELDS = ['label', 'stakeholder'];
const SCENARIO_FIELDS = ['id', 'label', 'values'];
const MUNICIPALITY_FIELDS = ['id', 'label', 'values'];
/** The fields version 2 adds to each object. */
const V2_FIELDS = {
  top: ['priceYear', 'indices'],
  parameter: ['priceYear', 'index', 'data', 'step'],
  item: ['nature', 'lag', 'allocate', 'excluded'],
  scenario: ['exclude'],
  municipality: ['dataName'],
};

/** Validate a business-case model. Never throws. */
export function validateModel(model: unknown, options: ValidateOptions = {}): ValidationResult {
  const lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  const key = validationKey(model, lang);
  const cached = cachedValidation(key);
  if (cached) return cached;
  const c = new Collector(lang);
  try {
    run(c, model);
    // Only a model without errors can be evaluated: then check that every amount is finite.
    if (c.errors.length === 0) checkAmounts(c, model as BusinessCaseModel);
  } catch (error) {
    // Hostile input (a throwing getter, a Proxy): report it rather than throw.
    c.error('$', 'invalid-model', c.msg('invalid-model', { detail: truncate(String(error), 120) }));
  }
  const result = { errors: c.errors, warnings: c.warnings };
  rememberValidation(key, result);
  return result;
}

function run(c: Collector, model: unknown): void {
  if (!isObject(model)) {
    c.wrongType('$', 'model', 'expected.object', model);
    return;
  }
  const root = '$';
  // Version 2 fields are known only in a version-2 file; elsewhere they are unknown fields.
  const v2 = model.version === 2;
  const known = (base: string[], extra: string[]) => (v2 ? [...base, ...extra] : base);
  c.unknownFields(model, root, known(TOP_FIELDS, V2_FIELDS.top));

  if (model.format !== 'mbc-business-case') {
    c.error('$.format', 'format', c.msg('format', { found: c.found(model.format) }));
  }
  if (model.version !== 1 && model.version !== 2) {
    c.error('$.version', 'version', c.msg('version', { found: c.found(model.version) }));
  }
  if (model.title === undefined) c.warn('$.title', 'missing-title', c.msg('missing-title'));
  else c.string(model, 'title', root, false);
  c.string(model, 'description', root, false);
  c.string(model, '$schema', root, false);
  if (model.currency !== undefined && model.currency !== 'EUR') {
    c.error('$.currency', 'currency', c.msg('currency', { found: c.found(model.currency) }));
  }

  const startYear = c.number(model, 'startYear', root, true);
  if (startYear !== undefined && (!Number.isInteger(startYear) || startYear < 1900 || startYear > 2200)) {
    c.error('$.startYear', 'start-year-out-of-range', c.msg('start-year-out-of-range', { found: startYear }));
  }

  let horizon: number | undefined = DEFAULT_HORIZON_YEARS;
  if (model.horizonYears !== undefined) {
    const h = c.number(model, 'horizonYears', root, false);
    if (h === undefined) horizon = undefined;
    else if (!Number.isInteger(h) || h < 1 || h > 100) {
      c.error('$.horizonYears', 'horizon-out-of-range', c.msg('horizon-out-of-range', { found: h }));
      horizon = undefined;
    } else horizon = h;
  }

  if (model.discountRate !== undefined) {
    const r = c.number(model, 'discountRate', root, false);
    if (r !== undefined) {
      if (r < 0 || r > 1) c.error('$.discountRate', 'discount-rate-absurd', c.msg('discount-rate-absurd', { found: r }));
      else if (r > PLAUSIBLE_DISCOUNT_RATE_MAX) {
        c.error('$.discountRate', 'discount-rate-implausible', c.msg('discount-rate-implausible', { found: r }));
      }
    }
  }

  const indexInfo = v2 ? checkIndices(c, model) : { priceYear: undefined, series: null };

  // Stakeholders.
  const stakeholders = c.array(model, 'stakeholders', root, true) ?? [];
  checkObjects(c, stakeholders, '$.stakeholders');
  const stakeholderIds = collectIds(c, stakeholders, '$.stakeholders', true);
  stakeholders.forEach((s, i) => {
    if (!isObject(s)) return;
    const p = childPath('$.stakeholders', i);
    c.string(s, 'label', p, true);
    c.unknownFields(s, p, STAKEHOLDER_FIELDS);
  });

  // Parameters.
  const parameters = c.array(model, 'parameters', root, true) ?? [];
  checkObjects(c, parameters, '$.parameters');
  const parameterIds = collectIds(c, parameters, '$.parameters', true);
  const params = new Map<string, ParamInfo>();
  parameters.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const p = childPath('$.parameters', i);
    c.unknownFields(entry, p, known(PARAMETER_FIELDS, V2_FIELDS.parameter));
    if (v2) checkParameterV2(c, entry, p, indexInfo);
    c.string(entry, 'label', p, true);
    if (entry.unit === undefined) c.warn(childPath(p, 'unit'), 'required', c.msg('required', { field: 'unit' }));
    else c.string(entry, 'unit', p, false);
    c.string(entry, 'source', p, false);
    if (entry.illustrative !== undefined && typeof entry.illustrative !== 'boolean') {
      c.wrongType(childPath(p, 'illustrative'), 'illustrative', 'expected.boolean', entry.illustrative);
    }
    const value = c.number(entry, 'value', p, true);
    const low = c.number(entry, 'low', p, false);
    const high = c.number(entry, 'high', p, false);
    let hasRange = false;
    if (low !== undefined && high !== undefined) {
      if (low > high) c.error(p, 'range-inverted', c.msg('range-inverted', { low, high }));
      else {
        hasRange = true;
        // A warning, not an error: one stale range must not blank the whole business case.
        if (value !== undefined && (value < low || value > high)) {
          c.warn(childPath(p, 'value'), 'value-out-of-range', c.msg('value-out-of-range', { value, low, high, id: String(entry.id) }));
        }
      }
    } else if ((entry.low === undefined) !== (entry.high === undefined)) {
      c.warn(p, 'range-incomplete', c.msg('range-incomplete', { present: entry.low === undefined ? 'high' : 'low' }));
    }
    const id = entry.id;
    if (typeof id === 'string' && parameterIds.get(id) === childPath(p, 'id')) params.set(id, { value, low, high, hasRange });
  });
  const knownParameters = [...parameterIds.keys()];

  // Items.
  const items = c.array(model, 'items', root, true) ?? [];
  checkObjects(c, items, '$.items');
  const itemIds = collectIds(c, items, '$.items', true);
  items.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const p = childPath('$.items', i);
    c.unknownFields(entry, p, known(ITEM_FIELDS, V2_FIELDS.item));
    c.string(entry, 'label', p, true);
    c.string(entry, 'source', p, false);
    c.enumeration(entry, 'type', p, ['cost', 'benefit'], true);
    const kind = c.enumeration(entry, 'kind', p, ['incidental', 'structural'], true);
    c.enumeration(entry, 'scope', p, ['municipality', 'region'], false);
    if (v2 && isObject(entry.stakeholder)) checkShares(c, entry.stakeholder, childPath(p, 'stakeholder'), stakeholderIds);
    else {
      const stakeholder = c.string(entry, 'stakeholder', p, true);
      if (stakeholder !== undefined && !stakeholderIds.has(stakeholder)) {
        c.unknownId(childPath(p, 'stakeholder'), 'unknown-stakeholder', stakeholder, stakeholderIds.keys());
      }
    }
    if (v2) checkItemV2(c, entry, p, horizon, parameterIds);
    for (const key of ['quantity', 'unitCost'] as const) {
      const factors = c.array(entry, key, p, true);
      if (!factors) continue;
      factors.forEach((factor, j) => checkFactor(c, factor, childPath(childPath(p, key), j), parameterIds, knownParameters));
    }
    checkSchedule(c, entry, p, kind, horizon);
  });

  // PM-posts.
  const pm = c.array(model, 'pm', root, false) ?? [];
  checkObjects(c, pm, '$.pm');
  pm.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const p = childPath('$.pm', i);
    c.unknownFields(entry, p, PM_FIELDS);
    c.string(entry, 'label', p, true);
    const stakeholder = c.string(entry, 'stakeholder', p, true);
    if (stakeholder !== undefined && !stakeholderIds.has(stakeholder)) {
      c.unknownId(childPath(p, 'stakeholder'), 'unknown-stakeholder', stakeholder, stakeholderIds.keys());
    }
  });

  // Scenarios (version 2: also alternatives that leave items out; `values` may then be left out).
  const scenarios = c.array(model, 'scenarios', root, false) ?? [];
  checkObjects(c, scenarios, '$.scenarios');
  collectIds(c, scenarios, '$.scenarios', true);
  scenarios.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const p = childPath('$.scenarios', i);
    c.unknownFields(entry, p, known(SCENARIO_FIELDS, V2_FIELDS.scenario));
    c.string(entry, 'label', p, true);
    checkValues(c, entry, p, params, knownParameters, !v2);
    if (v2) checkExclude(c, entry, p, itemIds);
  });

  // Municipalities.
  const municipalities = c.array(model, 'municipalities', root, false) ?? [];
  checkObjects(c, municipalities, '$.municipalities');
  collectIds(c, municipalities, '$.municipalities', true);
  const setByMunicipalities = new Map<string, string>();
  municipalities.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const p = childPath('$.municipalities', i);
    c.unknownFields(entry, p, known(MUNICIPALITY_FIELDS, V2_FIELDS.municipality));
    c.string(entry, 'label', p, true);
    if (v2) c.string(entry, 'dataName', p, false);
    for (const id of checkValues(c, entry, p, params, knownParameters)) {
      if (!setByMunicipalities.has(id)) setByMunicipalities.set(id, childPath(childPath(p, 'values'), id));
    }
  });
  for (const [id, path] of setByMunicipalities) {
    if (params.get(id)?.hasRange) c.warn(path, 'municipal-parameter-range', c.msg('municipal-parameter-range', { id }));
  }
  if (v2 && municipalities.length > 0) checkAllocationKeys(c, items, municipalities, params);
}

/**
 * A region item allocated by a key whose values (each municipality's own, else the base value)
 * add up to 0: no municipality carries it (the engine lists it with the region items none
 * carries). Data may still give the key other values; the warning is about the file.
 */
function checkAllocationKeys(c: Collector, items: unknown[], municipalities: unknown[], params: Map<string, ParamInfo>): void {
  items.forEach((entry, i) => {
    if (!isObject(entry) || entry.scope !== 'region' || typeof entry.allocate !== 'string') return;
    const key = params.get(entry.allocate);
    if (key === undefined || typeof key.value !== 'number') return;
    let total = 0;
    for (const m of municipalities) {
      const own = isObject(m) && isObject(m.values) ? m.values[entry.allocate] : undefined;
      const value = own === undefined ? key.value : own;
      if (typeof value !== 'number' || !Number.isFinite(value)) return;
      total += value;
    }
    if (total === 0) c.warn(childPath(childPath('$.items', i), 'allocate'), 'allocation-key-zero', c.msg('allocation-key-zero', { id: entry.allocate }));
  });
}
